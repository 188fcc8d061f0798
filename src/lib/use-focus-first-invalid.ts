import { useEffect, type RefObject } from 'react';

/**
 * After each refused submit, moves the focus to the first field marked invalid inside `container`,
 * in the order the fields are on screen. react-hook-form would focus the first field in the order
 * the fields registered, which is not the screen's order once fields appear later (a Controller,
 * a part of the form shown on demand). Pass the form's `submitCount`; turn `shouldFocusError` off.
 */
export function useFocusFirstInvalid(submitCount: number, container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (submitCount > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount, container]);
}
