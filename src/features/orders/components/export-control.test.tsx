import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { refuseToStore } from '@/testing/full-storage';
import { renderApp } from '@/testing/render-app';

// An export the test feeds by hand: the header and two rows at once, the rest when it says so.
const asked: URL[] = [];

function exportFedByTest(total: number) {
  const encoder = new TextEncoder();
  let feed!: (text: string | null) => void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('\uFEFForderNumber\r\n1000001\r\n1000002\r\n'));
      feed = (text) => (text === null ? controller.close() : controller.enqueue(encoder.encode(text)));
    },
  });
  server.use(
    http.get('*/api/exports/orders', ({ request }) => {
      asked.push(new URL(request.url));
      return new HttpResponse(stream, {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="orders.csv"', 'Comptoir-Row-Count': String(total) },
      });
    }),
  );
  return { finish: (rest: string) => (feed(rest), feed(null)) };
}

const saved: Blob[] = [];
beforeEach(() => {
  saved.length = 0;
  asked.length = 0;
  localStorage.removeItem('comptoir.csv-format');
  URL.createObjectURL = (blob: Blob | MediaSource) => (saved.push(blob as Blob), 'blob:export');
  URL.revokeObjectURL = () => undefined;
});

/** The export's own live region (the list has another, which says how many orders match). */
const exportStatus = () => screen.getAllByRole('status').find((region) => !/match/.test(region.textContent ?? ''));

describe('the CSV export', () => {
  it('says how many rows are in while it downloads, then saves the whole file', async () => {
    const download = exportFedByTest(3);
    const { user } = await renderApp({ as: 'finance' });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exporting: 2 of 3 rows')).toHaveAttribute('role', 'status');

    download.finish('1000003\r\n');
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    // Decoded keeping the byte-order mark, which Blob.text() would drop.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]!.arrayBuffer());
    expect(text).toBe('\uFEFForderNumber\r\n1000001\r\n1000002\r\n1000003\r\n');
    expect(exportStatus()).toHaveTextContent('');
  });

  it('can be cancelled from the keyboard: nothing is saved and nothing is reported as failed', async () => {
    exportFedByTest(100_000);
    const { user } = await renderApp({ as: 'admin' });
    (await screen.findByRole('button', { name: 'Export CSV' })).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Exporting: 2 of 100,000 rows')).toHaveAttribute('role', 'status');
    // The same button turned into Cancel, so the keyboard is still on it.
    expect(screen.getByRole('button', { name: 'Cancel export' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveFocus());
    expect(exportStatus()).toHaveTextContent('');
    expect(saved).toHaveLength(0);
    expect(screen.queryByText('Export failed')).not.toBeInTheDocument();
  });

  it('asks for a spreadsheet CSV in the language picked, or the standard one, and remembers the choice', async () => {
    const download = exportFedByTest(3);
    const { user } = await renderApp({ as: 'finance', language: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Exporter en CSV' }));
    download.finish('1000003\r\n');
    expect(await screen.findByRole('button', { name: 'Exporter en CSV' })).toBeInTheDocument();
    expect(Object.fromEntries(asked[0]!.searchParams)).toMatchObject({ format: 'excel', locale: 'fr-BE' });

    await user.click(screen.getByRole('radio', { name: 'Standard (RFC 4180)' }));
    expect(localStorage.getItem('comptoir.csv-format')).toBe('rfc4180');
    const again = exportFedByTest(3);
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    again.finish('1000003\r\n');
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]!.searchParams.get('format')).toBe('rfc4180');
    expect(asked[1]!.searchParams.has('locale')).toBe(false);
  });

  it("asks for a spreadsheet of the merchant's region in English too: a Belgian spreadsheet reads 12,50 whatever its language", async () => {
    const download = exportFedByTest(3);
    const { user } = await renderApp({ as: 'finance' });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    download.finish('1000003\r\n');
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(Object.fromEntries(asked[0]!.searchParams)).toMatchObject({ format: 'excel', locale: 'en-BE' });
  });

  it('asks for the standard CSV picked while the browser has no room left to remember the choice', async () => {
    const storageBack = refuseToStore('comptoir.csv-format');
    const { user } = await renderApp({ as: 'finance' });
    await user.click(await screen.findByRole('radio', { name: 'Standard (RFC 4180)' }));
    expect(screen.getByRole('radio', { name: 'Standard (RFC 4180)' })).toBeChecked();
    const download = exportFedByTest(3);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    download.finish('1000003\r\n');
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.searchParams.get('format')).toBe('rfc4180');
    // The choice held for the page only: with room again, the default is chosen and kept, for the tests after this one.
    storageBack();
    await user.click(screen.getByRole('radio', { name: 'Spreadsheet' }));
    expect(localStorage.getItem('comptoir.csv-format')).toBe('excel');
  });
});
