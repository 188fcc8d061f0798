import { serverFieldErrors } from './server-errors';

describe("the API's refusal of a ticket, in the user's words", () => {
  it('says of an order reference what the topic needs of its order', () => {
    const refused = { orderReference: ['Order 1000043 is created: only an activated order still to be paid can have a payment missing.'] };
    expect(serverFieldErrors(refused, 'missing-payment')).toEqual([{ field: 'orderReference', message: 'support:validation.server.orderReferenceMissingPayment' }]);
    expect(serverFieldErrors(refused, 'payment-term-extension')).toEqual([{ field: 'orderReference', message: 'support:validation.server.orderReferenceExtension' }]);
    expect(serverFieldErrors(refused, 'technical')).toEqual([{ field: 'orderReference', message: 'support:validation.server.orderReference' }]);
    // An order whose earlier request still waits: that is what is said, whatever else.
    expect(serverFieldErrors(refused, 'payment-term-extension', 'CPT-3333-000105')).toEqual([{ field: 'orderReference', message: 'support:validation.server.extensionOpen' }]);
  });
});
