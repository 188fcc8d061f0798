/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { earlyStartScript } from './mocks/worker/early-start.ts';

const jspdfUnusedPlugins = fileURLToPath(new URL('./mocks/pdf/jspdf-unused-plugins.ts', import.meta.url));

/**
 * A cold start of the built app: the page's HTML starts the embedded backend's worker and fetches
 * the code every start needs (msw's page side, the English catalogue) beside the entry chunk,
 * instead of once the entry has run. A build without the embedded backend gets none of it.
 */
function startEarly(): Plugin {
  let base = '/';
  return {
    name: 'comptoir-start-early',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle = {} }) {
        const files = Object.values(bundle);
        const worker = files.find(({ fileName }) => /\/backend-worker-[\w-]+\.js$/.test(fileName));
        if (!worker) return [];
        const neededAtStart = files.filter((file) => file.type === 'chunk' && /\/(mocks\/browser|src\/app\/languages\/en)\.ts$/.test(file.facadeModuleId ?? ''));
        return [
          { tag: 'script', children: earlyStartScript(base + worker.fileName), injectTo: 'head-prepend' as const },
          ...neededAtStart.map(({ fileName }) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + fileName }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), startEarly()],
  resolve: {
    alias: {
      html2canvas: jspdfUnusedPlugins,
      dompurify: jspdfUnusedPlugins,
      canvg: jspdfUnusedPlugins,
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  // The backend worker loads its PDF library on demand, which needs module workers.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    globals: true,
    // A ceiling for a test that hangs, not a deadline: a component test takes about 0.5 s alone.
    testTimeout: 20_000,
    projects: [
      {
        // Business rules and handlers need no DOM: plain Node is several times cheaper to start.
        extends: true,
        test: {
          name: 'rules',
          environment: 'node',
          include: ['mocks/**/*.test.ts', 'src/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          exclude: ['mocks/resources/**'],
        },
      },
      {
        // The handlers answer fetch calls through msw/node, as they answer the app.
        extends: true,
        test: {
          name: 'handlers',
          environment: 'node',
          include: ['mocks/resources/**/*.test.ts'],
          setupFiles: ['./mocks/testing/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/testing/setup-tests.ts'],
        },
      },
    ],
  },
});
