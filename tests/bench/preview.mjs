// A `vite preview` server on a free port for the bench, stopped with its whole process group.
import { spawn } from 'node:child_process';
import { freePort } from '../e2e/free-port.mjs';

/** Serves a build (`extraArgs` name another config or folder); resolves once it answers. */
export async function startPreview(extraArgs = []) {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', ...extraArgs], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so that npx and vite end together
  });
  const baseURL = `http://localhost:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(baseURL, { signal: AbortSignal.timeout(1_000) })).ok) return { baseURL, stop };
    } catch {
      // not answering yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  stop();
  throw new Error('vite preview did not answer within 30 s');
}
