import { useId } from 'react';
import classes from './segmented-choice.module.css';

export type SegmentedOption<Value extends string> = { value: Value; label: string; disabled?: boolean };

type Props<Value extends string> = {
  /** The group's name for assistive technology, when no visible label names it. */
  label?: string;
  /** The id of an element that names the group, instead of `label`. */
  labelledBy?: string;
  describedBy?: string;
  value: Value;
  onChange: (value: Value) => void;
  options: readonly SegmentedOption<Value>[];
  /** The chosen segment: raised on the track, filled in the brand's colour, or a warning yellow. */
  tone?: 'plain' | 'brand' | 'warning';
};

/**
 * A few exclusive choices side by side, as native radio buttons: arrow keys move between them
 * and the browser names them. The chosen one is filled in by CSS alone; Mantine's segmented
 * control measures its sliding indicator on every render, which cost the first load a layout.
 */
export function SegmentedChoice<Value extends string>({ label, labelledBy, describedBy, value, onChange, options, tone = 'plain' }: Props<Value>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} aria-labelledby={labelledBy} aria-describedby={describedBy} className={classes.root} data-tone={tone}>
      {options.map((option) => (
        <label key={option.value} className={classes.option} data-disabled={option.disabled || undefined}>
          <input
            type="radio"
            className={classes.input}
            name={name}
            value={option.value}
            checked={option.value === value}
            disabled={option.disabled}
            onChange={() => onChange(option.value)}
          />
          <span className={classes.label}>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
