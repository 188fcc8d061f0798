import { z } from 'zod';
import { limits } from '@/contract/common';
import { movementTypes, type MovementType } from '@/contract/statements';
import { isoYearOf } from './iso-week';

export const statementsPageSize = 20;

/** The statements list's URL: which ISO year, which page of its weeks. */
export function parseYearParams(search: URLSearchParams, today = new Date()) {
  const currentYear = isoYearOf(today);
  const schema = z.object({
    year: z.coerce.number().int().min(limits.firstStatementYear).max(currentYear).catch(currentYear),
    page: z.coerce.number().int().min(1).catch(1),
  });
  return { ...schema.parse({ year: search.get('year') ?? undefined, page: search.get('page') ?? undefined }), currentYear };
}

/** The movement types picked in a statement's URL (`?type=fee,credit`); unknown ones are dropped. */
export function parseTypeFilter(search: URLSearchParams): MovementType[] {
  const known = new Set<string>(movementTypes);
  return (search.get('type') ?? '').split(',').filter((type): type is MovementType => known.has(type));
}
