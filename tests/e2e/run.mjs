// Builds the app twice (with the embedded backend, and without it for a real API) and runs the
// Playwright suite in the system Chromium.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.mjs';
import { freePort } from './free-port.mjs';

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

function spawnOrExit(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const run = (command, args) => spawnOrExit(command, args);

process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_REAL_API_PORT ??= String(await freePort());
process.env.E2E_API_PORT ??= String(await freePort());

// The demo build, with the embedded backend in a service worker.
run('npx', ['vite', 'build', '--logLevel', 'error']);
// The build a provider ships: no mocks, talking to an API server over HTTP (npm run api here).
spawnOrExit('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', 'dist-real-api'], {
  VITE_MOCKS: 'false',
  VITE_API_URL: `http://localhost:${process.env.E2E_API_PORT}/api`,
});
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
