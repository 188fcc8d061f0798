/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const jspdfUnusedPlugins = fileURLToPath(new URL('./mocks/pdf/jspdf-unused-plugins.ts', import.meta.url));
const cookieJarStandIn = fileURLToPath(new URL('./mocks/cookie-jar-stand-in.ts', import.meta.url));
const mantineUseId = fileURLToPath(new URL('./src/lib/mantine-use-id.ts', import.meta.url));

/** Gives Mantine's components React's ids, which need no second render (src/lib/mantine-use-id.ts). */
function mantineIdsWithoutRerender(): Plugin {
  return {
    name: 'comptoir:mantine-ids-without-rerender',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './use-id/use-id.mjs' && importer?.includes('/@mantine/hooks/')) return mantineUseId;
    },
  };
}

/**
 * What every first load imports after the entry: the modules src/main.tsx imports one task after
 * another, and the English catalogues, every message's fallback, which the app's start imports.
 */
const firstLoadModules = [
  fileURLToPath(new URL('./src/app/start.tsx', import.meta.url)),
  '/node_modules/react-dom/client.js',
  fileURLToPath(new URL('./src/app/languages/en.ts', import.meta.url)),
];

/**
 * Preloads from index.html the chunks of those modules, the chunks they import and their CSS: their
 * download then starts with the entry's, not once the module that imports them has run.
 */
function preloadFirstLoad(): Plugin {
  let base = '/';
  return {
    name: 'comptoir:preload-first-load',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = chunks.get(file);
          if (files.has(file) || chunk?.isEntry) return;
          files.add(file);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        // In this order, the app's own code first: the largest, and the first the page waits for.
        for (const module of firstLoadModules) {
          const chunk = [...chunks.values()].find((candidate) => candidate.facadeModuleId?.endsWith(module));
          if (chunk) visit(chunk.fileName);
        }
        // The CSS is only fetched here: Vite's loader applies it as the app imports its module, in
        // the cascade's order.
        const styleSheets = [...files].flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]);
        return [
          ...[...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
          ...styleSheets.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), mantineIdsWithoutRerender(), preloadFirstLoad()],
  resolve: {
    alias: {
      html2canvas: jspdfUnusedPlugins,
      dompurify: jspdfUnusedPlugins,
      canvg: jspdfUnusedPlugins,
      'tough-cookie': cookieJarStandIn,
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  // The backend worker loads its PDF library on demand, which needs module workers.
  worker: { format: 'es' },
  optimizeDeps: {
    // Found only when the worker first loads it, it would make the dev server reload the page then.
    include: ['jspdf'],
    // The dev server's pre-bundled Mantine gets the same ids as the build's.
    rolldownOptions: { plugins: [mantineIdsWithoutRerender()] },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    globals: true,
    // A ceiling for a test that hangs, not a deadline: a component test takes about 0.5 s alone.
    testTimeout: 20_000,
    // The app's global style sheet applies in the component tests that import it (what the focus
    // shows); the components' own CSS stays out, as it tells jsdom nothing.
    css: { include: [/\/src\/styles\.css$/] },
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
