import { http, HttpResponse } from 'msw';
import { billingDetailsBodySchema, type GoLiveChecklist, type SecurityCheck } from '@/contract/account';
import type { Database } from '../db/database';
import { currentStore } from '../db/store';
import { logActivity } from '../http/activity';
import { requireAllowed } from '../http/guards';
import { answer, ProblemError } from '../http/problem';
import { now, today } from '../rules/clock';
import { activatedThenCredited, mayRequest, securityCheckStatus } from '../rules/security-check';

const checklistItems: Record<keyof GoLiveChecklist, string> = {
  companyDetails: 'complete the billing details',
  payoutAccount: 'give a payout account',
  testOrder: 'activate a test order and credit it',
};

function checklistOf(db: Database, merchantId: string): GoLiveChecklist {
  return {
    companyDetails: billingDetailsBodySchema.safeParse(db.accounts.billingDetails(merchantId)).success,
    payoutAccount: db.accounts.payoutVersions(merchantId).length > 0,
    // Done by the merchant's own integration since the seed, not found in the seeded history.
    testOrder: [...db.changedOrders(merchantId, 'test')].some((order) => activatedThenCredited(order, db.seedConfig.anchor)),
  };
}

function securityCheckOf(db: Database, merchantId: string): SecurityCheck {
  return { ...securityCheckStatus(db.accounts.securityCheck(merchantId), today()), checklist: checklistOf(db, merchantId) };
}

export const securityCheck = [
  http.get('*/api/account/security-check', ({ request }) =>
    answer(async () => {
      const { merchant } = await requireAllowed(request, 'account:manage', 'Only an admin may see the security check.');
      return HttpResponse.json(await currentStore().read((db) => securityCheckOf(db, merchant.id)));
    }),
  ),

  http.post('*/api/account/security-check', ({ request }) =>
    answer(async () => {
      const { merchant, user } = await requireAllowed(request, 'account:manage', 'Only an admin may request the security check.');
      const check = await currentStore().write((context) => {
        const { db, record } = context;
        const kept = db.accounts.securityCheck(merchant.id);
        const checklist = checklistOf(db, merchant.id);
        if (!mayRequest(kept, checklist)) {
          const state = securityCheckStatus(kept, today()).state;
          if (state !== 'not-requested') throw new ProblemError(409, state === 'passed' ? 'The security check has passed already.' : 'The security check is in review already.');
          const missing = (Object.keys(checklistItems) as (keyof GoLiveChecklist)[]).filter((item) => !checklist[item]).map((item) => checklistItems[item]);
          throw new ProblemError(409, `Before the security check can be requested: ${missing.join('; ')}.`);
        }
        const requested = { requestedAt: now(), requestedBy: user.name, passedAt: null };
        record({ kind: 'security-check', merchantId: merchant.id, check: requested });
        logActivity(context, merchant.id, user, { kind: 'security-check-requested', mode: null }, requested.requestedAt);
        return { ...securityCheckStatus(requested, today()), checklist };
      });
      return HttpResponse.json(check);
    }),
  ),

  // The demo's shortcut: no waiting for the end of the review.
  http.post('*/api/demo/security-check/pass', ({ request }) =>
    answer(async () => {
      const { merchant, user } = await requireAllowed(request, 'demo:reset', 'Only an admin may pass the security check of the demo.');
      const check = await currentStore().write((context) => {
        const { db, record } = context;
        const kept = db.accounts.securityCheck(merchant.id);
        if (securityCheckStatus(kept, today()).state === 'passed') return securityCheckOf(db, merchant.id);
        const passed = { ...kept, passedAt: now() };
        record({ kind: 'security-check', merchantId: merchant.id, check: passed });
        logActivity(context, merchant.id, user, { kind: 'security-check-passed', mode: null }, passed.passedAt);
        return { ...securityCheckStatus(passed, today()), checklist: checklistOf(db, merchant.id) };
      });
      return HttpResponse.json(check);
    }),
  ),
];
