import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { storageSignal } from '@/lib/storage-signal';
import { columnLayoutSchema, type ColumnLayout } from './column-layout';
import { parseListParams, toSearchParams, type OrderListParams } from './list-params';
import { writeColumnLayout } from './use-column-layout';
import { readStored, writeStored } from '@/lib/stored-json';
import { useNotKeptNotice } from './not-kept-notice';

/**
 * A list's filters, sort and page size under a name of the user's (the URL's query without the
 * page), and its columns. Views saved before columns could be laid out, or whose columns cannot be
 * read, have none: opening them leaves the columns as they are.
 */
const storedView = z.object({ id: z.string(), name: z.string(), search: z.string(), columns: columnLayoutSchema.optional().catch(undefined) });
export type SavedView = z.infer<typeof storedView>;

export const savedViewNameLength = 60;
const storedViews = z.array(storedView);
const keyOf = (owner: string) => `comptoir.saved-views.${owner}`;

/** The views saved on this device by `owner`; anything unreadable counts as none. */
export function readSavedViews(owner: string): SavedView[] {
  return readStored(localStorage, keyOf(owner), storedViews) ?? [];
}

/** What a view keeps of the list: everything in its URL but the page. */
export function searchOfView(params: OrderListParams): string {
  const search = toSearchParams({ ...params, page: 1 });
  return search.toString();
}

/** Whether the list at `search` (a URL's query) shows `view`, however the URL spells it. */
export function showsView(view: SavedView, search: string): boolean {
  return searchOfView(parseListParams(new URLSearchParams(search))) === view.search;
}

/** The name field of the save and rename forms: given, not too long, not another view's. */
export function viewNameSchema(otherNames: readonly string[]) {
  const taken = new Set(otherNames.map((name) => name.trim().toLowerCase()));
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, 'orders:savedViews.nameRequired')
      .max(savedViewNameLength, 'orders:savedViews.nameTooLong')
      .refine((name) => !taken.has(name.toLowerCase()), 'orders:savedViews.nameTaken'),
  });
}

// Every component showing the views hears of a change.
const viewChanges = storageSignal();

/** The user's saved views, and the ways to change them. */
export function useSavedViews(owner: string | null) {
  // Read as text, so that an unchanged list is the same snapshot.
  const stored = useSyncExternalStore(viewChanges.subscribe, () => (owner ? (localStorage.getItem(keyOf(owner)) ?? '') : ''));
  const views = owner && stored ? readSavedViews(owner) : [];
  const notKept = useNotKeptNotice();
  /** Whether `next` is kept: a refusing storage changes nothing, and the user is told so. */
  const write = useCallback(
    (next: SavedView[]) => {
      if (!owner) return false;
      if (!writeStored(localStorage, keyOf(owner), next)) {
        notKept();
        return false;
      }
      viewChanges.notify();
      return true;
    },
    [owner, notKept],
  );
  return {
    views,
    save: (name: string, search: string, columns: ColumnLayout) => write([...views, { id: crypto.randomUUID(), name: name.trim(), search, columns }]),
    /** What opening a view does besides following its link: the list takes the view's columns. */
    open: (view: SavedView) => {
      if (owner && view.columns && !writeColumnLayout(owner, view.columns)) notKept();
    },
    rename: (id: string, name: string) => write(views.map((view) => (view.id === id ? { ...view, name: name.trim() } : view))),
    remove: (id: string) => write(views.filter((view) => view.id !== id)),
  };
}
