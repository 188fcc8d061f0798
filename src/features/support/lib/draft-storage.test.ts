// @vitest-environment jsdom
import { draftStorage } from './draft-storage';

const values = {
  firstName: 'Nathalie',
  lastName: 'Dubois',
  merchantId: '3333',
  email: 'admin@atelier-lumiere.example',
  topic: 'technical' as const,
  orderReference: '',
  customerId: '',
  message: 'The export is empty',
  wishedDueDate: '',
};

describe('support drafts', () => {
  it('keeps a draft per user, and forgets it when cleared', () => {
    draftStorage.save('Admin@Atelier-Lumiere.example', { values, idempotencyKey: 'k1' });
    expect(draftStorage.load('admin@atelier-lumiere.example')).toEqual({ values, idempotencyKey: 'k1' });
    expect(draftStorage.load('finance@atelier-lumiere.example')).toBeNull();
    draftStorage.clear('admin@atelier-lumiere.example');
    expect(draftStorage.load('admin@atelier-lumiere.example')).toBeNull();
  });

  it('ignores a stored draft it cannot read', () => {
    localStorage.setItem('comptoir.support-draft.x@example.com', '{broken');
    expect(draftStorage.load('x@example.com')).toBeNull();
  });
});
