import type { TextLanguage } from '../rules/value-texts';

// The words of the weekly statement PDF, for the records of a finance team working in any of the
// provider's languages. The figures' labels are the app's own.

interface StatementTexts {
  title: string;
  merchant: (name: string, id: string) => string;
  mode: (live: boolean) => string;
  week: (week: string, monday: string, sunday: string) => string;
  /** The provider's days are UTC days, while its reader lives an hour or two ahead. */
  utcDays: string;
  payoutDate: (date: string) => string;
  /** A negative week's: the day the amount due is debited from the merchant. */
  debitDate: (date: string) => string;
  /** The account the payout goes to, or (a negative week) the amount due is debited from. */
  payoutAccount: (holder: string, iban: string) => string;
  debitAccount: (holder: string, iban: string) => string;
  noPayoutAccount: string;
  noDebitAccount: string;
  noPayoutInTest: string;
  /** A week whose net is zero: nothing is paid out or debited, so neither a date nor an account is named. */
  nothingToPayOut: string;
  gross: string;
  fees: string;
  adjustments: string;
  net: string;
  /** A negative week's net: owed by the merchant, not paid out. */
  netDue: string;
  netInTest: string;
  movements: string;
  date: string;
  type: string;
  orderNumber: string;
  paymentReference: string;
  amount: string;
  noMovement: string;
  /** The last row of the table, named as the statement's page names it: the sum of its amounts, which the reader ticks against the net. */
  total: (count: number) => string;
  footer: (week: string, merchant: string, id: string) => string;
  page: (page: number, pages: number) => string;
}

