import { http, HttpResponse } from 'msw';
import type { DemoStorage, Outbox } from '@/contract/demo';
import { currentStore } from '../db/store';
import { isApiRequest } from '../http/api-path';
import { requireAllowed, requireSession } from '../http/guards';
import { answer, problem } from '../http/problem';

export const demo = [
  // An admin restores the seed of their own merchant, both worlds; nobody is signed out.
  http.post('*/api/demo/reset', ({ request }) =>
    answer(async () => {
      const { merchant } = await requireAllowed(request, 'demo:reset', 'Only an admin may reset the demo data.');
      await currentStore().write(({ record }) => record({ kind: 'merchant-reset', merchantId: merchant.id }));
      return new HttpResponse(null, { status: 204 });
    }),
  ),
  // Anyone signed in may see that some stored changes could not be read; only an admin discards them.
  http.get('*/api/demo/storage', ({ request }) =>
    answer(async () => {
      await requireSession(request);
      const { kept, notKeptBecause, setAside } = currentStore().health();
      return HttpResponse.json({ kept, notKeptBecause, setAside: [...setAside] } satisfies DemoStorage);
    }),
  ),
  // No e-mail leaves the demo: what it would have sent is kept here, readable signed out, since
  // whoever asks for a password reset is. It holds the messages of every merchant of the demo.
  http.get('*/api/demo/outbox', () =>
    answer(async () => {
      const items = await currentStore().read((db) => db.accounts.outbox());
      return HttpResponse.json({ items } satisfies Outbox);
    }),
  ),
  http.delete('*/api/demo/storage/set-aside', ({ request }) =>
    answer(async () => {
      await requireAllowed(request, 'demo:reset', 'Only an admin may discard the stored changes that could not be read.');
      await currentStore().discardSetAside();
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];

/** Answers any other API path, so a mistyped call gets a problem rather than the app's HTML. */
export const unknownEndpoint = http.all('*/api/*', ({ request }) =>
  isApiRequest(request) ? problem(404, 'There is no such endpoint.') : undefined,
);
