import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

async function openDialog(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('button', { name: /User menu for/ }));
  await user.click(await screen.findByRole('menuitem', { name: 'Change password' }));
  return screen.findByRole('dialog', { name: 'Change your password' });
}

describe('changing the password from the user menu', () => {
  it('says next to the field that the current password is wrong, keeping what was typed', async () => {
    const { user } = await renderApp({ as: 'support', path: '/orders' });
    const dialog = await openDialog(user);
    const current = within(dialog).getByLabelText(/Current password/);
    await user.type(current, 'not-my-password');
    await user.type(within(dialog).getByLabelText(/^New password/), 'lantern-orchard-42');
    await user.type(within(dialog).getByLabelText(/Type the new password again/), 'lantern-orchard-42');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    expect(await within(dialog).findByText('This is not your current password.')).toBeInTheDocument();
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveValue('not-my-password');
    expect(within(dialog).getByLabelText(/^New password/)).toHaveValue('lantern-orchard-42');
    await waitFor(() => expect(current).toHaveFocus());
  });

  it('says how long to wait once too many wrong current passwords have locked the address', async () => {
    const { user } = await renderApp({ as: 'support', path: '/orders' });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(/^New password/), 'lantern-orchard-42');
    await user.type(within(dialog).getByLabelText(/Type the new password again/), 'lantern-orchard-42');
    const current = within(dialog).getByLabelText(/Current password/);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await user.clear(current);
      await user.type(current, `wrong-${attempt}`);
      await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
      if (attempt < 5) expect(await within(dialog).findByText('This is not your current password.')).toBeInTheDocument();
    }
    expect(await within(dialog).findByText('Too many wrong passwords for this address: try again in 15 minutes.')).toBeInTheDocument();
    expect(current).toHaveValue('wrong-5');
  });

  it('checks length and the second typing before asking the server, then says a common one is refused', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/orders' });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(/Current password/), 'demo-password');
    await user.type(within(dialog).getByLabelText(/^New password/), 'too-short');
    await user.type(within(dialog).getByLabelText(/Type the new password again/), 'too-shorter');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByText('Use at least 12 characters.')).toBeInTheDocument();
    expect(within(dialog).getByText('The two passwords differ. Type the same password twice.')).toBeInTheDocument();

    for (const field of [/^New password/, /Type the new password again/]) {
      await user.clear(within(dialog).getByLabelText(field));
      await user.type(within(dialog).getByLabelText(field), 'password1234');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByText('This password is among the most common ones: choose one that is harder to guess.')).toBeInTheDocument();
  });

  it('says which rule refused a new password: one holding the address, keeping what was typed', async () => {
    const { user } = await renderApp({ as: 'finance', path: '/orders' });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(/Current password/), 'demo-password');
    const password = within(dialog).getByLabelText(/^New password/);
    await user.type(password, 'Finance-lantern-42');
    await user.type(within(dialog).getByLabelText(/Type the new password again/), 'Finance-lantern-42');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await within(dialog).findByText('Leave your e-mail address, and the name before its @, out of your password.')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveValue('Finance-lantern-42');
    await waitFor(() => expect(password).toHaveFocus());
  });

  it('changes it, says so, and the new one signs in', async () => {
    const { user } = await renderApp({ as: 'admin', path: '/orders' });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText(/Current password/), 'demo-password');
    await user.type(within(dialog).getByLabelText(/^New password/), 'lantern-orchard-42');
    await user.type(within(dialog).getByLabelText(/Type the new password again/), 'lantern-orchard-42');
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password was changed. Your other sessions were ended.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: /User menu for/ })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: /User menu for/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await user.type(await screen.findByLabelText(/E-mail/), 'admin@atelier-lumiere.example');
    await user.type(screen.getByLabelText(/^Password/), 'lantern-orchard-42');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
  });
});
