import type { Currency } from '@/contract/common';
import { topics, type TicketLanguage } from '@/contract/support';
import { holdingReply, providerReply, replyScript } from './provider-replies';
import { missingPaymentTicket } from '../testing/ticket-fixtures';
import type { TicketRecord } from './ticket';

// A sum with thousands, to see each language group its digits.
const missingPayment: TicketRecord = { ...missingPaymentTicket, paidAmount: 123_450 };
const extension: TicketRecord = { ...missingPayment, topic: 'payment-term-extension', wishedDueDate: '2026-12-24', paymentDate: null, paidAmount: null, shopperBankReference: null };

/** The provider's reply to the merchant's `round`th message, its no-break spaces read as spaces. */
function reply(ticket: TicketRecord, language: TicketLanguage, { round = 0, currency = 'EUR' }: { round?: number; currency?: Currency } = {}) {
  const { authorName, body } = providerReply({ ...ticket, language }, round, currency);
  return { authorName, body: body.replace(/[\u00a0\u202f]/g, ' ') };
}

describe('the provider’s replies', () => {
  it.each([
    {
      language: 'en',
      signature: 'Comptoir Pay support',
      payment: 'We have not found a payment of EUR 1,234.50 made on 20 November 2026 with the reference "20261120-483920" for order 1000042 yet.',
      dueDate: 'Our collections team agrees to a due date of 24 December 2026 for order 1000042.',
      closing: 'Write to us again at any time, quoting ticket CPT-3333-000105.',
    },
    {
      language: 'fr',
      signature: 'service client Comptoir Pay',
      payment: "Nous n'avons pas encore trouvé de paiement de 1 234,50 EUR effectué le 20 novembre 2026 avec la référence « 20261120-483920 » pour la commande 1000042.",
      dueDate: "Notre service de recouvrement accepte de reporter l'échéance de la commande 1000042 au 24 décembre 2026.",
      closing: 'Vous pouvez nous réécrire à tout moment en mentionnant le ticket CPT-3333-000105.',
    },
    {
      language: 'nl',
      signature: 'klantenservice Comptoir Pay',
      payment: 'Voor bestelling 1000042 hebben we nog geen betaling gevonden van EUR 1.234,50 op 20 november 2026 met de mededeling "20261120-483920".',
      dueDate: 'Ons incassoteam gaat ermee akkoord de vervaldatum van bestelling 1000042 te verschuiven naar 24 december 2026.',
      closing: 'U kunt ons altijd opnieuw schrijven met vermelding van ticket CPT-3333-000105.',
    },
    {
      language: 'de',
      signature: 'Kundenservice Comptoir Pay',
      payment: 'Eine Zahlung über 1.234,50 EUR vom 20. November 2026 mit dem Verwendungszweck „20261120-483920“ für die Bestellung 1000042 haben wir bisher nicht gefunden.',
      dueDate: 'Unser Forderungsmanagement ist damit einverstanden, die Fälligkeit der Bestellung 1000042 auf den 24. Dezember 2026 zu verschieben.',
      closing: 'Sie können uns jederzeit wieder schreiben; nennen Sie dabei bitte das Ticket CPT-3333-000105.',
    },
  ] as const)('are written in the ticket’s language, $language, with its dates and money', ({ language, signature, payment, dueDate, closing }) => {
    const first = reply(missingPayment, language);
    expect(first.authorName).toMatch(new RegExp(`^(Claire Peeters|Jonas Verbeke|Amélie Laurent), ${signature}$`));
    expect(first.body).toContain(payment);
    expect(reply(extension, language).body).toContain(dueDate);
    expect(reply(missingPayment, language, { round: 2 }).body).toContain(closing);
  });

  it.each(['fr', 'nl', 'de'] as const)('leave no reply in English, on every topic and its every step (%s)', (language) => {
    for (const topic of topics) {
      const english = replyScript({ ...missingPayment, topic }, 'EUR');
      const translated = replyScript({ ...missingPayment, topic, language }, 'EUR');
      expect(translated.map((step) => step.status), topic).toEqual(english.map((step) => step.status));
      translated.forEach((step, index) => expect(step.body, `${topic} ${index}`).not.toBe(english[index]!.body));
    }
    expect(holdingReply({ ...missingPayment, language }).body).not.toBe(holdingReply(missingPayment).body);
  });

  it('write a Swiss merchant’s francs as Switzerland does, in each language', () => {
    const swiss = (language: TicketLanguage) => reply(missingPayment, language, { currency: 'CHF' }).body;
    expect(swiss('de')).toMatch(/Eine Zahlung über CHF 1['’]234\.50 vom 20\. November 2026 /);
    expect(swiss('fr')).toMatch(/de paiement de 1['’]234\.50 CHF effectué le 20 novembre 2026 /);
    expect(swiss('en')).toMatch(/a payment of CHF 1['’]234\.50 made on 20 November 2026 /);
  });

  it('write to a Swiss merchant in German as Switzerland does, the reference given kept as given', () => {
    const ticket: TicketRecord = { ...missingPayment, language: 'de', shopperBankReference: 'Straße „7“' };
    const [first] = replyScript({ ...ticket, topic: 'activation' }, 'CHF');
    expect(first!.body).toContain('Die Schaltfläche «Aktivieren»');
    expect(reply(ticket, 'de', { currency: 'CHF' }).body).toContain('mit dem Verwendungszweck «Straße „7“»');
    expect(replyScript(ticket, 'CHF').at(-1)!.body).toContain('schliessen wir dieses Ticket');
    // Elsewhere, German as Germany writes it.
    expect(replyScript(ticket, 'EUR').at(-1)!.body).toContain('schließen wir dieses Ticket');
  });

  it('name the order, the day and the amount in general words when the request gives none', () => {
    const vague: TicketRecord = { ...missingPayment, orderReference: null, paymentDate: null, paidAmount: null, shopperBankReference: null };
    expect(reply(vague, 'en').body).toContain('a payment of the amount you named made on the day you named for the order yet.');
    expect(reply(vague, 'fr').body).toContain('de paiement du montant indiqué effectué à la date indiquée pour la commande.');
    expect(reply(vague, 'nl').body).toContain('Voor de bestelling hebben we nog geen betaling gevonden van het opgegeven bedrag op de opgegeven dag.');
    expect(reply(vague, 'de').body).toContain('Eine Zahlung über den genannten Betrag vom genannten Tag für die Bestellung haben wir');
  });
});
