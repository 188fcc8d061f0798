import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { createAppTheme, cssVariablesResolver } from '@/app/theme';

function luminance(hex: string) {
  const channel = (start: number) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('the theme', () => {
  it('writes error messages and invalid inputs in a red readable on white (WCAG AA, 4.5:1)', () => {
    const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme({ closeNotification: 'Close notification' }));
    const error = cssVariablesResolver(theme).light['--mantine-color-error'];
    const [, color, shade] = /^var\(--mantine-color-(\w+)-(\d)\)$/.exec(error ?? '') ?? [];
    const hex = theme.colors[color!]![Number(shade)]!;
    expect(1.05 / (luminance(hex) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
