import { useCallback, useEffect, useRef } from 'react';
import type { TeamMember } from '@/contract/team';
import { focusPageFallback } from '@/components/use-return-focus';

/** What marks a member's row of the table, or their card, with the member's id. */
const memberIdAttribute = 'data-member-id';

/** The row (or card) of the member `id` inside `list`. */
function memberElement(list: HTMLElement | null, id: string): HTMLElement | undefined {
  return [...(list?.querySelectorAll<HTMLElement>(`[${memberIdAttribute}]`) ?? [])].find((element) => element.getAttribute(memberIdAttribute) === id);
}

/**
 * Whether the focus is where the change left it: on `<body>` (the button pressed is gone), in the
 * member's own row, or in the dialog that asked, which is closing. Anywhere else, the user moved it.
 */
function focusLeftByChange(row: HTMLElement | undefined): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  return Boolean(row?.contains(active) || active.closest('[role="dialog"]'));
}

/**
 * Deactivating or reactivating a member replaces the buttons of their row: the one pressed goes,
 * and the focus with it. Once the list shows the member as the change left them (`member`), this
 * puts the focus on the first control their row (or card, on a phone) now offers, as a keyboard
 * user expects to stay where they were working; the page's title only if the row is gone.
 * Returns the ref of the element holding the list, and what to call with the changed member.
 */
export function useFocusMemberAfterChange(members: readonly TeamMember[] | undefined) {
  const list = useRef<HTMLDivElement>(null);
  const changed = useRef<TeamMember | null>(null);

  useEffect(() => {
    const member = changed.current;
    // The list may still be the one drawn before the answer: wait for the one that shows it.
    if (!member || members?.find((item) => item.id === member.id)?.state !== member.state) return;
    changed.current = null;
    const row = memberElement(list.current, member.id);
    if (!focusLeftByChange(row)) return;
    const control = row?.querySelector<HTMLElement>('button:not(:disabled), a[href]');
    if (control) control.focus();
    else focusPageFallback();
  }, [members]);

  const focusAfter = useCallback((member: TeamMember) => {
    changed.current = member;
  }, []);
  return { list, focusAfter };
}
