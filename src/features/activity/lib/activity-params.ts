import { activityKinds, activityWorlds, type ActivityKind, type ActivityWorld } from '@/contract/activity';

/** The log's filters and page, as the URL carries them. */
export interface ActivityParams {
  person: string | null;
  kinds: ActivityKind[];
  /** The data worlds the changes belong to; `none` for the team, the account and sign-ins. */
  worlds: ActivityWorld[];
  from: string | null;
  to: string | null;
  page: number;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
/** The values of a comma-separated parameter that are among `values`. */
function listIn<Value extends string>(text: string | null, values: readonly Value[]): Value[] {
  return (text ?? '').split(',').filter((value): value is Value => (values as readonly string[]).includes(value));
}

/** Reads the URL leniently: a value the API would refuse is left out rather than shown as an error. */
export function parseActivityParams(search: URLSearchParams): ActivityParams {
  const text = (key: string) => search.get(key)?.trim() || null;
  const dayOf = (key: string) => {
    const value = text(key);
    return value && day.test(value) ? value : null;
  };
  const page = Number(search.get('page'));
  return {
    person: text('person'),
    kinds: listIn(search.get('kind'), activityKinds),
    worlds: listIn(search.get('mode'), activityWorlds),
    from: dayOf('from'),
    to: dayOf('to'),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function toSearchParams({ person, kinds, worlds, from, to, page }: ActivityParams): URLSearchParams {
  const search = new URLSearchParams();
  if (person) search.set('person', person);
  if (kinds.length > 0) search.set('kind', kinds.join(','));
  if (worlds.length > 0) search.set('mode', worlds.join(','));
  if (from) search.set('from', from);
  if (to) search.set('to', to);
  if (page > 1) search.set('page', String(page));
  return search;
}

/**
 * The worlds the log shows in `mode`: the chosen ones among that world and the changes of neither
 * (the team, the account, sign-ins), else both. Test and live data never show in each other, so
 * the other world's changes are not among them: they show when the header's world is switched.
 */
export function worldsShown(chosen: readonly ActivityWorld[], mode: Exclude<ActivityWorld, 'none'>): ActivityWorld[] {
  const open: ActivityWorld[] = [mode, 'none'];
  const kept = open.filter((world) => chosen.includes(world));
  return kept.length > 0 ? kept : open;
}

/** The filters as the API reads them; paging is added by the list alone. */
export function toApiQuery({ person, kinds, worlds, from, to }: ActivityParams) {
  return { person, kind: kinds, mode: worlds, from, to };
}

/** A last day before the first: the API refuses it, and the page says so on the field instead of asking. */
export const datesReversed = ({ from, to }: Pick<ActivityParams, 'from' | 'to'>) => from !== null && to !== null && to < from;

export const hasFilters = (params: ActivityParams) =>
  params.person !== null || params.kinds.length > 0 || params.worlds.length > 0 || params.from !== null || params.to !== null;
