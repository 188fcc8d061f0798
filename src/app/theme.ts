import { createTheme } from '@mantine/core';

/** A darker primary shade than Mantine's default keeps text on filled buttons above WCAG AA contrast. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});
