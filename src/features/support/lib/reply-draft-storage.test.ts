// @vitest-environment jsdom
import { replyDraftStorage } from './reply-draft-storage';

const owner = { userEmail: 'Support@Atelier-Lumiere.example', mode: 'live', ticketNumber: 'CPT-3333-000102' } as const;

describe('reply drafts', () => {
  it('keeps a draft per user, world and ticket, and forgets it when cleared', () => {
    replyDraftStorage.save(owner, { body: 'The customer confirms.', idempotencyKey: 'k1' });
    expect(replyDraftStorage.load({ ...owner, userEmail: 'support@atelier-lumiere.example' })).toEqual({ body: 'The customer confirms.', idempotencyKey: 'k1' });
    expect(replyDraftStorage.load({ ...owner, mode: 'test' })).toBeNull();
    expect(replyDraftStorage.load({ ...owner, ticketNumber: 'CPT-3333-000103' })).toBeNull();
    expect(replyDraftStorage.load({ ...owner, userEmail: 'admin@atelier-lumiere.example' })).toBeNull();
    replyDraftStorage.clear(owner);
    expect(replyDraftStorage.load(owner)).toBeNull();
  });

  it('ignores a stored draft it cannot read', () => {
    localStorage.setItem('comptoir.support-reply.x@example.com.live.CPT-1', '{"body": 42}');
    expect(replyDraftStorage.load({ userEmail: 'x@example.com', mode: 'live', ticketNumber: 'CPT-1' })).toBeNull();
  });
});
