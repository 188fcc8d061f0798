import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * After each refused submit, moves the focus to the first field marked invalid inside `container`,
 * in the order the fields are on screen. react-hook-form would focus the first field in the order
 * the fields registered, which is not the screen's order once fields appear later (a Controller,
 * a part of the form shown on demand). Pass the form's `submitCount`; turn `shouldFocusError` off.
 * Call the function it returns once the API's refusal has marked its fields: the focus moves to
 * the first of them as soon as they show.
 */
export function useFocusFirstInvalid(submitCount: number, container: RefObject<HTMLElement | null>): () => void {
  const [serverRefusals, setServerRefusals] = useState(0);
  useEffect(() => {
    if (submitCount + serverRefusals > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount, serverRefusals, container]);
  return useCallback(() => setServerRefusals((count) => count + 1), []);
}
