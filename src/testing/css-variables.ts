/** The custom properties an element's style sets whose names start with `prefix` (say "--badge"), as the browser holds them. */
export function cssVariables(element: HTMLElement, prefix: string): Record<string, string> {
  return Object.fromEntries([...element.style].filter((name) => name.startsWith(prefix)).map((name) => [name, element.style.getPropertyValue(name)]));
}
