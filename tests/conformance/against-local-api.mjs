// npm run test:conformance: starts `npm run api` on a free port over a fresh, temporary journal,
// runs the conformance suite against it, stops it, and exits with the suite's code.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const startupSeconds = 120;
const suiteSeconds = 600;

const folder = mkdtempSync(join(tmpdir(), 'comptoir-conformance-'));
const apiArgs = ['--port', '0', '--fresh', '--data', join(folder, 'journal.jsonl'), '--orders-per-world', '300', '--today', '2026-11-24'];
// A process group of its own, so that stopping it stops npm, tsx and node together.
const api = spawn('npm', ['run', '--silent', 'api', '--', ...apiArgs], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => api.once('exit', resolve));

function stopApi() {
  if (api.exitCode !== null || api.signalCode !== null) return Promise.resolve();
  process.kill(-api.pid, 'SIGTERM');
  const forced = setTimeout(() => process.kill(-api.pid, 'SIGKILL'), 5000);
  return exited.finally(() => clearTimeout(forced));
}

/** The API's base URL, from the line it prints once it listens. */
function apiUrl() {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The API did not start within ${startupSeconds} s.`)), startupSeconds * 1000);
    api.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
      const url = /Comptoir API on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    void exited.then((code) => reject(new Error(`The API exited (${code}) before it listened.`)));
  });
}

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
try {
  const url = await apiUrl();
  // Printed means listening; one answer proves it serves.
  const answer = await fetch(`${url}/openapi.json`, { signal: AbortSignal.timeout(30_000) });
  if (!answer.ok) throw new Error(`GET ${url}/openapi.json answered ${answer.status}.`);
  code = await runSuite(url);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopApi();
  rmSync(folder, { recursive: true, force: true });
}
process.exit(code);