export const statementTexts: Record<TextLanguage, StatementTexts> = {
  en: {
    title: 'Weekly statement',
    merchant: (name, id) => `${name}, merchant ${id}`,
    mode: (live) => `Mode: ${live ? 'Live' : 'Test'}`,
    week: (week, monday, sunday) => `Week ${week}: Monday ${monday} to Sunday ${sunday}`,
    utcDays: "Days and weeks are counted in UTC, not in local time: an order activated at 00:45 on a Monday, Central European time, falls on the Sunday before, in the previous week's statement.",
    payoutDate: (date) => `Payout date: ${date}`,
    debitDate: (date) => `Debit date: ${date}`,
    payoutAccount: (holder, iban) => `Paid to: ${holder}, ${iban}`,
    debitAccount: (holder, iban) => `Debited from: ${holder}, ${iban}`,
    noPayoutAccount: 'No payout account given yet: the payout is held until there is one.',
    noDebitAccount: 'No bank account given yet: the amount due is collected once there is one.',
    noPayoutInTest: 'No payout: in test data no money is paid out.',
    nothingToPayOut: "Nothing to pay out: the week's net is zero.",
    gross: 'Gross',
    fees: 'Fees',
    adjustments: 'Adjustments',
    net: 'Net payout',
    netDue: 'Net amount due',
    netInTest: 'Net, not paid out',
    movements: 'Movements',
    date: 'Date',
    type: 'Type',
    orderNumber: 'Order number',
    paymentReference: 'Payment reference',
    amount: 'Amount',
    noMovement: 'No money moved this week.',
    total: (count) => (count === 1 ? 'Sum of 1 movement' : `Sum of the ${count} movements`),
    footer: (week, merchant, id) => `Statement ${week}, ${merchant} (${id})`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  fr: {
    title: 'Relevé hebdomadaire',
    merchant: (name, id) => `${name}, marchand ${id}`,
    mode: (live) => `Mode : ${live ? 'Live' : 'Test'}`,
    week: (week, monday, sunday) => `Semaine ${week} : du lundi ${monday} au dimanche ${sunday}`,
    utcDays: "Les jours et les semaines sont comptés en UTC, et non à l'heure locale : une commande activée un lundi à 0 h 45, heure d'Europe centrale, tombe le dimanche précédent, dans le relevé de la semaine précédente.",
    payoutDate: (date) => `Date de versement : ${date}`,
    debitDate: (date) => `Date de prélèvement : ${date}`,
    payoutAccount: (holder, iban) => `Compte de versement : ${holder}, ${iban}`,
    debitAccount: (holder, iban) => `Compte débité : ${holder}, ${iban}`,
    noPayoutAccount: "Pas encore de compte de versement : le versement est retenu jusqu'à ce qu'il y en ait un.",
    noDebitAccount: "Pas encore de compte bancaire : le montant dû sera prélevé dès qu'il y en aura un.",
    noPayoutInTest: "Aucun versement : en données de test, aucun argent n'est versé.",
    nothingToPayOut: 'Rien à verser : le net de la semaine est nul.',
    gross: 'Brut',
    fees: 'Frais',
    adjustments: 'Ajustements',
    net: 'Versement net',
    netDue: 'Montant net dû',
    netInTest: 'Net, non versé',
    movements: 'Mouvements',
    date: 'Date',
    type: 'Type',
    orderNumber: 'Numéro de commande',
    paymentReference: 'Référence de paiement',
    amount: 'Montant',
    noMovement: "Aucun mouvement d'argent cette semaine.",
    total: (count) => (count === 1 ? 'Somme de 1 mouvement' : `Somme des ${count} mouvements`),
    footer: (week, merchant, id) => `Relevé ${week}, ${merchant} (${id})`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
  },
  nl: {
    title: 'Weekafschrift',
    merchant: (name, id) => `${name}, handelaar ${id}`,
    mode: (live) => `Modus: ${live ? 'Live' : 'Test'}`,
    week: (week, monday, sunday) => `Week ${week}: maandag ${monday} tot zondag ${sunday}`,
    utcDays: 'Dagen en weken worden in UTC geteld, niet in de plaatselijke tijd: een bestelling die op een maandag om 0.45 uur Midden-Europese tijd is geactiveerd, valt op de zondag ervoor, in het afschrift van de vorige week.',
    payoutDate: (date) => `Uitbetalingsdatum: ${date}`,
    debitDate: (date) => `Afschrijvingsdatum: ${date}`,
    payoutAccount: (holder, iban) => `Uitbetaald aan: ${holder}, ${iban}`,
    debitAccount: (holder, iban) => `Afgeschreven van: ${holder}, ${iban}`,
    noPayoutAccount: 'Nog geen uitbetalingsrekening opgegeven: de uitbetaling wordt aangehouden tot er een is.',
    noDebitAccount: 'Nog geen bankrekening opgegeven: het verschuldigde bedrag wordt geïnd zodra er een is.',
    noPayoutInTest: 'Geen uitbetaling: in testgegevens wordt geen geld uitbetaald.',
    nothingToPayOut: 'Niets uit te betalen: het netto van de week is nul.',
    gross: 'Bruto',
    fees: 'Kosten',
    adjustments: 'Correcties',
    net: 'Netto-uitbetaling',
    netDue: 'Netto verschuldigd bedrag',
    netInTest: 'Netto, niet uitbetaald',
    movements: 'Bewegingen',
    date: 'Datum',
    type: 'Soort',
    orderNumber: 'Bestelnummer',
    paymentReference: 'Betalingskenmerk',
    amount: 'Bedrag',
    noMovement: 'Deze week is er geen geld bewogen.',
    total: (count) => (count === 1 ? 'Som van 1 beweging' : `Som van de ${count} bewegingen`),
    footer: (week, merchant, id) => `Afschrift ${week}, ${merchant} (${id})`,
    page: (page, pages) => `Pagina ${page} van ${pages}`,
  },
  de: {
    title: 'Wochenabrechnung',
    merchant: (name, id) => `${name}, Händler ${id}`,
    mode: (live) => `Modus: ${live ? 'Live' : 'Test'}`,
    week: (week, monday, sunday) => `Woche ${week}: Montag, ${monday} bis Sonntag, ${sunday}`,
    utcDays: 'Tage und Wochen werden in UTC gezählt, nicht in Ortszeit: Eine Bestellung, die an einem Montag um 0:45 Uhr mitteleuropäischer Zeit aktiviert wurde, fällt auf den Sonntag davor und in die Abrechnung der Vorwoche.',
    payoutDate: (date) => `Auszahlungsdatum: ${date}`,
    debitDate: (date) => `Abbuchungsdatum: ${date}`,
    payoutAccount: (holder, iban) => `Ausgezahlt an: ${holder}, ${iban}`,
    debitAccount: (holder, iban) => `Abgebucht von: ${holder}, ${iban}`,
    noPayoutAccount: 'Noch kein Auszahlungskonto angegeben: Die Auszahlung wird zurückgehalten, bis eines da ist.',
    noDebitAccount: 'Noch kein Bankkonto angegeben: Der fällige Betrag wird abgebucht, sobald eines da ist.',
    noPayoutInTest: 'Keine Auszahlung: In Testdaten wird kein Geld ausgezahlt.',
    nothingToPayOut: 'Nichts auszuzahlen: Der Nettobetrag der Woche ist null.',
    gross: 'Brutto',
    fees: 'Gebühren',
    adjustments: 'Korrekturen',
    net: 'Nettoauszahlung',
    netDue: 'Fälliger Nettobetrag',
    netInTest: 'Netto, nicht ausgezahlt',
    movements: 'Bewegungen',
    date: 'Datum',
    type: 'Art',
    orderNumber: 'Bestellnummer',
    paymentReference: 'Zahlungsreferenz',
    amount: 'Betrag',
    noMovement: 'Diese Woche wurde kein Geld bewegt.',
    total: (count) => (count === 1 ? 'Summe von 1 Bewegung' : `Summe der ${count} Bewegungen`),
    footer: (week, merchant, id) => `Abrechnung ${week}, ${merchant} (${id})`,
    page: (page, pages) => `Seite ${page} von ${pages}`,
  },
};
