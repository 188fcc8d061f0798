import type { DemoStorage } from '@/contract/demo';

/** The set-aside changes as a JSON file, exactly as they were found, to keep or to send to support. */
export function setAsideFile(setAside: DemoStorage['setAside']): { blob: Blob; filename: string } {
  return {
    blob: new Blob([`${JSON.stringify(setAside, null, 2)}\n`], { type: 'application/json' }),
    filename: 'comptoir-set-aside-changes.json',
  };
}
