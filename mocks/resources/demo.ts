import { http, HttpResponse } from 'msw';
import { currentStore } from '../db/store';
import { isApiRequest } from '../http/api-path';
import { requireSession } from '../http/guards';
import { answer, problem, ProblemError } from '../http/problem';
import { can } from '../rules/roles';

export const demo = [
  // An admin restores the seed of their own merchant, both worlds; nobody is signed out.
  http.post('*/api/demo/reset', ({ request }) =>
    answer(async () => {
      const { user, merchant } = await requireSession(request);
      if (!can(user.role, 'demo:reset')) throw new ProblemError(403, 'Only an admin may reset the demo data.');
      await currentStore().write(({ record }) => record({ kind: 'merchant-reset', merchantId: merchant.id }));
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];

/** Answers any other API path, so a mistyped call gets a problem rather than the app's HTML. */
export const unknownEndpoint = http.all('*/api/*', ({ request }) =>
  isApiRequest(request) ? problem(404, 'There is no such endpoint.') : undefined,
);
