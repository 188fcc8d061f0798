/** Where each statements endpoint lives under the API's base URL (the contract's `endpoints` lists them). */
const statement = (week: string) => `/statements/${encodeURIComponent(week)}`;

/** CSV for spreadsheets, PDF for the records, camt.053 (ISO 20022 XML) for accounting software. */
export type StatementFormat = 'csv' | 'pdf' | 'camt053';

export const statementApiPaths = {
  /** Takes `?year=`. */
  list: () => '/statements',
  detail: statement,
  file: (week: string, format: StatementFormat) => `${statement(week)}/${format}`,
};
