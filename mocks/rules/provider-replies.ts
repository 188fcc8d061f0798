import { referencedOrderNumber } from '@/contract/support';
// What the provider's support writes back, derived from the request alone so that every tab, every
// reload and every test reads the same reply. Each topic has a short script: the reply to the
// merchant's first message, to their second, and so on; the last step closes the request. The
// support answers in the language the request was written in, each in a module of its own.
import type { Currency } from '@/contract/common';
import { dateTimeFormat, numberFormat } from '@/contract/intl-formats';
import { inSwissGerman } from '@/contract/swiss-german';
import type { TicketLanguage, TicketStatus } from '@/contract/support';
import { germanReplies } from './provider-replies-de';
import { englishReplies } from './provider-replies-en';
import { frenchReplies } from './provider-replies-fr';
import { dutchReplies } from './provider-replies-nl';
import type { ReplyFacts, ReplyTexts, Step } from './provider-reply-texts';
import type { TicketRecord } from './ticket';

export interface ProviderReply {
  authorName: string;
  body: string;
  /** The state the reply leaves the request in: open after a holding reply, the provider still having the next word. */
  status: TicketStatus;
}

const replyTexts: Record<TicketLanguage, ReplyTexts> = { en: englishReplies, fr: frenchReplies, nl: dutchReplies, de: germanReplies };

const agents = ['Claire Peeters', 'Jonas Verbeke', 'Amélie Laurent'];

/** One agent keeps a request from its first reply to its last. */
function agentOf(ticket: TicketRecord): string {
  const sequence = Number(ticket.ticketNumber.slice(ticket.ticketNumber.lastIndexOf('-') + 1)) || 0;
  return replyTexts[ticket.language].signature(agents[sequence % agents.length]!);
}

/** What the replies name, days and money written as the request's language writes them in the merchant's currency. */
function factsOf(ticket: TicketRecord, currency: Currency): ReplyFacts {
  const locale = replyTexts[ticket.language].locales[currency];
  // Made on the first reply, not as the backend's worker starts: the first long date format of a
  // worker loads the calendar's data, about 50 ms that would otherwise delay its first answers.
  const longDate = dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (date: string | null) => (date === null ? null : longDate.format(new Date(`${date}T00:00:00Z`)));
  const money = numberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' });
  return {
    orderNumber: ticket.orderReference === null ? null : referencedOrderNumber(ticket.orderReference, ticket.merchantId),
    wishedDueDate: day(ticket.wishedDueDate),
    paymentDate: day(ticket.paymentDate),
    paidAmount: ticket.paidAmount === null ? null : money.format(ticket.paidAmount / 100),
    shopperBankReference: ticket.shopperBankReference,
  };
}

/** Every reply the provider has for a request, in its language: its topic's script, then the one that closes it. */
export function replyScript(ticket: TicketRecord, currency: Currency): Step[] {
  const texts = replyTexts[ticket.language];
  const facts = factsOf(ticket, currency);
  const steps: Step[] = [...texts.scripts[ticket.topic](facts), { status: 'closed', body: texts.closing(ticket.ticketNumber) }];
  // A Swiss merchant (in francs) is written to as Switzerland writes German; what the request gave stays as given.
  if (ticket.language !== 'de' || currency !== 'CHF') return steps;
  const given = Object.values(facts).filter((value) => typeof value === 'string');
  return steps.map((step) => ({ ...step, body: inSwissGerman(step.body, given) }));
}

/**
 * The provider's reply to the merchant's `round`th message of a request (0: the message it was filed
 * with). Past the end of its topic's script, the provider closes the request.
 */
export function providerReply(ticket: TicketRecord, round: number, currency: Currency): ProviderReply {
  const steps = replyScript(ticket, currency);
  const step = steps[Math.min(round, steps.length - 1)]!;
  return { authorName: agentOf(ticket), ...step };
}

/** A reply that says the accounting team has the question in hand; the request stays open. */
export function holdingReply(ticket: TicketRecord): ProviderReply {
  return { authorName: agentOf(ticket), body: replyTexts[ticket.language].holding, status: 'open' };
}
