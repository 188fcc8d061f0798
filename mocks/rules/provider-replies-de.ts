import type { ReplyTexts } from './provider-reply-texts';

/** The order with the article its place in the sentence asks for: "der Bestellung 1000042". */
const order = (article: string, orderNumber: string | null) => `${article} Bestellung${orderNumber ? ` ${orderNumber}` : ''}`;

export const germanReplies: ReplyTexts = {
  locales: { EUR: 'de-DE', CHF: 'de-CH' },
  signature: (agent) => `${agent}, Kundenservice Comptoir Pay`,
  scripts: {
    activation: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `Eine Bestellung kann aktiviert werden, sobald die Ware versandt ist, solange sie nicht verfallen ist: Die Schaltfläche „Aktivieren“ finden Sie auf der Seite ${order('der', orderNumber)}. Wird die Aktivierung erneut abgelehnt, teilen Sie uns bitte mit, was auf der Seite angezeigt wird; wir gehen der Sache dann nach.`,
      },
    ],
    credit: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `Bitte erfassen Sie die Rücksendung selbst als Teilstornierung ${order('der', orderNumber)} mit den zurückgesandten Artikeln: Die Gutschrift wird sofort ausgestellt, und der Kunde zahlt nur noch den Restbetrag. Ist die gesamte Ware zurückgekommen, handelt es sich um eine Stornierung der Bestellung.`,
      },
    ],
    'payment-term-extension': ({ orderNumber, wishedDueDate }) => [
      {
        status: 'answered',
        body: `Unser Forderungsmanagement ist damit einverstanden, die Fälligkeit ${order('der', orderNumber)} auf ${wishedDueDate ? `den ${wishedDueDate}` : 'den gewünschten Tag'} zu verschieben. Die Rechnung behält ihr eigenes Fälligkeitsdatum, doch vor dem vereinbarten Tag geht keine Mahnung hinaus, und der Kunde erhält unsere Bestätigung per E-Mail.`,
      },
    ],
    'missing-payment': ({ orderNumber, paymentDate, paidAmount, shopperBankReference }) => [
      {
        status: 'waiting-for-you',
        body: `Eine Zahlung über ${paidAmount ?? 'den genannten Betrag'} vom ${paymentDate ?? 'genannten Tag'}${shopperBankReference ? ` mit dem Verwendungszweck „${shopperBankReference}“` : ''} für ${order('die', orderNumber)} haben wir bisher nicht gefunden. Könnten Sie den Kunden um die Überweisungsbestätigung seiner Bank bitten und uns mitteilen, auf welche IBAN die Zahlung ging?`,
      },
      {
        status: 'answered',
        body: `Vielen Dank. Wir haben die Überweisung gefunden: Sie ist ohne die Zahlungsreferenz bei uns eingegangen und konnte deshalb nicht automatisch ${order('der', orderNumber)} zugeordnet werden. Unser Zahlungsabgleich ordnet sie von Hand zu; innerhalb von zwei Werktagen ist die Zahlung bei der Bestellung zu sehen.`,
      },
    ],
    statement: () => [
      {
        status: 'answered',
        body: 'In der CSV-Datei der Abrechnung nennt die Beschreibung jeder Gebühr und jeder Korrektur die betreffende Bestellung. Eine Korrektur ohne Bestellung ist die Differenz einer früheren Woche, die erneut verrechnet wird, sobald deren letzte Erstattung gebucht ist.',
      },
    ],
    technical: () => [
      {
        status: 'answered',
        body: 'Vielen Dank für Ihre Meldung. Wir konnten den Fehler nachvollziehen, und unsere Entwickler arbeiten an einer Korrektur; wir melden uns hier wieder, sobald sie verfügbar ist.',
      },
    ],
    other: () => [
      {
        status: 'answered',
        body: 'Vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen mit dem zuständigen Team geprüft; sagen Sie uns gern Bescheid, falls noch etwas unklar ist.',
      },
    ],
  },
  closing: (ticketNumber) =>
    `Vielen Dank für Ihre Rückmeldung. Da alles geklärt ist, schließen wir dieses Ticket. Sie können uns jederzeit wieder schreiben; nennen Sie dabei bitte das Ticket ${ticketNumber}.`,
  holding: 'Vielen Dank für Ihre Frage. Wir haben sie an unsere Buchhaltung weitergeleitet, die Ihnen hier antwortet, sobald sie die Sache geprüft hat.',
};
