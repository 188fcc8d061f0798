/**
 * What the search box shows once the URL's query has changed under it. The box sends what is
 * typed to the URL after a pause; when one of those sends arrives, the user may have typed on
 * since, so the box keeps its text. Any other change (back / forward, "clear filters", a link)
 * is followed.
 */
export function followUrlQuery(urlQuery: string, typed: string, sent: readonly string[]): { box: string; sent: string[] } {
  const own = sent.indexOf(urlQuery);
  if (own >= 0) return { box: typed, sent: sent.slice(own + 1) };
  return { box: urlQuery === typed.trim() ? typed : urlQuery, sent: [] };
}
