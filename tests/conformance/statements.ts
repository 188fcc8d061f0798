import type { Statement, StatementYear } from '@/contract/statements';
import { addCalendarDays } from '@/lib/calendar-days';
import { sundayOfIsoWeek } from '@/lib/iso-week';
import { csvRows, expectPdf } from './files';
import { newestOrderYear, orderDetail } from './order-data';
import { CheckFailed, ensure, expectProblemNaming, expectStatus, type Context } from './suite';

// Weekly statements: the year's list, one week in full, and its CSV and PDF.

/** The year of the newest order (the server's own "now" is unknown), or the one before when no week of it has ended. */
async function recentStatements(context: Context): Promise<StatementYear> {
  const year = await newestOrderYear(context);
  for (const candidate of [year, year - 1]) {
    const answer = await context.api.call(`/statements?year=${candidate}`, { token: context.admin.token });
    expectStatus(answer, 200);
    const statements = answer.json<StatementYear>();
    ensure(statements.year === candidate, `asked for ${candidate}, answered the statements of ${statements.year}`);
    // No year before the first one has statements to look at.
    if (statements.items.length > 0 || candidate <= statements.firstYear) return statements;
  }
  throw new CheckFailed(`no statements in ${year} or ${year - 1}`);
}

/** The ISO week after `week` (`2026-W53` → `2027-W01`): that of the Thursday after its Sunday. */
function weekAfter(week: string): string {
  const thursday = addCalendarDays(sundayOfIsoWeek(week)!, 4);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

export async function statementChecks(context: Context): Promise<void> {
  const { api, suite, admin } = context;

  const year = await suite.check("a year's statements are listed newest first", async () => {
    const statements = await recentStatements(context);
    const weeks = statements.items.map((item) => item.week);
    ensure(weeks.every((week, index) => index === 0 || week < weeks[index - 1]!), `the weeks are not newest first: ${weeks.slice(0, 5).join(', ')}…`);
    ensure(statements.items.every((item) => item.year === statements.year), `a statement of another year is listed in ${statements.year}`);
    return statements;
  });

  await suite.check('a year before 2000 is refused with 422', async () => {
    expectProblemNaming(await api.call('/statements?year=1999', { token: admin.token }), 422, ['year']);
  });

  await suite.check('a year before the first money movement is refused with 422', async () => {
    ensure(year, 'needs the list of statements above');
    expectProblemNaming(await api.call(`/statements?year=${year.firstYear - 1}`, { token: admin.token }), 422, ['year']);
  });

  // The newest statement: that of the last week that has ended (the running week has none yet).
  const newest = year?.items[0];
  const weekPath = `/statements/${encodeURIComponent(newest?.week ?? '')}`;

  const statement = await suite.check("one week's statement matches its summary and its movements add up to the net", async () => {
    ensure(newest, 'needs the list of statements above');
    const answer = await api.call(weekPath, { token: admin.token });
    expectStatus(answer, 200);
    const found = answer.json<Statement>();
    const differing = (Object.keys(newest) as (keyof typeof newest)[]).filter((field) => found[field] !== newest[field]);
    ensure(differing.length === 0, `week ${newest.week} differs from its summary in ${differing.join(', ')}`);
    ensure(found.movements.length === found.movementCount, `${found.movements.length} movements, movementCount says ${found.movementCount}`);
    const sum = found.movements.reduce((total, movement) => total + movement.amount, 0);
    ensure(sum === found.net, `the movements add up to ${sum}, the net is ${found.net}`);
    return found;
  });

  await suite.check("a week's CSV has a header row and a row per movement", async () => {
    ensure(statement, 'needs the statement above');
    const rows = csvRows(await api.call(`${weekPath}/csv`, { token: admin.token }));
    ensure(rows.length - 1 === statement.movementCount, `${rows.length - 1} rows for ${statement.movementCount} movements`);
  });

  await suite.check("a week's PDF is a PDF", async () => {
    ensure(newest, 'needs the list of statements above');
    expectPdf(await api.call(`${weekPath}/pdf`, { token: admin.token }));
  });

  await suite.check('the running week has no statement yet: not listed, it and its files answer 404 (week-running)', async () => {
    // The current year's list holds every week that has ended: the running week comes after the
    // newest of them, or is the year's first while none has ended.
    const answer = await api.call('/statements', { token: admin.token });
    expectStatus(answer, 200);
    const current = answer.json<StatementYear>();
    const running = current.items[0] ? weekAfter(current.items[0].week) : `${current.currentYear}-W01`;
    for (const path of ['', '/csv', '/pdf']) {
      const refused = await api.call(`/statements/${running}${path}`, { token: admin.token });
      expectStatus(refused, 404);
      const { type } = refused.json<{ type?: string }>();
      ensure(type?.endsWith('/week-running'), `GET /statements/${running}${path}: the problem type is ${type}, not …/week-running`);
    }
  });

  await suite.check("each chargeback on the year's statements is on its order, with the same day, amount and week", async () => {
    ensure(year, 'needs the list of statements above');
    // Only a week with adjustments can carry a chargeback.
    for (const item of year.items.filter((summary) => summary.adjustments !== 0)) {
      const answer = await api.call(`/statements/${encodeURIComponent(item.week)}`, { token: admin.token });
      expectStatus(answer, 200);
      for (const movement of answer.json<Statement>().movements.filter((found) => found.type === 'chargeback' && found.orderNumber !== null)) {
        const { chargebacks } = await orderDetail(context, movement.orderNumber!);
        const same = chargebacks.some(
          (chargeback) => chargeback.date === movement.date && chargeback.amount === movement.amount && chargeback.statementWeek === item.week && chargeback.statementIssued,
        );
        ensure(same, `the chargeback of ${movement.date} on order ${movement.orderNumber} (${item.week}) is not among the order's: ${JSON.stringify(chargebacks)}`);
      }
    }
  });

  await suite.check('a week that does not exist is 404', async () => {
    expectStatus(await api.call(`/statements/${year?.year ?? 2026}-W60`, { token: admin.token }), 404);
  });
}
