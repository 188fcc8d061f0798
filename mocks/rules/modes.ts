import { modes, type Mode } from '@/contract/common';

/** The world a `Comptoir-Mode` header names; null when it names none. */
export function parseMode(value: string | null): Mode | null {
  return modes.find((mode) => mode === value) ?? null;
}
