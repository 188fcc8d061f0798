// npm run test:conformance: starts `npm run api` on a free port over a fresh, temporary journal,
// runs the conformance suite against it, stops it, and exits with the suite's code.
import { spawn } from 'node:child_process';
import { startLocalApi } from '../local-api.mjs';

const suiteSeconds = 600;

function runSuite(url) {
  return new Promise((resolve) => {
    const suite = spawn('npm', ['run', '--silent', 'conformance', '--', '--base-url', url], { stdio: 'inherit' });
    const timer = setTimeout(() => {
      console.error(`The suite did not finish within ${suiteSeconds} s.`);
      suite.kill('SIGTERM');
    }, suiteSeconds * 1000);
    suite.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

let code = 1;
let api;
try {
  api = await startLocalApi();
  code = await runSuite(api.url);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await api?.stop();
}
process.exit(code);
