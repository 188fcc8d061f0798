import { http, HttpResponse } from 'msw';
import { currentStore, resetEntry } from '../db/store';
import { isApiRequest } from '../http/api-path';
import { requireSession } from '../http/guards';
import { answer, problem } from '../http/problem';
import { today } from '../rules/clock';

export const demo = [
  // Any signed-in user of the demo may restore the seed; who is signed in stays signed in.
  http.post('*/api/demo/reset', ({ request }) =>
    answer(async () => {
      await requireSession(request);
      await currentStore().write(({ db, record }) => record(resetEntry(db, db.seedConfig, today())));
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];

/** Answers any other API path, so a mistyped call gets a problem rather than the app's HTML. */
export const unknownEndpoint = http.all('*/api/*', ({ request }) =>
  isApiRequest(request) ? problem(404, 'There is no such endpoint.') : undefined,
);
