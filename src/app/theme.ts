import {
  Badge,
  Breadcrumbs,
  Combobox,
  Menu,
  ModalHeader,
  Notification,
  Pill,
  Portal,
  TableScrollContainer,
  Title,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { wholeBadgeClasses } from '@/components/plain-badge';
import wholePillClasses from '@/components/whole-pill.module.css';

/**
 * Light, outline and subtle badges and buttons write coloured text on a pale background; Mantine's
 * default shade for that text falls under WCAG AA contrast. On the light page the darkest shade,
 * darkened a little more, passes; on the dark page a pale shade on a deep background does.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (parsed.isThemeColor && (input.variant === 'light' || input.variant === 'outline' || input.variant === 'subtle')) {
    const shade = (n: number) => `var(--mantine-color-${parsed.color}-${n})`;
    const text = `light-dark(color-mix(in srgb, ${shade(9)}, black 30%), ${shade(1)})`;
    return input.variant === 'light'
      ? { ...colors, color: text, background: `light-dark(${shade(0)}, color-mix(in srgb, ${shade(9)}, black 45%))` }
      : { ...colors, color: text };
  }
  return colors;
};

/** Where Mantine's portals render: a landmark, so that what opens there is within one (axe: region). */
export const overlayRegionId = 'overlays';

/**
 * A darker primary shade than Mantine's default keeps text on filled buttons above WCAG AA contrast.
 * Built per language: it names Mantine's own controls, such as a notification's close button.
 */
export const createAppTheme = ({ closeNotification }: { closeNotification: string }) =>
  createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    variantColorResolver,
    components: {
      // A closed select's options are not kept in the page: kept, each one rendered its hidden list
      // again with the page, and had its position measured when the page first showed (a forced
      // layout of some 45 ms in a new tab's profile).
      Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
      // Badges carry statuses and types that must be read whole, never cut to "PARTIAL CANC…"; the
      // lists' plain badges share these classes.
      Badge: Badge.extend({ classNames: wholeBadgeClasses }),
      // So are the values chosen in a multi-select: Mantine lets their pills shrink to "Canc…".
      Pill: Pill.extend({ classNames: { root: wholePillClasses.root, label: wholePillClasses.label } }),
      // Mantine's focus placeholder is a focusable element a menu may not own (axe: aria-required-children);
      // without it, opening a menu focuses its first item, as the WAI-ARIA menu button pattern has it.
      Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
      // What a table hides visually (a column's name for screen readers) is placed absolutely: the
      // scrolling container holds it, or it would stay where its column starts and widen the page.
      TableScrollContainer: TableScrollContainer.extend({ styles: { scrollContainer: { position: 'relative' } } }),
      // Mantine writes the separator in its own dimmed grey, which misses AA contrast on the dark page.
      Breadcrumbs: Breadcrumbs.extend({ styles: { separator: { color: 'var(--mantine-color-dimmed)' } } }),
      // A title of one long word ("Uitbetalingsrekening") breaks on a phone rather than widening the page.
      Title: Title.extend({ styles: { root: { overflowWrap: 'anywhere' } } }),
      // A dialog's header is no page banner, which Mantine's <header> outside any landmark would be.
      ModalHeader: ModalHeader.extend({ defaultProps: { role: 'none' } }),
      // Menus, dropdowns, dialogs and notifications open in one named region (see OverlayRegion), not loose in <body>.
      Portal: Portal.extend({ defaultProps: { target: `#${overlayRegionId}` } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeNotification } } }),
    },
  });

/**
 * Mantine's dimmed grey, error red and light primary text miss AA contrast: on the light page
 * darker shades pass, on the dark page lighter ones.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Error messages, and the text and placeholder of an invalid input, are written in this red.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // The active navigation link writes primary-coloured text on a tinted, hovered background.
    '--mantine-color-indigo-light-color': 'color-mix(in srgb, var(--mantine-color-indigo-9), black 30%)',
    '--mantine-primary-color-light-color': 'color-mix(in srgb, var(--mantine-color-indigo-9), black 30%)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-2)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-indigo-2)',
  },
});
