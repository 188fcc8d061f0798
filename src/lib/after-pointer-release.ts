// Whether a pointer is pressed anywhere on the page, followed in the capture phase: a press that
// moves the focus is known before the blur it causes.
let pressed = false;
let waiting: (() => void)[] = [];

function release() {
  pressed = false;
  const actions = waiting;
  waiting = [];
  // After the click that ends the press, which goes to what the pointer was pressed on.
  if (actions.length > 0) setTimeout(() => actions.forEach((action) => action()), 0);
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/**
 * Runs `action` now, or once the pointer pressed meanwhile is released. A field left by pressing
 * another control checks itself this way: a message it showed at once, under itself, would move
 * that control from under the pointer, and the click would land beside it.
 */
export function afterPointerRelease(action: () => void): void {
  if (pressed) waiting.push(action);
  else action();
}
