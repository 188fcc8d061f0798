import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

/** The panel an accordion's button opens. */
const panelOf = (control: HTMLElement) => document.getElementById(control.getAttribute('aria-controls')!)!;

describe('the API reference', () => {
  it('reads the API its own document: each operation with its headers and answers, and each data shape', async () => {
    const { user } = await renderApp({ as: 'support', path: '/api-reference' });
    expect(await screen.findByRole('heading', { level: 1, name: 'API reference' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'API reference' })).toHaveAttribute('aria-current', 'page');

    const orders = await screen.findByRole('region', { name: 'Orders' });
    // Code spans of the document show as code, without their backticks.
    const inIntro = screen.getAllByText('pageSize', { selector: 'code' }).filter((code) => code.parentElement?.textContent?.includes('Lists take pageSize from 1 to 100.'));
    expect(inIntro).toHaveLength(1);
    expect(screen.queryAllByText(/`/)).toEqual([]);
    const activate = within(orders).getByRole('button', { name: /POST\s*\/orders\/\{orderNumber\}\/activate/ });
    await user.click(activate);
    expect(activate).toHaveAttribute('aria-expanded', 'true');
    const panel = within(panelOf(activate));
    expect(panel.getByText('Idempotency-Key')).toBeInTheDocument();
    expect(panel.getByText('Comptoir-Mode')).toBeInTheDocument();
    const answers = panel.getAllByRole('table').at(-1)!;
    expect(within(answers).getAllByRole('row').map((row) => row.querySelector('code')?.textContent)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '422']),
    );
    expect(panel.getByLabelText('Example request body')).toHaveTextContent('"version": 1');

    // The one call an API key signs, among the account's.
    const account = screen.getByRole('region', { name: 'Account' });
    const verify = within(account).getByRole('button', { name: /GET\s*\/account\/api-keys\/verify/ });
    await user.click(verify);
    expect(within(panelOf(verify)).getByText(/^Signed with an API key instead of a session/)).toBeInTheDocument();

    const shapes = screen.getByRole('region', { name: 'Data shapes' });
    const orderDetail = within(shapes).getByRole('button', { name: 'OrderDetail' });
    await user.click(orderDetail);
    const fields = within(panelOf(orderDetail));
    expect(fields.getByText('paymentReference')).toBeInTheDocument();
    expect(fields.getByText('BP<order number>/<merchant id>, as shoppers quote it.')).toBeInTheDocument();
  });

  it('lists its sections in a contents list, and opens the operation or shape a link names', async () => {
    await renderApp({ as: 'admin', path: '/api-reference#reduceOrder' });
    const contents = await screen.findByRole('navigation', { name: 'Contents' });
    const toOrders = within(contents).getByRole('link', { name: 'Orders' });
    expect(toOrders).toHaveAttribute('href', '#api-tag-orders');
    expect(toOrders.closest('li')).toHaveTextContent(/^Orders \d+ operations$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Orders' })).toHaveAttribute('id', 'api-tag-orders');
    expect(within(contents).getByRole('link', { name: 'Data shapes' })).toHaveAttribute('href', '#api-schemas');

    const reduce = screen.getByRole('button', { name: /POST\s*\/orders\/\{orderNumber\}\/reductions/ });
    expect(reduce).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(reduce).toHaveFocus());
    // A field of a named shape links to it, and reads the shape's own description.
    const reasonCode = within(panelOf(reduce))
      .getAllByRole('row')
      .find((row) => row.querySelector('td:first-child code')?.textContent === 'reasonCode')!;
    expect(within(reasonCode).getByRole('link', { name: 'ChosenReasonCode' })).toHaveAttribute('href', '#ChosenReasonCode');
    expect(reasonCode).toHaveTextContent(/A reason picked from the known ones/);
    // The others stay closed.
    expect(screen.getByRole('button', { name: /POST\s*\/orders\/\{orderNumber\}\/activate/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('gives the values of a shape that is one value among known ones', async () => {
    await renderApp({ as: 'admin', path: '/api-reference#ChosenReasonCode' });
    const shapes = await screen.findByRole('region', { name: 'Data shapes' });
    const reasons = within(shapes).getByRole('button', { name: 'ChosenReasonCode' });
    expect(reasons).toHaveAttribute('aria-expanded', 'true');
    const values = within(panelOf(reasons)).getByRole('list', { name: 'Values' });
    expect(within(values).getAllByRole('listitem').map((item) => item.textContent)).toEqual(expect.arrayContaining(['out-of-stock', 'customer-withdrew']));
  });

  it('opens a data shape named in the address in French too, with its contents list', async () => {
    await renderApp({ as: 'admin', path: '/api-reference#OrderDetail', language: 'fr' });
    const contents = await screen.findByRole('navigation', { name: 'Sommaire' });
    expect(within(contents).getByRole('link', { name: 'Structures de données' })).toBeInTheDocument();
    const shapes = screen.getByRole('region', { name: 'Structures de données' });
    expect(within(shapes).getByRole('button', { name: 'OrderDetail' })).toHaveAttribute('aria-expanded', 'true');
  });
});
