import { useSyncExternalStore } from 'react';

/** Test and live data are two separate worlds; every data call names the one in use. */
export type DataMode = 'test' | 'live';

const storageKey = 'comptoir.data-mode';
const listeners = new Set<() => void>();

function read(): DataMode {
  return localStorage.getItem(storageKey) === 'test' ? 'test' : 'live';
}

export function getDataMode(): DataMode {
  return read();
}

export function setDataMode(mode: DataMode) {
  localStorage.setItem(storageKey, mode);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDataMode(): DataMode {
  return useSyncExternalStore(subscribe, read, read);
}
