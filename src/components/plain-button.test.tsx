import { Button, MantineProvider, type ButtonVariant } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlainButton } from './plain-button';

type Look = { variant: ButtonVariant; size: 'compact-xs' | 'sm' };

/** The button's own custom properties (its colours and sizes), as the browser holds them. */
const buttonVariables = (element: HTMLElement) =>
  Object.fromEntries([...element.style].filter((name) => name.startsWith('--button')).map((name) => [name, element.style.getPropertyValue(name)]));

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
    expect(Object.keys(buttonVariables(plain)).length).toBeGreaterThan(0);
    expect(buttonVariables(plain)).toEqual(buttonVariables(mantine));
    expect(plain.className).toBe(mantine.className.replace(/\s*mantine-(Button|UnstyledButton)-root/g, ''));
    for (const attribute of ['data-variant', 'data-size', 'type']) expect(plain.getAttribute(attribute)).toBe(mantine.getAttribute(attribute));
    expect(plain.innerHTML.replace(/ mantine-Button-(inner|label)/g, '')).toBe(mantine.innerHTML.replace(/ mantine-Button-(inner|label)/g, ''));

    await userEvent.click(plain);
    expect(pressed).toHaveBeenCalledOnce();
  });
});
