/**
 * A description as the OpenAPI document writes it (CommonMark), cut into its plain text and its
 * code spans (`pageSize`): the page shows the latter as code, not with their backticks.
 * An unmatched backtick stays as it is.
 */
export function inlineCodeParts(text: string): { text: string; code: boolean }[] {
  const parts: { text: string; code: boolean }[] = [];
  let rest = text;
  for (let match = /`([^`]+)`/.exec(rest); match; match = /`([^`]+)`/.exec(rest)) {
    if (match.index > 0) parts.push({ text: rest.slice(0, match.index), code: false });
    parts.push({ text: match[1] as string, code: true });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') parts.push({ text: rest, code: false });
  return parts;
}
