import { useCallback, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { useCurrentUserKey } from '@/lib/current-user';
import { readStored, writeStored } from '@/lib/stored-json';

const draftSchema = z.object({ basis: z.string(), values: z.record(z.string(), z.unknown()) });

const storageKey = (user: string | null, name: string) => `comptoir.form-draft.${user ?? ''}.${name}`;

// A full or refused storage loses the draft only, never the form.
const save = (key: string, draft: z.infer<typeof draftSchema> | null) => writeStored(sessionStorage, key, draft);

/**
 * Keeps what is typed into `form` in this tab while it differs from what the form was filled from,
 * so that a session ending meanwhile (a sign-out in another tab, an expiry) or a reload brings it
 * back once the same user is signed in again. `basis` names the stored state the form was filled
 * from: typing kept over another state is dropped, not laid over a change made since. `restored`
 * says the form shows typing from earlier, which `startOver` undoes; `forget` drops the typing when
 * the user chose to leave it.
 */
export function useFormDraft<Values extends FieldValues>(name: string, form: UseFormReturn<Values>, basis: string) {
  const key = storageKey(useCurrentUserKey(), name);
  const [kept] = useState(() => {
    const draft = readStored(sessionStorage, key, draftSchema);
    return draft?.basis === basis ? (draft.values as Values) : null;
  });
  const [restored, setRestored] = useState(kept !== null);

  // Laid over the stored values, which stay the form's defaults: the typing reads as unsaved.
  useEffect(() => {
    if (kept) form.reset(kept, { keepDefaultValues: true });
  }, [form, kept]);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true, isDirty: true },
        callback: ({ values, isDirty }) => {
          save(key, isDirty ? { basis, values } : null);
          // Saved or undone: what is typed from here on is no earlier typing.
          if (!isDirty) setRestored(false);
        },
      }),
    [form, key, basis],
  );

  const startOver = useCallback(() => {
    form.reset();
    setRestored(false);
  }, [form]);
  const forget = useCallback(() => save(key, null), [key]);
  return { restored, startOver, forget };
}
