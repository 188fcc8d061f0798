import { http, HttpResponse } from 'msw';
import { limits, type Mode } from '@/contract/common';
import { documentLanguages } from '@/contract/orders';
import { statementPdfQuerySchema, statementYearQuerySchema, type Movement, type Statement, type StatementDetail, type StatementYear } from '@/contract/statements';
import { currentStore } from '../db/store';
import { contractBody } from '../http/contract-body';
import { requireData, type DataCaller } from '../http/guards';
import { answer, ProblemError } from '../http/problem';
import { readQuery } from '../http/validate';
import { statementPdf } from '../pdf/statement-pdf';
import { statementCamt053 } from '../rules/camt053';
import { now, today } from '../rules/clock';
import { money, toCsv } from '../rules/csv';
import { csvHeader, statementCsvHeaders } from '../rules/csv-headers';
import { endedWeeks, hasEnded, isoWeekExists, isoWeekOf, isRunning, parseIsoWeek, sundayOf, weekAfter, weeksInYear, type IsoWeek } from '../rules/iso-week';
import { accountOn } from '../rules/payout-schedule';
import { asOf, settlementDate, summaryOf } from '../rules/statement';
import { describeMovement, valueTexts } from '../rules/value-texts';
import { readCsvFlavour, type CsvFlavour } from './csv-flavour';
import { statementLedger } from './statements-source';

export const statementPdfQuery = contractBody(statementPdfQuerySchema, { lang: `Use one of ${documentLanguages.join(', ')}.` });

const csvColumns = ['week', 'date', 'type', 'orderNumber', 'paymentReference', 'description', 'amount', 'currency', 'payoutDate'] as const;

/**
 * The year asked for (the current one when none is): the contract's rules, then the years the
 * merchant has statements for, from its first money movement to the current year, which only the
 * data and the clock know.
 */
export function parseYearQuery(params: URLSearchParams, firstYear: number, currentYear: number): number {
  const message = `Give a year from ${firstYear} to ${currentYear}.`;
  const { year = currentYear } = readQuery(params, contractBody(statementYearQuerySchema, { year: message }));
  if (year < firstYear || year > currentYear) throw new ProblemError(422, 'Some values are not valid.', { errors: { year: [message] } });
  return year;
}

/** Narrower kinds of "not found", so that the app can say why the week has no statement yet. */
const weekNotBegun = { slug: 'week-not-begun', title: 'Week not begun' };
const weekRunning = { slug: 'week-running', title: 'Week still running' };

/**
 * The week a path names, once it has ended: 400 when it is no week name, 404 when there is no such
 * week, it has not begun or it is still running (a statement is issued only after its Sunday).
 */
function statementWeek(name: string, day: string): IsoWeek {
  const week = parseIsoWeek(name);
  if (!week) throw new ProblemError(400, `Name the week as YYYY-Www, e.g. 2026-W47; "${name}" is not a week.`);
  if (week.year < limits.firstStatementYear || !isoWeekExists(week)) {
    throw new ProblemError(404, `There is no week ${name}: ${week.year} has weeks 1 to ${weeksInYear(week.year)}.`);
  }
  if (isRunning(week, day)) {
    throw new ProblemError(404, `This week is still running: its statement is issued once it has ended, after Sunday ${sundayOf(week)}.`, { kind: weekRunning });
  }
  if (!hasEnded(week, day)) throw new ProblemError(404, 'This week has not begun yet: its statement is issued once the week has ended.', { kind: weekNotBegun });
  return week;
}

/** The statement of a week that has ended, and its files: the same, whatever form they take. */
async function findStatement(request: Request, weekName: unknown): Promise<{ caller: DataCaller; statement: Statement }> {
  const caller = await requireData(request, 'statements:read');
  const day = today();
  const week = statementWeek(String(weekName), day);
  const statement = await currentStore().read((db) => {
    const ledger = statementLedger(db, caller.merchant, caller.mode, day);
    const firstYear = ledger.firstYear() ?? week.year;
    if (week.year < firstYear) throw new ProblemError(404, `There is no statement before ${firstYear}: the first money movement was that year.`);
    return ledger.statement(week, day);
  });
  return { caller, statement: asOf(statement, day) };
}

/** The payout goes to (or a debit is taken from) the account in effect on its date: a change counts from the first payout no statement has announced. */
async function payoutAccountOf({ merchant }: DataCaller, statement: Statement): Promise<StatementDetail['payoutAccount']> {
  const account = await currentStore().read((db) => accountOn(db.accounts.payoutVersions(merchant.id), statement.payoutDate));
  return account && { accountHolder: account.accountHolder, iban: account.iban };
}

