import { screen, waitFor, within } from '@testing-library/react';
import { apiRequest, freshBackendAs, renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';
import { z } from 'zod';

/** The table's row of the member with this e-mail address, which the first cell gives under the name. */
const rowOf = (email: string) => within(screen.getByRole('table', { name: 'Users of your merchant account' })).getByText(email).closest('tr')!;

describe('the team page', () => {
  it("lists the merchant's users; the admin's own row offers nothing to press", async () => {
    await renderApp({ as: 'admin', path: '/settings/team' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Users of your merchant account' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Nathalie DuboisYouadmin@atelier-lumiere.example',
      'Pieter Janssensfinance@atelier-lumiere.example',
      'Sofie Maessupport@atelier-lumiere.example',
      'Thomas Lambertthomas.lambert@atelier-lumiere.example',
    ]);
    const mine = rowOf('admin@atelier-lumiere.example');
    expect(within(mine).queryByRole('button')).not.toBeInTheDocument();
    // The seeded orders' history is the work of the merchant's two admins: either may change the other's role.
    expect(mine).toHaveTextContent('Another admin can change your role or deactivate you.');
    expect(within(rowOf('finance@atelier-lumiere.example')).getByRole('button', { name: 'Change role of Pieter Janssens' })).toBeInTheDocument();
    expect(within(rowOf('thomas.lambert@atelier-lumiere.example')).getByRole('button', { name: 'Change role of Thomas Lambert' })).toBeInTheDocument();
  });

  it('says only another admin can change your role once you are the only active admin', async () => {
    await freshBackendAs('admin');
    await apiRequest('/team/members/user-3333-4/deactivate', z.looseObject({}), { method: 'POST' });
    await renderApp({ as: 'admin', path: '/settings/team', resetData: false });
    await screen.findByRole('table', { name: 'Users of your merchant account' });
    expect(rowOf('admin@atelier-lumiere.example')).toHaveTextContent('You are the only active admin, so nobody can change your role or deactivate you. Invite another admin first if someone else is to take over.');
  });

  it.each([
    ['an active member', 'finance@atelier-lumiere.example', 'This address already belongs to an active member of your team.'],
    ['an invited one', 'emma@atelier-lumiere.example', 'This address is already invited. To send a new link, use “Send a new link” next to it in the list.'],
  ])('says what to do instead of inviting the address of %s again', async (_who, address, message) => {
    await freshBackendAs('admin');
    await apiRequest('/team/invitations', z.looseObject({}), { method: 'POST', body: { email: 'emma@atelier-lumiere.example', role: 'support' } });
    const { user } = await renderApp({ as: 'admin', path: '/settings/team', resetData: false });
    await screen.findByText(address);
    await user.click(screen.getByRole('button', { name: 'Invite a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    await user.type(within(dialog).getByRole('textbox', { name: /E-mail/ }), address.toUpperCase());
    await user.click(within(dialog).getByRole('radio', { name: /Finance/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
  });

  it('invites a user by e-mail with a role, shows the link the demo kept, and lists the message in the outbox', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    await user.click(await screen.findByRole('button', { name: 'Invite a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    await user.type(within(dialog).getByRole('textbox', { name: /E-mail/ }), 'emma@atelier-lumiere.example');
    await user.click(within(dialog).getByRole('radio', { name: /Finance/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));

    const sent = await screen.findByRole('status', { name: /Invitation sent to emma@atelier-lumiere.example/ });
    const link = await within(sent).findByRole('link', { name: /\/invitations\/[0-9a-f]{64}$/ });
    const row = rowOf('emma@atelier-lumiere.example');
    expect(row).toHaveTextContent('Not given yet');
    expect(row).toHaveTextContent('Invited');
    expect(row).toHaveTextContent('Finance');

    await user.click(within(sent).getByRole('link', { name: 'Open the outbox' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Outbox' })).toBeInTheDocument();
    const message = await screen.findByRole('listitem', { name: 'Nathalie Dubois invites you to Atelier Lumière on Comptoir' });
    expect(message).toHaveTextContent('emma@atelier-lumiere.example');
    expect(within(message).getByRole('link', { name: /^Open the link/ })).toHaveAttribute('href', new URL(link.getAttribute('href')!, window.location.origin).pathname);
  });

  it('shows a message of the outbox with French punctuation, and names the time zone of the time it was sent', async () => {
    await freshBackendAs('admin');
    await apiRequest('/team/invitations', z.looseObject({}), { method: 'POST', body: { email: 'emma@atelier-lumiere.example', role: 'support' } });
    await renderApp({ as: 'admin', path: '/outbox', resetData: false, language: 'fr' });
    const message = await screen.findByRole('listitem', { name: /invite/ });
    expect(message).toHaveTextContent(/À : emma@atelier-lumiere\.example · Envoyé : .*\d{2}:\d{2} UTC/);
    expect(within(message).getByRole('link', { name: /^Ouvrir le lien : http/ })).toBeInTheDocument();
  });

  it('asks for the address when none is given, and for a valid one when it is none', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    await user.click(await screen.findByRole('button', { name: 'Invite a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    await user.click(within(dialog).getByRole('radio', { name: /Finance/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    expect(await within(dialog).findByText('Enter the e-mail address.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /E-mail/ }), 'emma@');
    expect(await within(dialog).findByText('Enter a valid e-mail address.')).toBeInTheDocument();
  });

  it('says next to the address that it is already taken, keeping what was typed', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    await user.click(await screen.findByRole('button', { name: 'Invite a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });
    const email = within(dialog).getByRole('textbox', { name: /E-mail/ });
    await user.type(email, 'admin@bergblick.example');
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    expect(await within(dialog).findByText('Choose a role.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /Support agent/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));

    expect(await within(dialog).findByText('This address already has a Comptoir account.')).toBeInTheDocument();
    expect(email).toHaveValue('admin@bergblick.example');
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('changes a role, deactivates after asking, and reactivates', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    await user.click(await screen.findByRole('button', { name: 'Change role of Pieter Janssens' }));
    const roleDialog = await screen.findByRole('dialog', { name: 'Change the role of Pieter Janssens' });
    await waitFor(() => expect(within(roleDialog).getByRole('radio', { name: /Finance/ })).toHaveFocus());
    await user.click(within(roleDialog).getByRole('radio', { name: /Support agent/ }));
    await user.click(within(roleDialog).getByRole('button', { name: 'Change role' }));
    expect(await screen.findByText('Pieter Janssens is now Support agent.')).toBeInTheDocument();
    await waitFor(() => expect(rowOf('finance@atelier-lumiere.example')).toHaveTextContent('Support agent'));

    const deactivate = within(rowOf('finance@atelier-lumiere.example')).getByRole('button', { name: 'Deactivate Pieter Janssens' });
    await user.click(deactivate);
    const confirm = await screen.findByRole('dialog', { name: 'Deactivate Pieter Janssens?' });
    expect(confirm).toHaveTextContent('They are signed out at once');
    await user.click(within(confirm).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(rowOf('finance@atelier-lumiere.example')).toHaveTextContent('Deactivated'));

    await user.click(within(rowOf('finance@atelier-lumiere.example')).getByRole('button', { name: 'Reactivate Pieter Janssens' }));
    expect(await screen.findByText('Pieter Janssens is active again.')).toBeInTheDocument();
    await waitFor(() => expect(rowOf('finance@atelier-lumiere.example')).toHaveTextContent('Active'));
  });

  it('says why when the API refuses a change, and shows the user as they are now', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    await user.click(await screen.findByRole('button', { name: 'Deactivate Sofie Maes' }));
    // Another admin's tab deactivates her first.
    await apiRequest('/team/members/user-3333-3/deactivate', z.looseObject({}), { method: 'POST' });
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Sofie Maes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This user changed in the meantime');
    await waitFor(() => expect(within(rowOf('support@atelier-lumiere.example')).getByRole('button', { name: 'Reactivate Sofie Maes' })).toBeInTheDocument());
  });

  it.each(['finance', 'support'] as const)('tells %s under the heading Team that admins manage the team, with nothing to press and no Team in the menu', async (role) => {
    const { user } = await renderApp({ as: role, path: '/settings/team' });
    // Neither may manage the team, and each is told so in the same words.
    expect(await screen.findByText(/The team is managed by admins/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite a user' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /User menu for/ }));
    expect(await screen.findByRole('menuitem', { name: 'Change password' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Team' })).not.toBeInTheDocument();
  });

  it('is reached from the user menu by an admin', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    await user.click(await screen.findByRole('button', { name: /User menu for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Team' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
  });
});

describe('the team on a phone', () => {
  atPhoneWidth();

  it('is one card per user, with the e-mail address, role, last sign-in, state and what the admin may do, and no table', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    const cards = within(await screen.findByRole('list', { name: 'Users of your merchant account' })).getAllByRole('listitem');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cards.map((card) => within(card).getByText(/@atelier-lumiere\.example$/).textContent)).toEqual([
      'admin@atelier-lumiere.example',
      'finance@atelier-lumiere.example',
      'support@atelier-lumiere.example',
      'thomas.lambert@atelier-lumiere.example',
    ]);
    const [mine, finance] = cards as [HTMLElement, HTMLElement];
    expect(within(mine).getByText('You')).toBeInTheDocument();
    expect(within(mine).queryByRole('button')).not.toBeInTheDocument();
    expect(within(finance).getByText('Role: Finance')).toBeInTheDocument();
    expect(within(finance).getByText('Active')).toBeInTheDocument();
    expect(within(finance).getByText(/^Last sign-in: |^Never signed in$/)).toBeInTheDocument();

    await user.click(within(finance).getByRole('button', { name: 'Change role of Pieter Janssens' }));
    expect(await screen.findByRole('dialog', { name: 'Change the role of Pieter Janssens' })).toBeInTheDocument();
  });
});
