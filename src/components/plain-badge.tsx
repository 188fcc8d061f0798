import { Badge, useMantineTheme, type BadgeVariant, type MantineColor, type MantineRadius, type MantineSize, type MantineTheme } from '@mantine/core';
import type { ComponentPropsWithRef, CSSProperties, ReactNode } from 'react';
import { lookVariables } from './look-variables';
import classes from './plain-badge.module.css';

/** A badge's text read whole, never cut to "PARTIAL CANC…": the theme gives Mantine's Badge the same classes. */
export const wholeBadgeClasses = { root: classes.root, label: classes.label };

type Look = { color: MantineColor; variant: BadgeVariant; size?: MantineSize; radius?: MantineRadius };

/** Mantine's own variables for a badge's look. */
function badgeVariables(theme: MantineTheme, look: Look): CSSProperties {
  const key = `badge|${look.color}|${look.variant}|${look.size ?? ''}|${look.radius ?? ''}`;
  return lookVariables(theme, key, () => Badge.varsResolver(theme, look, {}).root as CSSProperties);
}

type Props = Look & Omit<ComponentPropsWithRef<'div'>, 'color' | 'className' | 'style'> & { leftSection?: ReactNode };

/**
 * Mantine's Badge drawn with its own classes and variables, for lists that show a badge or more per
 * row: Mantine's component resolves its props, classes and colours again for each one it renders.
 */
export function PlainBadge({ color, variant, size, radius, leftSection, children, ...rest }: Props) {
  const theme = useMantineTheme();
  return (
    <div
      {...rest}
      className={`${Badge.classes.root} ${wholeBadgeClasses.root}`}
      data-variant={variant}
      data-size={size}
      data-with-left-section={leftSection ? true : undefined}
      style={badgeVariables(theme, { color, variant, size, radius })}
    >
      {leftSection && (
        <span className={Badge.classes.section} data-position="left">
          {leftSection}
        </span>
      )}
      <span className={`${Badge.classes.label} ${wholeBadgeClasses.label}`}>{children}</span>
    </div>
  );
}
