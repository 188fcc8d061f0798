import { Button, MantineProvider, type ButtonVariant } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlainButton } from './plain-button';
import { cssVariables } from '@/testing/css-variables';

type Look = { variant: ButtonVariant; size: 'compact-xs' | 'sm' };

describe('a plain button', () => {
  it.each<Look>([
    { variant: 'light', size: 'compact-xs' },
    { variant: 'light', size: 'sm' },
    { variant: 'filled', size: 'sm' },
  ])('looks as Mantine draws a $variant $size button, and does what it is pressed for', async (look) => {
    const pressed = vi.fn();
    render(
      <MantineProvider env="test">
        <Button {...look}>Activate</Button>
        <PlainButton {...look} aria-label="Activate order 1000001" onClick={pressed}>
          Activate
        </PlainButton>
      </MantineProvider>,
    );
    const mantine = screen.getByRole('button', { name: 'Activate' });
    const plain = screen.getByRole('button', { name: 'Activate order 1000001' });
    expect(Object.keys(cssVariables(plain, '--button')).length).toBeGreaterThan(0);
    expect(cssVariables(plain, '--button')).toEqual(cssVariables(mantine, '--button'));
    expect(plain.className).toBe(mantine.className.replace(/\s*mantine-(Button|UnstyledButton)-root/g, ''));
    for (const attribute of ['data-variant', 'data-size', 'type']) expect(plain.getAttribute(attribute)).toBe(mantine.getAttribute(attribute));
    expect(plain.innerHTML.replace(/ mantine-Button-(inner|label)/g, '')).toBe(mantine.innerHTML.replace(/ mantine-Button-(inner|label)/g, ''));

    await userEvent.click(plain);
    expect(pressed).toHaveBeenCalledOnce();
  });
});
