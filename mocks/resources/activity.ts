import { http, HttpResponse } from 'msw';
import { activityFilterQuerySchema, activityKinds, activityQuerySchema, activityWorlds } from '@/contract/activity';
import { limits, merchantTimeZone, rowCountHeader } from '@/contract/common';
import { currentStore } from '../db/store';
import { contractBody, unknownValues, type BodyMessages } from '../http/contract-body';
import { requireAllowed } from '../http/guards';
import { answer } from '../http/problem';
import { readQuery } from '../http/validate';
import { activityCsvRow, filterActivity } from '../rules/activity';
import { activityCsvHeaderRow, activityCsvStyle } from '../rules/activity-csv';
import { today } from '../rules/clock';
import { csvStream } from '../rules/csv';
import { csvFlavourParameters, readCsvFlavour } from './csv-flavour';

const date = 'Use a date written as YYYY-MM-DD.';
const filterMessages: BodyMessages = {
  person: { invalid_format: 'Give the e-mail address of a person of the team.', too_big: 'Give the e-mail address of a person of the team.' },
  kind: { custom: unknownValues(activityKinds) },
  mode: { custom: unknownValues(activityWorlds) },
  from: date,
  to: { invalid_format: date, custom: 'The end date must not be before the start date.' },
};

export const activityQuery = contractBody(activityQuerySchema, {
  ...filterMessages,
  page: `Use a whole number from 1 to ${limits.pageMax}.`,
  pageSize: `Use a whole number from 1 to ${limits.pageSizeMax}.`,
});
export const activityFilterQuery = contractBody(activityFilterQuerySchema, filterMessages);

const onlyAdmins = 'Only an admin may read the activity log.';

export const activity = [
  http.get('*/api/account/activity', ({ request }) =>
    answer(async () => {
      const { merchant } = await requireAllowed(request, 'activity:read', onlyAdmins);
      const { page, pageSize, ...filter } = readQuery(new URL(request.url).searchParams, activityQuery);
      const items = await currentStore().read((db) => filterActivity(db.activity.of(merchant.id), filter, merchantTimeZone(merchant.country)));
      return HttpResponse.json({ items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length });
    }),
  ),

  http.get('*/api/account/activity/csv', ({ request }) =>
    answer(async () => {
      const { merchant } = await requireAllowed(request, 'activity:read', onlyAdmins);
      const params = new URL(request.url).searchParams;
      const filter = readQuery(params, activityFilterQuery, { alsoRead: csvFlavourParameters });
      const { dialect, language, spelling, nameSuffix } = readCsvFlavour(params, Object.keys(activityFilterQuerySchema.shape));
      const timeZone = merchantTimeZone(merchant.country);
      const items = await currentStore().read((db) => filterActivity(db.activity.of(merchant.id), filter, timeZone));
      const style = activityCsvStyle(language, timeZone, spelling);
      return new HttpResponse(csvStream(activityCsvHeaderRow(language, timeZone, spelling), items, (item) => activityCsvRow(item, style), { dialect }), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="activity-${today()}${nameSuffix}.csv"`,
          [rowCountHeader]: String(items.length),
        },
      });
    }),
  ),
];
