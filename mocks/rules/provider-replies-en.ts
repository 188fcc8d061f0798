import type { ReplyTexts } from './provider-reply-texts';

const order = (orderNumber: string | null) => (orderNumber ? `order ${orderNumber}` : 'the order');

export const englishReplies: ReplyTexts = {
  locales: { EUR: 'en-GB', CHF: 'en-CH' },
  signature: (agent) => `${agent}, Comptoir Pay support`,
  scripts: {
    activation: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `An order can be activated once its goods are shipped, as long as it has not expired: the Activate button is on the page of ${order(orderNumber)}. If it is refused again, tell us what the page says and we look into it.`,
      },
    ],
    credit: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `Please enter it yourself as a partial cancellation of ${order(orderNumber)}, with the items that came back: the credit note is issued at once and the customer pays only what is left. Goods that all came back are a cancellation of the order.`,
      },
    ],
    'payment-term-extension': ({ orderNumber, wishedDueDate }) => [
      {
        status: 'answered',
        body: `Our collections team agrees to a due date of ${wishedDueDate ?? 'the day you named'} for ${order(orderNumber)}. The invoice keeps its own due date, but no reminder goes out before the agreed day, and the customer gets our confirmation by e-mail.`,
      },
    ],
    'missing-payment': ({ orderNumber, paymentDate, paidAmount, shopperBankReference }) => [
      {
        status: 'waiting-for-you',
        body: `We have not found a payment of ${paidAmount ?? 'the amount you named'} made on ${paymentDate ?? 'the day you named'}${shopperBankReference ? ` with the reference "${shopperBankReference}"` : ''} for ${order(orderNumber)} yet. Could you ask the customer for their bank's confirmation of the transfer and tell us the IBAN it was sent to?`,
      },
      {
        status: 'answered',
        body: `Thank you. We found the transfer: it reached us without the payment reference, so it could not be matched to ${order(orderNumber)} by itself. Our reconciliation team matches it by hand; the order shows the payment within two working days.`,
      },
    ],
    statement: () => [
      {
        status: 'answered',
        body: "The statement's CSV names the order of every fee and correction in its description. A correction without an order is the difference of an earlier week, counted again once its last refund was booked.",
      },
    ],
    technical: () => [
      {
        status: 'answered',
        body: 'Thank you for reporting it. We could reproduce it and our developers are working on a fix; we write here again once it is released.',
      },
    ],
    other: () => [{ status: 'answered', body: 'Thank you for your message. We have looked into it with the team concerned; tell us if anything is still unclear.' }],
  },
  closing: (ticketNumber) =>
    `Thank you for letting us know. As everything is settled, we close this ticket. Write to us again at any time, quoting ticket ${ticketNumber}.`,
  holding: 'Thank you for your question. We have passed it to our accounting team, who answer here once they have looked into it.',
};
