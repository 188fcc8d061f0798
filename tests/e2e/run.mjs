// Builds the app with the embedded backend and runs the Playwright suite in the system Chromium.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath()) {
  console.error(
    [
      'No Chromium was found for the end-to-end tests.',
      'On Debian or Ubuntu:  sudo apt-get install -y chromium',
      'Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
  process.exit(1);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** A port nothing listens on now, so that two suites on one machine never meet. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

run('npx', ['vite', 'build', '--logLevel', 'error']);
process.env.E2E_PORT ??= String(await freePort());
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
