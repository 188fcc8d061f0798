import { Checkbox, CheckIcon, rem, useMantineTheme, type MantineTheme } from '@mantine/core';
import type { ComponentPropsWithRef, CSSProperties } from 'react';
import { lookVariables } from './look-variables';

function checkboxVariables(theme: MantineTheme): CSSProperties {
  return lookVariables(theme, 'checkbox', () => ({
    ...(Checkbox.varsResolver(theme, { variant: 'filled', radius: 'sm' }, {}).root as CSSProperties),
    // Given by the class of Mantine's outer element, which a checkbox without a visible label leaves out.
    '--checkbox-size': rem(20),
    '--checkbox-icon-color': 'var(--mantine-color-white)',
  }));
}

type Props = Omit<ComponentPropsWithRef<'input'>, 'type' | 'className' | 'style'>;

/**
 * Mantine's Checkbox without a visible label (name it with `aria-label`), drawn with its own classes
 * and variables, for a checkbox on each row of a list: Mantine's component renders each new one
 * twice (it makes its id up after the first render) and resolves its styles each time.
 */
export function PlainCheckbox(props: Props) {
  const theme = useMantineTheme();
  return (
    <div className={Checkbox.classes.inner} style={checkboxVariables(theme)}>
      <input {...props} type="checkbox" className={`mantine-focus-auto ${Checkbox.classes.input}`} />
      <CheckIcon className={Checkbox.classes.icon} />
    </div>
  );
}
