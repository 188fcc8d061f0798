// Draws the first page of the PDFs Comptoir issues, to look at them as a reader would:
//   node tests/screenshots/pdf-pages.mjs
// It starts the API, downloads a French statement, a Swiss one in German, an invoice in the
// shopper's language and a credit note, and renders each with pdf.js in Chromium to
// tests/screenshots/pdf-<name>.png.
/* global document -- used inside the page */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.mjs';
import { startLocalApi } from '../local-api.mjs';

const require = createRequire(import.meta.url);
const pdfjs = require.resolve('pdfjs-dist/build/pdf.min.mjs');
const pdfjsWorker = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs');

const api = await startLocalApi();
try {
  const signIn = async (email) => {
    const response = await fetch(`${api.url}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-password' }),
    });
    return (await response.json()).token;
  };
  const get = async (token, path, mode = 'live') => {
    const response = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${token}`, 'Comptoir-Mode': mode } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}.`);
    return response;
  };
  const finance = await signIn('finance@atelier-lumiere.example');
  const bergblick = await signIn('admin@bergblick.example');
  const firstWith = async (status) => {
    const { items } = await (await get(finance, `/orders?status=${status}&pageSize=1`)).json();
    return (await get(finance, `/orders/${items[0].orderNumber}`)).json();
  };
  const paid = await firstWith('paid');
  const credited = await firstWith('credited');
  const documentOf = (order, type) => order.documents.find((candidate) => candidate.type === type);
  const files = {
    'statement-fr': await get(finance, '/statements/2026-W47/pdf?lang=fr'),
    // Bergblick has not passed the security check: it has test data only.
    'statement-de-ch': await get(bergblick, '/statements/2026-W47/pdf?lang=de', 'test'),
    invoice: await get(finance, `/orders/${paid.orderNumber}/documents/${documentOf(paid, 'invoice').id}`),
    'credit-note': await get(finance, `/orders/${credited.orderNumber}/documents/${documentOf(credited, 'credit-note').id}`),
  };

  const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 900, height: 1270 } });
  // pdf.js from node_modules, under an origin of its own so that its module and worker load.
  await page.route('http://pdf.local/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/pdf.mjs') return route.fulfill({ body: readFileSync(pdfjs), contentType: 'text/javascript' });
    if (path === '/pdf.worker.mjs') return route.fulfill({ body: readFileSync(pdfjsWorker), contentType: 'text/javascript' });
    return route.fulfill({ body: '<!doctype html><title>PDF page</title><body style="margin:0"><canvas></canvas>', contentType: 'text/html' });
  });
  await page.goto('http://pdf.local/');
  for (const [name, response] of Object.entries(files)) {
    const bytes = [...new Uint8Array(await response.arrayBuffer())];
    await page.evaluate(async (data) => {
      const { getDocument, GlobalWorkerOptions } = await import('http://pdf.local/pdf.mjs');
      GlobalWorkerOptions.workerSrc = 'http://pdf.local/pdf.worker.mjs';
      const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
      const first = await pdf.getPage(1);
      const viewport = first.getViewport({ scale: 1.5 });
      const canvas = document.querySelector('canvas');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await first.render({ canvas, viewport }).promise;
    }, bytes);
    await page.locator('canvas').screenshot({ path: `tests/screenshots/pdf-${name}.png` });
    console.log(`tests/screenshots/pdf-${name}.png`);
  }
  await browser.close();
} finally {
  await api.stop();
}
