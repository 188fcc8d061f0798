import type { Page } from '@playwright/test';
import { expect, expectAccessible, orderRows, signIn, test } from './fixtures';

// The invitation end to end. In the demo build (the embedded backend lives in each browser
// context's own storage) one context plays both people; against the shared HTTP API two browser
// contexts do, so that the admin's change reaches the invitee's open session.

const newPassword = 'lantern-orchard-42';
const invitee = () => `emma.${Date.now().toString(36)}@atelier-lumiere.example`;

async function inviteFromTeamPage(page: Page, email: string) {
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  await expect(page.getByRole('table', { name: 'Users of your merchant account' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Invite a user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a user' });
  await dialog.getByRole('textbox', { name: 'E-mail' }).fill(email);
  await dialog.getByRole('radio', { name: /^Finance/ }).check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Invited');
  await expect(row).toContainText('Finance');
}

/** On the invitation page: a name and a password, then the sign-in page, where the invitee signs in. */
async function acceptAndSignIn(page: Page, link: string, email: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Join Atelier Lumière on Comptoir' })).toBeVisible();
  await expect(page.getByText(`You will sign in with ${email}.`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Emma Peeters');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
  await page.getByRole('textbox', { name: 'Type the new password again' }).fill(newPassword);
  await page.getByRole('button', { name: 'Create my account' }).click();

  // Signed in at once with the password just chosen, welcomed by the merchant's name.
  await expect(page.getByText('Welcome to Atelier Lumière: your account is ready.')).toBeVisible();
  await expect(orderRows(page).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /User menu for Emma Peeters/ })).toBeVisible();
  await expectAccessible(page);
  // Finance's navigation: statements and the settings it reads, no changes to orders; support may carry a count of unread replies.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Orders', 'Statements', /^Support/, 'Settings', 'API reference']);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
}

test('in the demo, an admin invites a finance user, finds the link on the team page and in the outbox, and the invitee joins', { tag: '@demo-build' }, async ({ page }) => {
  await signIn(page, 'admin');
  await expect(orderRows(page).first()).toBeVisible();
  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Team' }).click();
  const email = invitee();
  await inviteFromTeamPage(page, email);

  const sent = page.getByRole('status').filter({ hasText: `Invitation sent to ${email}` });
  const shown = sent.getByRole('link', { name: /\/invitations\// });
  await expect(shown).toBeVisible();
  await expectAccessible(page);
  const link = new URL(await shown.innerText()).pathname;

  await sent.getByRole('link', { name: 'Open the outbox' }).click();
  const message = page.getByRole('listitem').filter({ hasText: email });
  await expect(message.getByRole('heading', { name: 'Nathalie Dubois invites you to Atelier Lumière on Comptoir' })).toBeVisible();
  await expect(message.getByRole('link', { name: /^Open the link/ })).toHaveAttribute('href', link);
  await expectAccessible(page);

  // Accepting signs the admin out of this browser, so that the invitee signs in as themself.
  await acceptAndSignIn(page, link, email);
});

test('across two browsers, the invitee joins from the link and their open session is refused once the admin deactivates them', { tag: '@shared-api' }, async ({ browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const api = `http://localhost:${process.env.E2E_API_PORT ?? 8787}/api`;
  const adminContext = await browser.newContext({ baseURL });
  const inviteeContext = await browser.newContext({ baseURL });
  try {
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin');
    await expect(orderRows(admin).first()).toBeVisible();
    await admin.goto('/settings/team');
    const email = invitee();
    await inviteFromTeamPage(admin, email);

    // The message the invitee would receive; the embedded backend served over HTTP keeps it in its outbox.
    const outbox = (await (await admin.request.get(`${api}/demo/outbox`)).json()) as { items: { to: string; link: string }[] };
    const link = outbox.items.find((message) => message.to === email)?.link;
    expect(link).toMatch(/^\/invitations\/[0-9a-f]{64}$/);

    const emma = await inviteeContext.newPage();
    await acceptAndSignIn(emma, link!, email);

    await admin.reload();
    const row = admin.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Active');
    await expect(row).toContainText('Emma Peeters');
    await row.getByRole('button', { name: 'Deactivate Emma Peeters' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Deactivate Emma Peeters?' });
    await expectAccessible(admin);
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expect(row).toContainText('Deactivated');

    // Her next call is refused: she is back on the sign-in page, and cannot sign in again.
    await emma.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statements' }).click();
    await expect(emma).toHaveURL(/\/sign-in\?.*expired=1/);
    await expect(emma.getByText('Your session ended. Please sign in again.')).toBeVisible();
    await emma.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await emma.getByRole('textbox', { name: 'Password' }).fill(newPassword);
    await emma.getByRole('button', { name: 'Sign in' }).click();
    await expect(emma.getByRole('alert', { name: 'Sign-in failed' })).toContainText('This account was deactivated.');
    await expectAccessible(emma);
  } finally {
    await adminContext.close();
    await inviteeContext.close();
  }
});

test('in the demo, a forgotten password is reset from the outbox, and the user menu changes it again', { tag: '@demo-build' }, async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'E-mail' }).fill('support@atelier-lumiere.example');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check your e-mail' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Open the outbox' }).click();
  const message = page.getByRole('listitem').filter({ hasText: 'Reset your Comptoir password' });
  await message.getByRole('link', { name: /^Open the link/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
  await page.getByRole('textbox', { name: 'Type the new password again' }).fill(newPassword);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password was changed.' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Password' }).fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(orderRows(page).first()).toBeVisible();

  await page.getByRole('button', { name: /User menu for/ }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change your password' });
  await dialog.getByRole('textbox', { name: 'Current password' }).fill('demo-password');
  await dialog.getByRole('textbox', { name: 'New password', exact: true }).fill('another-orchard-77');
  await dialog.getByRole('textbox', { name: 'Type the new password again' }).fill('another-orchard-77');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText('This is not your current password.')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('textbox', { name: 'Current password' }).fill(newPassword);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password was changed. Your other sessions were ended.')).toBeVisible();
  await expect(dialog).toBeHidden();
});
