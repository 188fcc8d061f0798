import { screen, waitFor, within } from '@testing-library/react';
import { z } from 'zod';
import { apiRequest, freshBackendAs, renderApp } from '@/testing/render-app';
import { atPhoneWidth } from '@/testing/screen-width';

/** Sofie Maes, the support agent of the seeded team. */
const sofie = { id: 'user-3333-3', email: 'support@atelier-lumiere.example' };

/** Sofie's row of the table, or her card on a phone. */
const sofiesEntry = (layout: 'table' | 'cards') =>
  layout === 'table'
    ? within(screen.getByRole('table', { name: 'Users of your merchant account' })).getByText(sofie.email).closest('tr')!
    : within(screen.getByRole('list', { name: 'Users of your merchant account' })).getByText(sofie.email).closest('li')!;

/** The team page with Sofie deactivated beforehand, by another tab. */
async function teamWithSofieDeactivated() {
  await freshBackendAs('admin');
  await apiRequest(`/team/members/${sofie.id}/deactivate`, z.looseObject({}), { method: 'POST' });
  return renderApp({ as: 'admin', path: '/settings/team', resetData: false });
}

function focusStaysOnTheMembersEntry(layout: 'table' | 'cards') {
  it(`goes to the "Change role" button of the member reactivated with the keyboard, on the ${layout}`, async () => {
    const { user } = await teamWithSofieDeactivated();
    const reactivate = await screen.findByRole('button', { name: 'Reactivate Sofie Maes' });
    reactivate.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Sofie Maes is active again.')).toBeInTheDocument();
    await waitFor(() => expect(within(sofiesEntry(layout)).getByRole('button', { name: 'Change role of Sofie Maes' })).toHaveFocus());
    expect(sofiesEntry(layout)).toHaveTextContent('Active');
  });

  it(`goes to the "Reactivate" button of the member deactivated after asking, on the ${layout}`, async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    (await screen.findByRole('button', { name: 'Deactivate Sofie Maes' })).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Sofie Maes?' });
    within(dialog).getByRole('button', { name: 'Deactivate' }).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Sofie Maes is deactivated.')).toBeInTheDocument();
    await waitFor(() => expect(within(sofiesEntry(layout)).getByRole('button', { name: 'Reactivate Sofie Maes' })).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sofiesEntry(layout)).toHaveTextContent('Deactivated');
  });
}

describe('the focus after a change to a member', () => {
  focusStaysOnTheMembersEntry('table');

  it('goes back to the Deactivate button when the dialog is cancelled', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/settings/team' });
    const deactivate = await screen.findByRole('button', { name: 'Deactivate Sofie Maes' });
    await user.click(deactivate);
    await user.click(within(await screen.findByRole('dialog', { name: 'Deactivate Sofie Maes?' })).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(deactivate).toHaveFocus());
  });
});

describe('the focus after a change to a member, on a phone', () => {
  atPhoneWidth();
  focusStaysOnTheMembersEntry('cards');
});
