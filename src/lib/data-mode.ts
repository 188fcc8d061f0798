import { useSyncExternalStore } from 'react';
import { modes, type Mode } from '@/contract/common';
import { keepText } from '@/lib/stored-json';

/** Test and live data are two separate worlds; every data call names the one in use. */
export type DataMode = Mode;

// Each tab keeps its own world (sessionStorage), so switching in one tab never moves another
// tab's open order into the other world; a new tab starts in the world chosen last.
const tabKey = 'comptoir.data-mode';
const lastChosenKey = 'comptoir.data-mode.last';
const listeners = new Set<() => void>();
// The live world opens once the merchant has passed the provider's security check; until then the
// app shows test data whatever was chosen before.
let liveAvailable = true;
// The tab's world when its storage refused to keep it (full): it holds for this page.
let unkeptTabMode: DataMode | null = null;

function keepTabMode(mode: DataMode) {
  unkeptTabMode = keepText(sessionStorage, tabKey, mode) ? null : mode;
}

function parse(value: string | null): DataMode | null {
  return modes.find((mode) => mode === value) ?? null;
}

/** The world this tab shows, outside React (the hook below follows its changes). */
export function currentDataMode(): DataMode {
  return read();
}

function read(): DataMode {
  if (!liveAvailable) return 'test';
  const ofThisTab = unkeptTabMode ?? parse(sessionStorage.getItem(tabKey));
  if (ofThisTab) return ofThisTab;
  // The tab's first look decides its world; later choices in other tabs leave it alone.
  const initial = parse(localStorage.getItem(lastChosenKey)) ?? 'live';
  keepTabMode(initial);
  return initial;
}

export function setDataMode(mode: DataMode) {
  keepTabMode(mode);
  keepText(localStorage, lastChosenKey, mode);
  listeners.forEach((listener) => listener());
}

/**
 * Whether the signed-in merchant has a live world, as its session says. Without one the tab turns
 * to test data, and stays there once live opens until the user switches.
 */
export function setLiveAvailable(available: boolean) {
  if (available === liveAvailable) return;
  if (!available) keepTabMode('test');
  liveAvailable = available;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDataMode(): DataMode {
  return useSyncExternalStore(subscribe, read, read);
}
