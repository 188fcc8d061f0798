import { z } from 'zod';
import { limits } from '@/contract/common';
import { movementTypes, type MovementType, type StatementYear } from '@/contract/statements';

export const statementsPageSize = 20;
/** A busy week has thousands of movements: the page lists them this many at a time. */
export const movementsPageSize = 50;

/**
 * The statements list's URL: which ISO year (null for the one the list opens on, which the
 * backend's clock tells, not the browser's), which page of its weeks.
 */
export function parseYearParams(search: URLSearchParams): { year: number | null; page: number } {
  const schema = z.object({
    // Any year an address may name: one before the statements start is told so on the page, not
    // swapped for the current year under an address that still names it.
    year: z.coerce.number().int().min(1).max(9999).nullable().catch(null),
    page: z.coerce.number().int().min(1).catch(1),
  });
  return schema.parse({ year: search.get('year'), page: search.get('page') ?? undefined });
}

/**
 * The year the list opens on when its URL names none: the current one, unless its first week is
 * still running, with no statement yet. The newest statements are then the last year's, and those
 * are what a clerk comes for in the first days of January.
 */
export function defaultStatementYear({ currentYear, firstYear, items }: Pick<StatementYear, 'currentYear' | 'firstYear' | 'items'>): number {
  return items.length === 0 && firstYear < currentYear ? currentYear - 1 : currentYear;
}

/** The movement types picked in a statement's URL (`?type=fee,credit`); unknown ones are dropped. */
export function parseTypeFilter(search: URLSearchParams): MovementType[] {
  const known = new Set<string>(movementTypes);
  return (search.get('type') ?? '').split(',').filter((type): type is MovementType => known.has(type));
}

/** A statement's URL: the movement types picked, the one order whose movements are shown (from its page), and the page of them. */
export type MovementParams = { types: MovementType[]; order: string | null; page: number };

export function parseMovementParams(search: URLSearchParams): MovementParams {
  const page = z.coerce.number().int().min(1).catch(1).parse(search.get('page') ?? undefined);
  const order = z.string().trim().min(1).max(limits.searchLength).nullable().catch(null).parse(search.get('order'));
  return { types: parseTypeFilter(search), order, page };
}

/** The URL's search for a statement's filters and page; the first page and no filter are left out. */
export function movementSearch({ types, order, page }: { types: readonly string[]; order: string | null; page: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (types.length) params.set('type', types.join(','));
  if (order) params.set('order', order);
  if (page > 1) params.set('page', String(page));
  return params;
}
