// npm run api: the embedded backend as an HTTP API on localhost. `npm run api -- --help` lists the flags.
import { JournalError } from './file-store';
import { startApiServer } from './http-server';
import { parseOptions, usage, UsageError, type ApiServerOptions } from './options';

function optionsOrExit(): ApiServerOptions {
  try {
    const options = parseOptions(process.argv.slice(2));
    if (options !== 'help') return options;
    console.log(usage);
    process.exit(0);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
}

const options = optionsOrExit();
const server = await startApiServer(options).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof JournalError) console.error(error.message);
  else if (code === 'EADDRINUSE') console.error(`Port ${options.port} is already in use: pass another --port (0 takes any free one).`);
  else console.error('The Comptoir API could not start:', error);
  process.exit(1);
});

if (server.startedOver) console.warn(server.startedOver);
console.log(`Comptoir API on ${server.url} (seed ${options.seed}, ${options.ordersPerWorld} orders per world, data ${options.data})`);

// A second signal while stopping falls back to node's default: stop at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('The Comptoir API did not stop cleanly:', error);
        process.exit(1);
      },
    );
  });
}
