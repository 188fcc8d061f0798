import { Badge, MantineProvider, type BadgeVariant, type MantineColor, type MantineSize } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PlainBadge } from './plain-badge';
import { cssVariables } from '@/testing/css-variables';

/** Mantine's own class names for a badge's parts. */
const badgeClasses = Badge.classes as Record<'root' | 'label' | 'section', string>;

type Look = { color: MantineColor; variant: BadgeVariant; size?: MantineSize; leftSection?: ReactNode };

/** Renders both badges in one theme; returns the outer element of each. */
function renderBoth(look: Look) {
  render(
    <MantineProvider env="test">
      <Badge {...look} data-testid="mantine">
        Overdue
      </Badge>
      <PlainBadge {...look} data-testid="plain">
        Overdue
      </PlainBadge>
    </MantineProvider>,
  );
  return [document.querySelector<HTMLElement>('[data-testid="mantine"]')!, document.querySelector<HTMLElement>('[data-testid="plain"]')!] as const;
}

describe('a plain badge', () => {
  it.each<Look>([
    { color: 'blue', variant: 'light' },
    { color: 'red.9', variant: 'filled' },
    { color: 'indigo', variant: 'outline', size: 'xs' },
    { color: 'gray', variant: 'outline' },
    { color: 'red', variant: 'light', leftSection: <span>×</span> },
  ])('looks as Mantine draws a $variant $color badge', (look) => {
    const [mantine, plain] = renderBoth(look);
    expect(Object.keys(cssVariables(plain, '--badge')).length).toBeGreaterThan(0);
    expect(cssVariables(plain, '--badge')).toEqual(cssVariables(mantine, '--badge'));
    expect(plain).toHaveClass(badgeClasses.root);
    for (const attribute of ['data-variant', 'data-size', 'data-with-left-section']) expect(plain.getAttribute(attribute)).toBe(mantine.getAttribute(attribute));
    // The same parts in the same order: the left section, if any, then the label.
    const parts = (element: HTMLElement) => [...element.children].map((part) => [part.className.includes(badgeClasses.section), part.className.includes(badgeClasses.label), part.textContent]);
    expect(parts(plain)).toEqual(parts(mantine));
    expect(plain.lastElementChild).toHaveClass(badgeClasses.label);
    expect(plain).toHaveTextContent('Overdue');
  });
});
