import { Button, UnstyledButton, useMantineTheme, type ButtonVariant, type MantineSize, type MantineTheme } from '@mantine/core';
import type { ComponentPropsWithRef, CSSProperties } from 'react';
import { lookVariables } from './look-variables';

type Look = { variant: ButtonVariant; size: MantineSize | `compact-${MantineSize}` };

function buttonVariables(theme: MantineTheme, look: Look): CSSProperties {
  return lookVariables(theme, `button|${look.variant}|${look.size}`, () => Button.varsResolver(theme, look, {}).root as CSSProperties);
}

type Props = Look & Omit<ComponentPropsWithRef<'button'>, 'className' | 'style'>;

/**
 * Mantine's Button with a label only, drawn with its own classes and variables, for a button on
 * each row of a list: Mantine's component resolves its props and styles again for each one.
 */
export function PlainButton({ variant, size, children, ...rest }: Props) {
  const theme = useMantineTheme();
  return (
    <button
      type="button"
      {...rest}
      className={`mantine-focus-auto mantine-active ${Button.classes.root} ${UnstyledButton.classes.root}`}
      data-variant={variant}
      data-size={size}
      style={buttonVariables(theme, { variant, size })}
    >
      <span className={Button.classes.inner}>
        <span className={Button.classes.label}>{children}</span>
      </span>
    </button>
  );
}
