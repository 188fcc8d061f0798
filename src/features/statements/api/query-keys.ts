import type { DataMode } from '@/lib/data-mode';

/** Statements are keyed by data world first, like every other data query. */
export const statementKeys = {
  all: ['statements'] as const,
  mode: (mode: DataMode) => [...statementKeys.all, mode] as const,
  /** A year's statements; null for the current year's, asked for without naming it. */
  year: (mode: DataMode, year: number | null) => [...statementKeys.mode(mode), 'year', year ?? 'current'] as const,
  week: (mode: DataMode, week: string) => [...statementKeys.mode(mode), 'week', week] as const,
};
