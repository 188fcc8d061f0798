// npm run bench: the list request over 100,000 orders, the demo's start with a long journal, then the gzip size of the built JavaScript,
// then the built app in Chromium (tests/bench/browser.mjs; `npm run bench -- --no-browser` skips it).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tests/bench/list-request.ts']);
run('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tests/bench/journal-replay.ts']);
run('npx', ['vite', 'build', '--logLevel', 'error']);

const assets = 'dist/assets';
const html = readFileSync('dist/index.html', 'utf8');
// The entry and the chunks index.html preloads: the code every page starts with.
const startNames = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let total = 0;
let start = 0;
for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
  const size = gzipSync(readFileSync(join(assets, name))).length;
  total += size;
  if (startNames.has(name)) start += size;
}
console.log(`built JavaScript, gzip: the entry and the chunks it starts with (${startNames.size}) ${kib(start)}, all chunks ${kib(total)}`);

if (!process.argv.includes('--no-browser')) {
  run('node', ['tests/bench/browser.mjs', ...process.argv.slice(2).filter((argument) => argument.startsWith('--sizes='))]);
}
