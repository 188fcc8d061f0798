import { http, HttpResponse } from 'msw';
import type { DemoStorage, Outbox } from '@/contract/demo';
import { currentStore } from '../db/store';
import { logActivity } from '../http/activity';
import { requireAllowed, requireData, requireSession } from '../http/guards';
import { answer } from '../http/problem';
import { now } from '../rules/clock';
import { replyNow, ticketDetail } from '../rules/ticket-thread';
import { requireConversation, withinRules } from './support-thread';

export const demo = [
  // An admin restores the seed of their own merchant, both worlds; nobody is signed out.
  http.post('*/api/demo/reset', ({ request }) =>
    answer(async () => {
      const { merchant, user } = await requireAllowed(request, 'demo:reset', 'Only an admin may reset the demo data.');
      // The log starts again with the reset, which says who made it.
      await currentStore().write((context) => {
        context.record({ kind: 'merchant-reset', merchantId: merchant.id });
        logActivity(context, merchant.id, user, { kind: 'demo-data-reset', mode: null });
      });
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
      const items = await currentStore().read((db) => db.users.outbox());
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
  // The provider's next reply, now rather than on the next day: for a demonstration, or a test that cannot wait.
  http.post('*/api/demo/support/tickets/:ticketNumber/answer', ({ request, params }) =>
    answer(async () => {
      const { merchant, mode } = await requireData(request, 'support:write');
      const at = now();
      const detail = await currentStore().write(({ db, record }) => {
        const conversation = requireConversation(db, merchant, mode, String(params.ticketNumber));
        const reply = withinRules(() => replyNow(conversation, at));
        record({ kind: 'ticket-message', mode, merchantId: merchant.id, ticketNumber: conversation.ticket.ticketNumber, message: reply });
        return ticketDetail({ ...conversation, replies: [...conversation.replies, reply] }, at);
      });
      return HttpResponse.json(detail);
    }),
  ),
];
