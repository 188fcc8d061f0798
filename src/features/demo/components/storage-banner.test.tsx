import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor, within } from '@testing-library/react';
import { openPersistentStore } from '@mocks/db/persistence';
import { installStore, memoryStore } from '@mocks/db/store';
import { setNow, setToday } from '@mocks/rules/clock';
import { inDemoDatabase } from '@mocks/testing/browser-storage';
import { renderApp } from '@/testing/render-app';

// The embedded backend kept in (fake) IndexedDB, with values in its journal that no version of the
// app could have written, as a corrupt browser profile or the developer tools would leave them.
const unreadable = [null, { kind: 'order', order: null }, { kind: 'reset', seed: 'x' }];

async function backendWithUnreadableChanges() {
  globalThis.indexedDB = new IDBFactory();
  setToday('2026-11-24');
  setNow(null);
  const config = { seed: 1, ordersPerWorld: 300 };
  (await openPersistentStore(config)).close();
  await inDemoDatabase('journal', 'readwrite', (store) => {
    for (const value of unreadable) store.add(value);
  });
  installStore(await openPersistentStore(config));
}

const saved: Blob[] = [];
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = (blob: Blob | MediaSource) => (saved.push(blob as Blob), 'blob:set-aside');
  URL.revokeObjectURL = () => undefined;
});

describe('stored changes that could not be read', () => {
  it('are set aside: the orders still show, a banner says how many, offers them as a file, and an admin discards them', async () => {
    await backendWithUnreadableChanges();
    const { user } = await renderApp({ as: 'admin', resetData: false });
    expect(await screen.findByRole('table', { name: 'Orders matching the filters' })).toBeInTheDocument();
    const banner = (await screen.findByText('3 stored changes could not be read and were set aside')).closest<HTMLElement>('.mantine-Alert-root')!;

    await user.click(within(banner).getByRole('button', { name: 'Download them' }));
    expect(JSON.parse(await saved[0]!.text())).toEqual(unreadable.map((value, index) => ({ key: String(index + 1), value })));

    await user.click(within(banner).getByRole('button', { name: 'Discard them' }));
    await waitFor(() => expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument());
  });

  it('cannot be discarded by finance, who may still download them', async () => {
    await backendWithUnreadableChanges();
    await renderApp({ as: 'finance', resetData: false });
    const banner = (await screen.findByText(/3 stored changes could not be read/)).closest<HTMLElement>('.mantine-Alert-root')!;
    expect(within(banner).getByRole('button', { name: 'Download them' })).toBeInTheDocument();
    expect(within(banner).queryByRole('button', { name: 'Discard them' })).not.toBeInTheDocument();
  });

  it('says so when the browser keeps nothing of this tab, because another tab holds an older version', async () => {
    setToday('2026-11-24');
    installStore(memoryStore({ ordersPerWorld: 300, anchor: '2026-11-24' }, 'blocked'));
    await renderApp({ as: 'support', resetData: false });
    const notice = (await screen.findByText('Changes are kept in this tab only')).closest<HTMLElement>('.mantine-Alert-root')!;
    expect(notice).toHaveTextContent('close the other tabs, then reload');
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });
});

