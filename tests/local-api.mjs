// Starts `npm run api` on a free port over a fresh, temporary journal, for scripts that need the
// API over HTTP (the conformance suite, the PDF pages' pictures). `stop()` ends it and its files.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const startupSeconds = 120;

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function startLocalApi({ ordersPerWorld = 300, today = '2026-11-24' } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'comptoir-api-'));
  const apiArgs = ['--port', '0', '--fresh', '--data', join(folder, 'journal.jsonl'), '--orders-per-world', String(ordersPerWorld), '--today', today];
  // A process group of its own, so that stopping it stops npm, tsx and node together.
  const api = spawn('npm', ['run', '--silent', 'api', '--', ...apiArgs], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => api.once('exit', resolve));

  const stop = async () => {
    if (api.exitCode === null && api.signalCode === null) {
      process.kill(-api.pid, 'SIGTERM');
      const forced = setTimeout(() => process.kill(-api.pid, 'SIGKILL'), 5000);
      await exited.finally(() => clearTimeout(forced));
    }
    rmSync(folder, { recursive: true, force: true });
  };

  // The base URL, from the line the API prints once it listens.
  const listening = new Promise((resolve, reject) => {
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

  try {
    const url = await listening;
    // Printed means listening; one answer proves it serves.
    const answer = await fetch(`${url}/openapi.json`, { signal: AbortSignal.timeout(30_000) });
    if (!answer.ok) throw new Error(`GET ${url}/openapi.json answered ${answer.status}.`);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
