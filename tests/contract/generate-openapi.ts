// npm run contract: writes the OpenAPI document generated from the contract's schemas to
// public/openapi.json, where the app serves it. `--check` fails instead when the file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '@/contract/openapi';

const file = new URL('../../public/openapi.json', import.meta.url);
const generated = `${JSON.stringify(openApiDocument(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // A missing file differs like any other.
  }
  if (committed !== generated) {
    console.error('public/openapi.json is not what the contract generates: run `npm run contract` and commit it.');
    process.exit(1);
  }
  console.log('public/openapi.json matches the contract.');
} else {
  writeFileSync(file, generated);
  console.log(`Wrote public/openapi.json (${Buffer.byteLength(generated)} bytes).`);
}
