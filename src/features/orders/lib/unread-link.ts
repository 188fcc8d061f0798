import { listParamsSchema, parseListParams, rawListParam, type OrderListParams } from './list-params';

export type ListParamName = keyof OrderListParams;

/** A value of the address the list could not read, and left out: a link mistyped, cut short or from an older version. */
export type UnreadValue = { name: ListParamName; value: string };

const paramNames = Object.keys(listParamsSchema.shape) as ListParamName[];

/** Whether the list read `raw` as `read`: the same text, or the same number however written (07, 7.0). */
function readAsIs(raw: string, read: OrderListParams[ListParamName]): boolean {
  if (typeof read === 'number') return Number(raw) === read;
  return read !== null && String(read) === raw;
}

/**
 * The values of the list's own parameters in `search` that the list left out rather than show an
 * error page: an unknown status, a page size it does not offer, a date that is none. Parameters it
 * does not know (a campaign tag, say) are not its to judge and are not reported.
 */
export function unreadListValues(search: URLSearchParams): UnreadValue[] {
  const params = parseListParams(search);
  return paramNames.flatMap((name) => {
    const raw = rawListParam(search, name)?.trim();
    if (!raw) return [];
    const read = params[name];
    const value = Array.isArray(read)
      ? raw
          .split(',')
          .filter((part) => !(read as readonly string[]).includes(part))
          .join(',')
      : readAsIs(raw, read)
        ? ''
        : raw;
    return value ? [{ name, value }] : [];
  });
}
