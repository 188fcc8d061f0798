/**
 * A button that shows it is busy (a download, a send) is disabled meanwhile, and a disabled button
 * drops the focus to `<body>`: the keyboard user is thrown back to the top of the page. This puts
 * the focus back on the last focused button once it is enabled again, unless the user has moved
 * on. Returns what stops it.
 */
export function keepFocusOnBusyButtons(root: Document = document): () => void {
  let lastFocused: Element | null = null;
  const onFocusIn = (event: FocusEvent) => {
    lastFocused = event.target instanceof Element ? event.target : null;
  };
  const observer = new MutationObserver((changes) => {
    const lost = root.activeElement === null || root.activeElement === root.body;
    for (const { target } of changes) {
      if (lost && target === lastFocused && target instanceof HTMLButtonElement && !target.disabled && target.isConnected) {
        target.focus();
        return;
      }
    }
  });
  root.addEventListener('focusin', onFocusIn);
  observer.observe(root.body, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return () => {
    root.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
