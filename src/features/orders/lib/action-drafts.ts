import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormProps } from 'react-hook-form';
import { z } from 'zod';
import { useCurrentUserKey } from '@/lib/current-user';
import { useDataMode } from '@/lib/data-mode';
import { readStored, writeStored } from '@/lib/stored-json';

/**
 * What was typed into an order's action dialog, kept in this tab until the action is done: a
 * session that ends meanwhile, a sign-out in another tab or a reload then brings the dialog back as
 * it was once the user is signed in again. One per order and user; `version` is the state of the
 * order the values were typed for, `open` whether the dialog was showing.
 */
const draftSchema = z.object({
  action: z.string(),
  version: z.number(),
  open: z.boolean(),
  values: z.record(z.string(), z.unknown()),
});
type ActionDraft = z.infer<typeof draftSchema>;
type DraftScope = { user: string | null; mode: string; orderNumber: string };
type Order = { orderNumber: string; version: number };

const storageKey = ({ user, mode, orderNumber }: DraftScope) => `comptoir.order-action-draft.${user ?? ''}.${mode}.${orderNumber}`;

const actionDrafts = {
  load(scope: DraftScope): ActionDraft | null {
    return readStored(sessionStorage, storageKey(scope), draftSchema);
  },
  // A full or refused storage loses the draft only, never the dialog.
  save(scope: DraftScope, draft: ActionDraft) {
    writeStored(sessionStorage, storageKey(scope), draft);
  },
  clear(scope: DraftScope) {
    writeStored(sessionStorage, storageKey(scope), null);
  },
};

function useDraftScope(orderNumber: string): DraftScope {
  const user = useCurrentUserKey();
  const mode = useDataMode();
  return useMemo(() => ({ user, mode, orderNumber }), [user, mode, orderNumber]);
}

/** The action whose dialog was showing, with values typed for the order as it is now, when the page was left. */
export function useDraftedAction(order: Order): string | undefined {
  const draft = actionDrafts.load(useDraftScope(order.orderNumber));
  return draft?.open && draft.version === order.version ? draft.action : undefined;
}

/** Whether `values` hold anything other than the form's blank values. */
function holdsTyping(values: Record<string, unknown>, blank: Record<string, unknown>): boolean {
  return Object.entries(values).some(([name, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(blank[name]));
}

/**
 * react-hook-form's form for `action` on `order`, starting from the values of its draft when one
 * was kept for this state of the order, and keeping them as they are typed. `restored` says the
 * form opened with values typed earlier, which `startOver` empties; `forget` drops the draft once
 * the action is done.
 */
export function useDraftedForm<Values extends FieldValues>(order: Order, action: string, opened: boolean, options: UseFormProps<Values> & { defaultValues: DefaultValues<Values> }) {
  const scope = useDraftScope(order.orderNumber);
  const [start] = useState(() => {
    const draft = actionDrafts.load(scope);
    const kept = draft?.action === action && draft.version === order.version ? draft.values : {};
    return { blank: options.defaultValues, values: { ...options.defaultValues, ...kept } as DefaultValues<Values>, kept };
  });
  const form = useForm<Values>({ ...options, defaultValues: start.values });
  // Values typed before this opening of the dialog: kept from an earlier page, or from when it was
  // last dismissed on this one.
  const [restored, setRestored] = useState(() => holdsTyping(start.kept, start.blank));
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setRestored(holdsTyping(form.getValues(), start.blank));
  }
  const startOver = useCallback(() => {
    form.reset(start.blank);
    setRestored(false);
  }, [form, start.blank]);
  // Once the action is done, the dialog closing keeps nothing.
  const done = useRef(false);
  useEffect(() => {
    const keep = (open: boolean) => done.current || actionDrafts.save(scope, { action, version: order.version, open, values: form.getValues() });
    keep(opened);
    return form.subscribe({ formState: { values: true }, callback: () => keep(opened) });
  }, [form, scope, action, order.version, opened]);
  const forget = useCallback(() => {
    done.current = true;
    actionDrafts.clear(scope);
  }, [scope]);
  return { form, forget, restored, startOver };
}
