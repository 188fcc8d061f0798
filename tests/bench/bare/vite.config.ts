// Builds the bare app the bench compares with: npx vite build --config tests/bench/bare/vite.config.ts
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The service worker script msw needs, from the app's own public folder.
  publicDir: fileURLToPath(new URL('../../../public', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../../node_modules/.cache/comptoir-bench/bare-dist', import.meta.url)), emptyOutDir: true },
});
