import { Checkbox, MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PlainCheckbox } from './plain-checkbox';
import { cssVariables } from '@/testing/css-variables';

/** Mantine's own class names for a checkbox's parts. */
const checkboxClasses = Checkbox.classes as Record<'inner' | 'input' | 'icon', string>;

function Both() {
  const [picked, setPicked] = useState(false);
  return (
    <MantineProvider env="test">
      <Checkbox aria-label="Mantine's" />
      <PlainCheckbox aria-label="Select order 1000001" checked={picked} onChange={(event) => setPicked(event.currentTarget.checked)} />
    </MantineProvider>
  );
}

describe('a plain checkbox', () => {
  it("is drawn with Mantine's classes and colours, and can be ticked", async () => {
    render(<Both />);
    const mantine = screen.getByRole('checkbox', { name: "Mantine's" });
    const plain = screen.getByRole('checkbox', { name: 'Select order 1000001' });
    expect(plain).toHaveClass(checkboxClasses.input, 'mantine-focus-auto');
    expect(plain.parentElement).toHaveClass(checkboxClasses.inner);
    expect(plain.nextElementSibling).toHaveClass(checkboxClasses.icon);
    // Mantine sets its colours on its outer element; the plain one, which has none, on the same part as the box.
    const mantineRoot = mantine.closest<HTMLElement>('[style]')!;
    expect(cssVariables(plain.parentElement!, '--checkbox')).toMatchObject(cssVariables(mantineRoot, '--checkbox'));
    expect(Object.keys(cssVariables(mantineRoot, '--checkbox')).length).toBeGreaterThan(0);

    expect(plain).not.toBeChecked();
    await userEvent.click(plain);
    expect(plain).toBeChecked();
  });
});
