import { z } from 'zod';
import { limits } from '@/contract/common';
import { orderFilterQuerySchema, orderListQuerySchema } from '@/contract/order-list';
import { statementPdfQuerySchema, statementYearQuerySchema } from '@/contract/statements';
import { ticketListQuerySchema } from '@/contract/support';
import { orderFilterQuery, orderListQuery, parseOrderFilter, parseOrderQuery } from '../resources/order-params';
import { parseYearQuery, statementPdfQuery } from '../resources/statements';
import { ticketListQuery } from '../resources/support';
import { checkBody, type ContractBody } from './contract-body';
import { ProblemError } from './problem';
import { queryObject, readQuery, type EmptyParameters } from './validate';

// The backend and the contract must never disagree on a query string: for every sample, the
// backend refuses it with a 422 exactly when the contract's schema refuses the parameters the
// backend reads from it, and with a 400 exactly when it names a parameter the schema does not list.
// Only the statement year's upper bound, the current year, is the backend's own.

/** Each value of a parameter as a query string of its own. */
const each = (name: string, values: string[]) => values.map((value) => `${name}=${encodeURIComponent(value)}`);

const digitsTraps = ['2.0', '1e1', '+2', '-1', ' 2', '0x10', '1_0', '', 'x', '1234567890'];
const lists = { status: 'created', shipping: 'waiting', completeness: 'complete', method: 'direct-debit', country: 'BE' };

