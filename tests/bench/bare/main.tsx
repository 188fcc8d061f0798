// The floor the bench compares the app's cold load with: the same stack (React, Mantine, React
// Router, TanStack Query and Table, zod, i18next, MSW in a service worker) and one route that
// lists 25 orders from a mocked API, with nothing of the app itself.
import '@mantine/core/styles.css';
import { MantineProvider, Table } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { z } from 'zod';

const orderSchema = z.object({ orderNumber: z.string(), customer: z.string(), total: z.number().int() });
const pageSchema = z.object({ items: z.array(orderSchema) });
type Order = z.infer<typeof orderSchema>;

const orders: Order[] = Array.from({ length: 25 }, (_, index) => ({ orderNumber: String(1_000_001 + index), customer: `Customer ${index + 1}`, total: 1_000 + index * 137 }));

const features = tableFeatures({});
const column = createColumnHelper<typeof features, Order>();
const columns = column.columns([
  column.accessor('orderNumber', { header: 'Order' }),
  column.accessor('customer', { header: 'Customer' }),
  column.accessor('total', { header: 'Total' }),
]);

function OrdersRoute() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['orders'], queryFn: async () => pageSchema.parse(await (await fetch('/api/orders')).json()) });
  const table = useTable({ features, columns, data: list.data?.items ?? [] });
  return (
    <Table>
      <caption>{t('caption')}</caption>
      <Table.Thead>
        {table.getHeaderGroups().map((group) => (
          <Table.Tr key={group.id}>
            {group.headers.map((header) => (
              <Table.Th key={header.id}>
                <table.FlexRender header={header} />
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
      </Table.Thead>
      <Table.Tbody>
        {table.getRowModel().rows.map((row) => (
          <Table.Tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <Table.Td key={cell.id}>
                <table.FlexRender cell={cell} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

async function start() {
  await i18next.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: { caption: 'Orders matching the filters' } } } });
  await setupWorker(http.get('/api/orders', () => HttpResponse.json({ items: orders }))).start({ quiet: true, onUnhandledFrame: 'bypass' });
  const router = createBrowserRouter([{ path: '*', Component: OrdersRoute }]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
