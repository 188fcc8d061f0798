// What the provider's support writes back, derived from the request alone so that every tab, every
// reload and every test reads the same reply. Each topic has a short script: the reply to the
// merchant's first message, to their second, and so on; the last step closes the request.
import type { Currency } from '@/contract/common';
import { dateTimeFormat } from '@/contract/intl-formats';
import type { TicketStatus } from '@/contract/support';
import { referencedOrderNumber, type TicketRecord } from './ticket';

export interface ProviderReply {
  authorName: string;
  body: string;
  /** The state the reply leaves the request in: open after a holding reply, the provider still having the next word. */
  status: TicketStatus;
}

type Step = { status: Exclude<TicketStatus, 'open'>; body: string };

const agents = ['Claire Peeters', 'Jonas Verbeke', 'Amélie Laurent'];

/** One agent keeps a request from its first reply to its last. */
function agentOf(ticket: TicketRecord): string {
  const sequence = Number(ticket.ticketNumber.slice(ticket.ticketNumber.lastIndexOf('-') + 1)) || 0;
  return `${agents[sequence % agents.length]}, Comptoir Pay support`;
}

// Made on the first reply, not as the backend's worker starts: the first long date format of a
// worker loads the calendar's data, about 50 ms that would otherwise delay its first answers.
const longDate = () => dateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (date: string | null) => (date ? longDate().format(new Date(`${date}T00:00:00Z`)) : 'the day you named');
const money = (amount: number | null, currency: Currency) => (amount === null ? 'the amount you named' : `${currency} ${(amount / 100).toFixed(2)}`);

function closing(ticket: TicketRecord): Step {
  return {
    status: 'closed',
    body: `Thank you for letting us know. As everything is settled, we close this ticket. Write to us again at any time, quoting ticket ${ticket.ticketNumber}.`,
  };
}

function script(ticket: TicketRecord, currency: Currency): Step[] {
  const orderNumber = ticket.orderReference && referencedOrderNumber(ticket.orderReference, ticket.merchantId);
  const order = orderNumber ? `order ${orderNumber}` : 'the order';
  const reference = ticket.shopperBankReference ? ` with the reference "${ticket.shopperBankReference}"` : '';
  switch (ticket.topic) {
    case 'activation':
      return [
        {
          status: 'answered',
          body: `An order can be activated once its goods are shipped, as long as it has not expired: the Activate button is on the page of ${order}. If it is refused again, tell us what the page says and we look into it.`,
        },
      ];
    case 'credit':
      return [
        {
          status: 'answered',
          body: `Please enter it yourself as a partial cancellation of ${order}, with the items that came back: the credit note is issued at once and the customer pays only what is left. Goods that all came back are a cancellation of the order.`,
        },
      ];
    case 'payment-term-extension':
      return [
        {
          status: 'answered',
          body: `Our collections team agrees to a due date of ${day(ticket.wishedDueDate)} for ${order}. The invoice keeps its own due date, but no reminder goes out before the agreed day, and the customer gets our confirmation by e-mail.`,
        },
      ];
    case 'missing-payment':
      return [
        {
          status: 'waiting-for-you',
          body: `We have not found a payment of ${money(ticket.paidAmount, currency)} made on ${day(ticket.paymentDate)}${reference} for ${order} yet. Could you ask the customer for their bank's confirmation of the transfer and tell us the IBAN it was sent to?`,
        },
        {
          status: 'answered',
          body: `Thank you. We found the transfer: it reached us without the payment reference, so it could not be matched to ${order} by itself. Our reconciliation team matches it by hand; the order shows the payment within two working days.`,
        },
      ];
    case 'statement':
      return [
        {
          status: 'answered',
          body: "The statement's CSV names the order of every fee and correction in its description. A correction without an order is the difference of an earlier week, counted again once its last refund was booked.",
        },
      ];
    case 'technical':
      return [
        {
          status: 'answered',
          body: 'Thank you for reporting it. We could reproduce it and our developers are working on a fix; we write here again once it is released.',
        },
      ];
    case 'other':
      return [{ status: 'answered', body: 'Thank you for your message. We have looked into it with the team concerned; tell us if anything is still unclear.' }];
  }
}

/**
 * The provider's reply to the merchant's `round`th message of a request (0: the message it was filed
 * with). Past the end of its topic's script, the provider closes the request.
 */
export function providerReply(ticket: TicketRecord, round: number, currency: Currency): ProviderReply {
  const steps = [...script(ticket, currency), closing(ticket)];
  const step = steps[Math.min(round, steps.length - 1)]!;
  return { authorName: agentOf(ticket), ...step };
}

/** A reply that says the question is in hand; the request stays open. */
export function holdingReply(ticket: TicketRecord, team: string): ProviderReply {
  return {
    authorName: agentOf(ticket),
    body: `Thank you for your question. We have passed it to our ${team}, who answer here once they have looked into it.`,
    status: 'open',
  };
}