const filterSamples = [
  '',
  'q=Dubois&status=created,paid&country=BE&from=2026-01-01&to=2026-12-31&expiresWithinDays=30&sort=total&order=asc',
  'colour=red',
  ...each('q', ['BP1000042/3333', 'x'.repeat(limits.searchLength), 'x'.repeat(limits.searchLength + 1)]),
  ...Object.entries(lists).flatMap(([name, known]) =>
    each(name, [known, `${known},lost`, 'lost', 'lost,found', ` ${known} `, ',', `${known},`, known.toUpperCase()]),
  ),
  ...each('from', ['2026-02-28', '2028-02-29', '2026-02-29', '2026-13-01', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z', ' 2026-01-01']),
  ...each('to', ['2026-12-31', '2026-12-32', 'tomorrow']),
  ...each('expiresWithinDays', ['0', '62', '63', '007', ...digitsTraps]),
  ...each('sort', ['daysToExpiry', 'colour', 'Total']),
  ...each('order', ['asc', 'desc', 'up', 'ASC']),
  // The date range: in order, one day, reversed, reversed beside an invalid date, open at either end.
  'from=2026-03-01&to=2026-03-02',
  'from=2026-03-01&to=2026-03-01',
  'from=2026-03-02&to=2026-03-01',
  'from=2026-03-02&to=2026-02-30',
  'from=2026-13-01&to=2026-03-01',
  'to=2026-03-01',
  // Repeated parameters make one list, and empty ones count as absent.
  'status=created&status=paid',
  'status=created&status=lost',
  'country=BE&country=&country=NL',
  'sort=total&sort=country',
  'expiresWithinDays=1&expiresWithinDays=2',
  'from=&to=&status=&expiresWithinDays=&sort=',
  'from=&to=2026-03-01',
];

const listSamples = [
  ...filterSamples,
  'page=2&pageSize=50&status=paid',
  ...each('page', ['1', String(limits.pageMax), String(limits.pageMax + 1), '0', '0001', ...digitsTraps]),
  ...each('pageSize', ['1', String(limits.pageSizeMax), String(limits.pageSizeMax + 1), '0', '2.5', ...digitsTraps]),
  'page=1&page=2',
  'page=&pageSize=',
];

type Verdict = boolean | 'unknown parameter';

/** Whether the backend takes the parameters, or refuses them: a 422 for values, a 400 for a parameter it does not read. */
function accepts(parse: () => unknown): Verdict {
  try {
    parse();
    return true;
  } catch (error) {
    if (error instanceof ProblemError && error.response.status === 422) return false;
    if (error instanceof ProblemError && error.response.status === 400) return 'unknown parameter';
    throw error;
  }
}

/** The contract's verdict: a parameter its schema does not list is unknown; else whether the schema takes the values. */
const contractVerdict = (schema: z.ZodType, params: URLSearchParams, takes: (params: URLSearchParams) => boolean): Verdict => {
  const listed = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  return [...params.keys()].some((name) => !listed.includes(name)) ? 'unknown parameter' : takes(params);
};

const verdicts = (samples: string[], contract: (params: URLSearchParams) => Verdict, backend: (params: URLSearchParams) => unknown) =>
  samples.map((query) => {
    const params = new URLSearchParams(query);
    return { query, contract: contract(params), backend: accepts(() => backend(params)) };
  });

const endpoints: { name: string; query: ContractBody<unknown>; schema: z.ZodType; samples: string[]; parse: (params: URLSearchParams) => unknown; empty?: EmptyParameters }[] = [
  { name: 'GET /orders', query: orderListQuery, schema: orderListQuerySchema, samples: listSamples, parse: parseOrderQuery },
  { name: 'GET /exports/orders', query: orderFilterQuery, schema: orderFilterQuerySchema, samples: filterSamples, parse: parseOrderFilter },
  {
    name: 'GET /support/tickets',
    query: ticketListQuery,
    schema: ticketListQuerySchema,
    samples: ['', 'status=open', 'orderNumber=', 'ordernumber=1000042', ...each('orderNumber', ['1000042', '123456789012', '1234567890123', 'BP1000042/3333', ...digitsTraps])],
    parse: (params: URLSearchParams) => readQuery(params, ticketListQuery),
  },
  {
    // A file's language is no cleared form field: an empty one is refused, not read as English.
    name: 'GET /statements/{week}/pdf',
    query: statementPdfQuery,
    schema: statementPdfQuerySchema,
    empty: 'refused',
    samples: ['', 'colour=red', ...each('lang', ['en', 'fr', 'nl', 'de', '', ' ', 'FR', 'es', ' fr']), 'lang=fr&lang=de', 'lang=&lang=fr'],
    parse: (params: URLSearchParams) => readQuery(params, statementPdfQuery, { empty: 'refused' }),
  },
];

describe.each(endpoints)('the query of $name', ({ query, schema, samples, parse, empty }) => {
  it('is read with the contract’s own schema', () => {
    expect(query.schema).toBe(schema);
  });

  it('is accepted by the backend exactly when the contract accepts it', () => {
    const results = verdicts(samples, (params) => contractVerdict(schema, params, () => schema.safeParse(queryObject(params, empty)).success), parse);
    expect(results.filter((result) => result.contract !== result.backend)).toEqual([]);
    expect(new Set(results.map((result) => result.contract))).toEqual(new Set([true, false, 'unknown parameter']));
  });

  it('is refused in the backend’s own words, never zod’s', () => {
    const messages = samples.flatMap((sample) => {
      const result = checkBody(query, queryObject(new URLSearchParams(sample), empty));
      return result.success ? [] : Object.values(result.errors).flat();
    });
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => /^(Invalid|Too (small|big)|Unrecognized)|`/.test(message))).toEqual([]);
  });
});

describe('the messages of the order queries', () => {
  const errorsOf = (sample: string) => {
    const result = checkBody(orderListQuery, queryObject(new URLSearchParams(sample)));
    return result.success ? {} : result.errors;
  };

  it('name the unknown values of a list, and the known ones', () => {
    expect(errorsOf('status=created,open&status=lost&method=cash')).toEqual({
      status: ['Unknown value open, lost. Use created, activated, paid, cancelled, credited.'],
      method: ['Unknown value cash. Use invoice, direct-debit, instalments.'],
    });
  });

  it('refuse numbers not written in digits alone, and dates in the wrong order', () => {
    expect(errorsOf('page=2.0&pageSize=1e1&expiresWithinDays=+2')).toEqual({
      page: [`Use a whole number from 1 to ${limits.pageMax}.`],
      pageSize: [`Use a whole number from 1 to ${limits.pageSizeMax}.`],
      expiresWithinDays: [`Use a whole number from 0 to ${limits.expiresWithinDaysMax}.`],
    });
    expect(errorsOf('from=2026-03-02&to=2026-03-01')).toEqual({ to: ['The end date must not be before the start date.'] });
    expect(errorsOf('from=2026-02-29&to=2026-02-30')).toEqual({ from: ['Use a date written as YYYY-MM-DD.'], to: ['Use a date written as YYYY-MM-DD.'] });
  });
});

describe('the query of GET /statements', () => {
  const firstYear = 2025;
  const currentYear = 2026;
  const samples = [
    '',
    'year=',
    'month=11',
    ...each('year', ['2026', '2000', '1999', '2025', '2027', '9999', '2026.0', '2.026e3', '02026', '+2026', ' 2026', '20 26', '0x7EA', 'abc']),
    'year=2025&year=2026',
    'year=&year=2025',
  ];

  it('is accepted by the backend exactly when the contract accepts it and the year is one with statements', () => {
    // A query the contract refuses has no year; one without a year asks for the current one.
    const yearOf = (params: URLSearchParams) => {
      const parsed = statementYearQuerySchema.safeParse(queryObject(params));
      return parsed.success ? (parsed.data.year ?? currentYear) : Infinity;
    };
    const withStatements = (year: number) => year >= firstYear && year <= currentYear;
    const results = verdicts(
      samples,
      (params) => contractVerdict(statementYearQuerySchema, params, () => withStatements(yearOf(params))),
      (params) => parseYearQuery(params, firstYear, currentYear),
    );
    expect(results.filter((result) => result.contract !== result.backend)).toEqual([]);
    expect(new Set(results.map((result) => result.contract))).toEqual(new Set([true, false, 'unknown parameter']));
  });

  it('asks for the current year when it names none', () => {
    for (const sample of ['', 'year=']) expect(parseYearQuery(new URLSearchParams(sample), firstYear, currentYear), sample).toBe(currentYear);
  });

  it('is refused with one message naming the years there are, whichever rule it breaks', async () => {
    for (const sample of ['year=1999', 'year=2024', 'year=2027', 'year=2026.0', 'year=02026']) {
      let refusal: unknown;
      try {
        parseYearQuery(new URLSearchParams(sample), firstYear, currentYear);
      } catch (error) {
        refusal = error;
      }
      expect(refusal, sample).toBeInstanceOf(ProblemError);
      const answer = (refusal as ProblemError).response;
      expect(answer.status).toBe(422);
      expect(await answer.json()).toMatchObject({ errors: { year: ['Give a year from 2025 to 2026.'] } });
    }
  });
});
