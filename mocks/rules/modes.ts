// Test and live are separate worlds: every data call names its world.
export const modes = ['test', 'live'] as const;
export type Mode = (typeof modes)[number];

export const modeHeader = 'Comptoir-Mode';

export function parseMode(value: string | null): Mode | null {
  return value === 'test' || value === 'live' ? value : null;
}
