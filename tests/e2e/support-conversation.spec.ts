import { expect, expectAccessible, orderRows, signIn, test, tokenOf } from './fixtures';

const ticketNumber = 'CPT-3333-000102';
// With a pasted link of one long run, as agents paste them.
const reply = `The customer thanks you: the new date suits them. Their receipt: https://shop.example/receipt?session=${'a7f3'.repeat(120)}`;

test('a support agent carries a conversation with the provider to its end, and the admin sees the same thread', async ({ page }) => {
  await signIn(page, 'support');
  await expect(orderRows(page).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });

  // The provider's answer is unread: the navigation counts it, the team's tickets mark it.
  await nav.getByRole('link', { name: 'Support, 1 unread reply' }).click();
  const row = page.getByRole('table', { name: "Your team's tickets" }).getByRole('row').filter({ hasText: ticketNumber });
  await expect(row.getByRole('img', { name: 'Unread reply' })).toBeVisible();
  await expect(row).toContainText('Answered');
  await expectAccessible(page);

  // The states narrow the list, kept in the address.
  const tickets = page.getByRole('table', { name: "Your team's tickets" }).getByRole('link', { name: /^CPT-/ });
  await expect(tickets).toHaveCount(4);
  await page.getByRole('group', { name: 'States' }).getByText('Answered (1)').click();
  await expect(tickets).toHaveCount(1);
  await expect(page).toHaveURL(/[?&]status=answered(&|$)/);
  await expectAccessible(page);

  await row.getByRole('link', { name: ticketNumber }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ticket ${ticketNumber}` })).toBeVisible();
  const messages = page.getByRole('article');
  await expect(messages).toHaveCount(2);
  await expect(messages.nth(1)).toContainText('Our collections team agrees to a due date of');
  await expect(nav.getByRole('link', { name: 'Support', exact: true })).toBeVisible();
  await expectAccessible(page);

  // The order the provider agreed for counts its payment from the agreed day, and its timeline says so.
  await page.getByRole('link', { name: /^\d{7}$/ }).click();
  await expect(page.getByText('Agreed due date')).toBeVisible();
  await expect(page.getByText('No reminder before this day; the invoice keeps its own due date.')).toBeVisible();
  const moved = page.getByRole('listitem').filter({ hasText: 'Due date moved to' });
  await expect(moved.getByRole('link', { name: ticketNumber })).toBeVisible();
  await expectAccessible(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: `Ticket ${ticketNumber}` })).toBeVisible();

  // Halfway through the reply, the page is reloaded: the draft is still there.
  const box = page.getByRole('textbox', { name: 'Your reply' });
  await box.fill(reply.slice(0, 20));
  await page.reload();
  await expect(box).toHaveValue(reply.slice(0, 20));
  await box.fill(reply);

  // The embedded backend answers the first send with a server error.
  await page.evaluate(
    (path) => localStorage.setItem('comptoir.demo.faults', JSON.stringify({ [`POST ${path}`]: ['server-error'] })),
    `/api/support/tickets/${ticketNumber}/messages`,
  );
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('alert')).toContainText('The server could not take your message');
  await expect(box).toHaveValue(reply);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByText('Your reply was sent.')).toBeVisible();
  await expect(messages).toHaveCount(3);
  await expect(messages.filter({ hasText: reply })).toHaveCount(1);
  await expect(messages.nth(2)).toContainText('Sofie Maes');
  // The link wraps inside its message: the page never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expect(page.getByText('Support has your last message and answers here')).toBeVisible();
  await expect(box).toHaveValue('');

  // The provider answers on the next day; the demo has it answer now, while the agent is elsewhere.
  await nav.getByRole('link', { name: 'Orders' }).click();
  const token = await tokenOf(page);
  const answered = await page.evaluate(
    async ({ bearer, path }) => (await fetch(path, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Comptoir-Mode': 'live' } })).status,
    { bearer: token, path: `/api/demo/support/tickets/${ticketNumber}/answer` },
  );
  expect(answered).toBe(200);

  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await nav.getByRole('link', { name: 'Support, 1 unread reply' }).click();
  await page.getByRole('link', { name: ticketNumber }).click();
  await expect(messages).toHaveCount(4);
  await expect(messages.filter({ hasText: reply })).toHaveCount(1);
  await expect(messages.nth(3)).toContainText('we close this ticket');
  await expect(page.getByText('This ticket is closed and takes no more messages.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveCount(0);
  await expectAccessible(page);
});
