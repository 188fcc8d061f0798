import { expect, expectAccessible, orderRows, signIn, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'support');
  await expect(orderRows(page).first()).toBeVisible();
});

test('a draft survives a reload and a sign-out and sign-in of the same user', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support' }).click();
  // Sent empty: every message stands next to its field, readable, and the first wrong field has the focus.
  await page.getByRole('button', { name: 'Send to support' }).click();
  await expect(page.getByText('Write your message.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Topic' })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('combobox', { name: 'Topic' }).click();
  await page.getByRole('option', { name: 'Statement question' }).click();
  await page.getByRole('textbox', { name: 'Message' }).fill('Week 47 shows a fee I do not understand.');
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('Week 47 shows a fee I do not understand.');
  await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('Statement question');

  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(page, 'support', '/sign-in?next=%2Fsupport');
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('Week 47 shows a fee I do not understand.');
});

test('a send that fails keeps everything, and the retry files one ticket', async ({ page }) => {
  await page.goto('/support');
  const tickets = page.getByRole('table', { name: "Your team's tickets" });
  await expect(tickets.locator('tbody tr').first()).toBeVisible();
  const before = await tickets.locator('tbody tr').count();

  await page.getByRole('combobox', { name: 'Topic' }).click();
  await page.getByRole('option', { name: 'Technical' }).click();
  await page.getByRole('textbox', { name: 'Message' }).fill('The export button does nothing.');
  // The embedded backend answers the next send with a server error, the one after with a cut network.
  await page.evaluate(() =>
    localStorage.setItem('comptoir.demo.faults', JSON.stringify({ 'POST /api/support/tickets': ['server-error', 'network'] })),
  );

  await page.getByRole('button', { name: 'Send to support' }).click();
  await expect(page.getByRole('alert')).toContainText('The server could not take your message');
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('The export button does nothing.');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByRole('alert')).toContainText('The server could not be reached');
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('The export button does nothing.');

  await page.getByRole('button', { name: 'Send again' }).click();
  const sent = page.getByRole('status').filter({ hasText: /Sent: ticket CPT-3333-\d+/ });
  await expect(sent).toBeVisible();
  const ticketNumber = /CPT-3333-\d+/.exec(await sent.innerText())![0];
  await expect(tickets.locator('tbody tr')).toHaveCount(before + 1);
  await expect(tickets.getByText(ticketNumber)).toHaveCount(1);
  await expectAccessible(page);

  // The draft went with the send.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('');
});

test('contacting support from an order fills the form in from it', async ({ page }) => {
  const orderNumber = await orderRows(page).first().getByRole('link').innerText();
  await orderRows(page).first().getByRole('link').click();
  await page.getByRole('link', { name: 'Contact support about this order' }).click();
  await expect(page).toHaveURL(`/support?order=${orderNumber}`);
  await expect(page.getByRole('textbox', { name: 'Order reference' })).toHaveValue(`BP${orderNumber}/3333`);
  await expect(page.getByRole('textbox', { name: 'Customer id' })).not.toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Topic' })).not.toHaveValue('');
  await expectAccessible(page);
});
