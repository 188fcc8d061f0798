import type { ReplyTexts } from './provider-reply-texts';

const order = (orderNumber: string | null) => (orderNumber ? `bestelling ${orderNumber}` : 'de bestelling');

export const dutchReplies: ReplyTexts = {
  locales: { EUR: 'nl-BE', CHF: 'nl-CH' },
  signature: (agent) => `${agent}, klantenservice Comptoir Pay`,
  scripts: {
    activation: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `Een bestelling kan worden geactiveerd zodra de goederen verzonden zijn, zolang ze niet verlopen is: de knop Activeren staat op de pagina van ${order(orderNumber)}. Wordt de activering opnieuw geweigerd, laat ons dan weten wat er op de pagina staat; dan zoeken we het voor u uit.`,
      },
    ],
    credit: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `Wilt u dit zelf invoeren als gedeeltelijke annulering van ${order(orderNumber)}, met de artikelen die teruggestuurd zijn? De creditnota wordt meteen uitgegeven en de klant betaalt alleen nog wat overblijft. Komen alle goederen terug, dan gaat het om een annulering van de bestelling.`,
      },
    ],
    'payment-term-extension': ({ orderNumber, wishedDueDate }) => [
      {
        status: 'answered',
        body: `Ons incassoteam gaat ermee akkoord de vervaldatum van ${order(orderNumber)} te verschuiven naar ${wishedDueDate ?? 'de gevraagde dag'}. De factuur behoudt haar eigen vervaldatum, maar vóór de afgesproken dag gaat er geen herinnering uit, en de klant krijgt onze bevestiging per e-mail.`,
      },
    ],
    'missing-payment': ({ orderNumber, paymentDate, paidAmount, shopperBankReference }) => [
      {
        status: 'waiting-for-you',
        body: `Voor ${order(orderNumber)} hebben we nog geen betaling gevonden van ${paidAmount ?? 'het opgegeven bedrag'} op ${paymentDate ?? 'de opgegeven dag'}${shopperBankReference ? ` met de mededeling "${shopperBankReference}"` : ''}. Kunt u de klant om het betalingsbewijs van zijn bank vragen en ons laten weten naar welk IBAN het bedrag is overgeschreven?`,
      },
      {
        status: 'answered',
        body: `Dank u. We hebben de overschrijving gevonden: ze kwam binnen zonder de betalingsreferentie en kon daardoor niet automatisch aan ${order(orderNumber)} worden gekoppeld. Onze afdeling betalingsverwerking koppelt ze handmatig; binnen twee werkdagen ziet u de betaling bij de bestelling.`,
      },
    ],
    statement: () => [
      {
        status: 'answered',
        body: 'In de CSV van het afschrift vermeldt de omschrijving van elke kostenpost en elke correctie de bestelling waarop ze betrekking heeft. Een correctie zonder bestelling is het verschil van een eerdere week, dat opnieuw meetelt zodra de laatste terugbetaling ervan geboekt is.',
      },
    ],
    technical: () => [
      {
        status: 'answered',
        body: 'Bedankt voor uw melding. We konden het probleem reproduceren en onze ontwikkelaars werken aan een oplossing; we laten het u hier weten zodra die beschikbaar is.',
      },
    ],
    other: () => [
      {
        status: 'answered',
        body: 'Bedankt voor uw bericht. We hebben het samen met het betrokken team bekeken; laat het ons gerust weten als er nog iets onduidelijk is.',
      },
    ],
  },
  closing: (ticketNumber) =>
    `Bedankt voor uw bericht. Aangezien alles in orde is, sluiten we dit ticket af. U kunt ons altijd opnieuw schrijven met vermelding van ticket ${ticketNumber}.`,
  holding: 'Bedankt voor uw vraag. We hebben ze doorgegeven aan onze boekhouding, die u hier antwoordt zodra ze de zaak heeft bekeken.',
};
