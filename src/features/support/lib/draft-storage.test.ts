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
  paymentDate: '',
  paidAmount: '',
  shopperBankReference: '',
};

describe('support drafts', () => {
  it('keeps a draft per user, and forgets it when cleared', () => {
    draftStorage.save('Admin@Atelier-Lumiere.example', { values, idempotencyKey: 'k1' });
    expect(draftStorage.load('admin@atelier-lumiere.example')).toEqual({ values, idempotencyKey: 'k1' });
    expect(draftStorage.load('finance@atelier-lumiere.example')).toBeNull();
    draftStorage.clear('admin@atelier-lumiere.example');
    expect(draftStorage.load('admin@atelier-lumiere.example')).toBeNull();
  });

  it('reads a draft kept before the missing-payment fields, with those fields blank', () => {
    const { paymentDate: _date, paidAmount: _amount, shopperBankReference: _reference, ...older } = values;
    localStorage.setItem('comptoir.support-draft.y@example.com', JSON.stringify({ values: older, idempotencyKey: 'k2' }));
    expect(draftStorage.load('y@example.com')).toEqual({ values, idempotencyKey: 'k2' });
  });

  it('ignores a stored draft it cannot read', () => {
    localStorage.setItem('comptoir.support-draft.x@example.com', '{broken');
    expect(draftStorage.load('x@example.com')).toBeNull();
  });
});
