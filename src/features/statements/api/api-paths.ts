/** Where each statements endpoint lives under the API's base URL (the contract's `endpoints` lists them). */
const statement = (week: string) => `/statements/${encodeURIComponent(week)}`;

export type StatementFormat = 'csv' | 'pdf';

export const statementApiPaths = {
  /** Takes `?year=`. */
  list: () => '/statements',
  detail: statement,
  file: (week: string, format: StatementFormat) => `${statement(week)}/${format}`,
};