/** `nameSuffix` tells apart versions of one file: a spreadsheet's CSV from the standard one. */
function attachment({ merchant, mode }: DataCaller, statement: Statement, extension: string, nameSuffix = ''): string {
  return `attachment; filename="statement-${merchant.id}-${mode}-${statement.week}${nameSuffix}.${extension}"`;
}

/**
 * Movements only, one row each: read back, the rows are the statement and sum to its net. Where no
 * money moves (test data, a zero net), the rows name no payout date.
 */
function statementCsv(statement: Statement, mode: Mode, { dialect, language, spelling }: CsvFlavour): string {
  // A spreadsheet reads in its reader's words, spelt as the reader's region does; software gets the
  // type's code and the API's description.
  const type = (movement: Movement) => (language ? spelling(valueTexts[language].movementTypes[movement.type]) : movement.type);
  const description = (movement: Movement) => (language ? describeMovement(language, movement, statement.weekNumber, spelling) : movement.description);
  return toCsv(
    csvColumns.map((key) => spelling(csvHeader(statementCsvHeaders, key, language))),
    statement.movements.map((movement) => [
      statement.week,
      movement.date,
      type(movement),
      movement.orderNumber,
      movement.paymentReference,
      description(movement),
      money(movement.amount),
      statement.currency,
      settlementDate(statement, mode),
    ]),
    dialect,
  );
}

export const statements = [
  http.get('*/api/statements', ({ request }) =>
    answer(async () => {
      const caller = await requireData(request, 'statements:read');
      const day = today();
      const currentYear = isoWeekOf(day).year;
      const answer = await currentStore().read((db) => {
        const ledger = statementLedger(db, caller.merchant, caller.mode, day);
        const firstYear = ledger.firstYear() ?? currentYear;
        const year = parseYearQuery(new URL(request.url).searchParams, firstYear, currentYear);
        const items = endedWeeks(year, day).map((week) => asOf(summaryOf(ledger.statement(week, day)), day));
        return { year, currentYear, firstYear, currency: caller.merchant.currency, items } satisfies StatementYear;
      });
      return HttpResponse.json(answer);
    }),
  ),

  http.get('*/api/statements/:week', ({ request, params }) =>
    answer(async () => {
      const { caller, statement } = await findStatement(request, params.week);
      const payoutAccount = await payoutAccountOf(caller, statement);
      return HttpResponse.json({ ...statement, payoutAccount } satisfies StatementDetail);
    }),
  ),

  http.get('*/api/statements/:week/csv', ({ request, params }) =>
    answer(async () => {
      const { caller, statement } = await findStatement(request, params.week);
      const flavour = readCsvFlavour(new URL(request.url).searchParams);
      return new HttpResponse(statementCsv(statement, caller.mode, flavour), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(caller, statement, 'csv', flavour.nameSuffix) },
      });
    }),
  ),

  http.get('*/api/statements/:week/camt053', ({ request, params }) =>
    answer(async () => {
      const { caller, statement } = await findStatement(request, params.week);
      const week = { year: statement.year, week: statement.weekNumber };
      // The file opens where the week before closed: it needs that week, and in test data every earlier one.
      const day = today();
      const { previous, carriedInTest } = await currentStore().read((db) => {
        const ledger = statementLedger(db, caller.merchant, caller.mode, day);
        return { previous: ledger.statement(weekAfter(week, -1), day), carriedInTest: caller.mode === 'test' ? ledger.netBefore(week, day) : 0 };
      });
      const xml = statementCamt053({ statement, previous, carriedInTest, merchant: caller.merchant, mode: caller.mode, createdAt: now() });
      return new HttpResponse(xml, {
        headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Disposition': attachment(caller, statement, 'camt053.xml') },
      });
    }),
  ),

  http.get('*/api/statements/:week/pdf', ({ request, params }) =>
    answer(async () => {
      const { caller, statement } = await findStatement(request, params.week);
      const { lang } = readQuery(new URL(request.url).searchParams, statementPdfQuery, { empty: 'refused' });
      const account = await payoutAccountOf(caller, statement);
      return new HttpResponse(await statementPdf(statement, caller.merchant, caller.mode, lang, account), {
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': attachment(caller, statement, 'pdf') },
      });
    }),
  ),
];
