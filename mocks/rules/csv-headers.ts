// Column headers of the spreadsheet CSVs in the reader's language; the RFC 4180 files keep the
// stable English keys that software maps.

import { inSwissGerman } from '@/contract/swiss-german';

export type CsvLanguage = 'en' | 'fr' | 'nl' | 'de';

/** The language of a locale such as fr-BE; English for anything else. */
export function csvLanguageOf(locale: string): CsvLanguage {
  const language = locale.slice(0, 2);
  return language === 'fr' || language === 'nl' || language === 'de' ? language : 'en';
}

type Headers<Key extends string> = Record<Key, Record<CsvLanguage, string>>;

/** How the words of a file are spelt: as the language does, or German as Switzerland does (ss for ß, «guillemets»). */
export type Spelling = (words: string) => string;
export const asWritten: Spelling = (words) => words;

/** The spelling of `locale`'s region: Swiss German's, as the app's pages write it. Only the file's own words take it, never the data. */
export function spellingOf(locale: string): Spelling {
  return locale === 'de-CH' ? inSwissGerman : asWritten;
}

/** Each word of `words` spelt by `spelling`. */
export function spelt<Key extends string>(words: Record<Key, string>, spelling: Spelling): Record<Key, string> {
  return Object.fromEntries(Object.entries<string>(words).map(([key, word]) => [key, spelling(word)])) as Record<Key, string>;
}

export const orderCsvHeaders: Headers<string> = {
  orderNumber: { en: 'Order number', fr: 'Numéro de commande', nl: 'Bestelnummer', de: 'Bestellnummer' },
  paymentReference: { en: 'Payment reference', fr: 'Référence de paiement', nl: 'Betalingskenmerk', de: 'Zahlungsreferenz' },
  orderDate: { en: 'Order date', fr: 'Date de commande', nl: 'Besteldatum', de: 'Bestelldatum' },
  customerName: { en: 'Customer', fr: 'Client', nl: 'Klant', de: 'Kunde' },
  customerType: { en: 'Customer type', fr: 'Type de client', nl: 'Soort klant', de: 'Kundenart' },
  companyName: { en: 'Company', fr: 'Société', nl: 'Bedrijf', de: 'Firma' },
  vatNumber: { en: 'VAT number', fr: 'Numéro de TVA', nl: 'Btw-nummer', de: 'USt-IdNr.' },
  customerEmail: { en: 'Customer e-mail', fr: 'E-mail du client', nl: 'E-mail van de klant', de: 'E-Mail des Kunden' },
  customerId: { en: 'Customer ID', fr: 'Identifiant client', nl: 'Klantnummer', de: 'Kundennummer' },
  yourReference: { en: 'Your reference', fr: 'Votre référence', nl: 'Uw referentie', de: 'Ihre Referenz' },
  country: { en: 'Country', fr: 'Pays', nl: 'Land', de: 'Land' },
  paymentMethod: { en: 'Payment method', fr: 'Mode de paiement', nl: 'Betaalwijze', de: 'Zahlungsart' },
  status: { en: 'Status', fr: 'Statut', nl: 'Status', de: 'Status' },
  statusReason: { en: 'Status reason', fr: 'Motif du statut', nl: 'Reden van de status', de: 'Grund des Status' },
  shippingStatus: { en: 'Shipping', fr: 'Expédition', nl: 'Verzending', de: 'Versand' },
  completeness: { en: 'Completeness', fr: 'Complétude', nl: 'Volledigheid', de: 'Vollständigkeit' },
  currency: { en: 'Currency', fr: 'Devise', nl: 'Valuta', de: 'Währung' },
  total: { en: 'Total', fr: 'Total', nl: 'Totaal', de: 'Gesamt' },
  outstanding: { en: 'Outstanding', fr: 'Restant dû', nl: 'Openstaand', de: 'Offen' },
  credited: { en: 'Credited', fr: 'Crédité', nl: 'Gecrediteerd', de: 'Gutgeschrieben' },
  daysToExpiry: { en: 'Days to expiry', fr: "Jours avant l'expiration", nl: 'Dagen tot verlopen', de: 'Tage bis zum Verfall' },
  paymentState: { en: 'Payment state', fr: 'Paiement', nl: 'Betaling', de: 'Zahlung' },
  dueDate: { en: 'Due date', fr: "Date d'échéance", nl: 'Vervaldatum', de: 'Fälligkeitsdatum' },
  agreedDueDate: { en: 'Agreed due date', fr: 'Échéance convenue', nl: 'Afgesproken vervaldatum', de: 'Vereinbartes Fälligkeitsdatum' },
  activatedAt: { en: 'Activation date', fr: "Date d'activation", nl: 'Activeringsdatum', de: 'Aktivierungsdatum' },
  lastCreditedAt: { en: 'Last credited', fr: 'Dernier crédit', nl: 'Laatste creditering', de: 'Letzte Gutschrift' },
};

export const statementCsvHeaders: Headers<string> = {
  week: { en: 'Week', fr: 'Semaine', nl: 'Week', de: 'Woche' },
  date: { en: 'Date', fr: 'Date', nl: 'Datum', de: 'Datum' },
  type: { en: 'Type', fr: 'Type', nl: 'Soort', de: 'Art' },
  orderNumber: { en: 'Order number', fr: 'Numéro de commande', nl: 'Bestelnummer', de: 'Bestellnummer' },
  paymentReference: { en: 'Payment reference', fr: 'Référence de paiement', nl: 'Betalingskenmerk', de: 'Zahlungsreferenz' },
  description: { en: 'Description', fr: 'Description', nl: 'Omschrijving', de: 'Beschreibung' },
  amount: { en: 'Amount', fr: 'Montant', nl: 'Bedrag', de: 'Betrag' },
  currency: { en: 'Currency', fr: 'Devise', nl: 'Valuta', de: 'Währung' },
  payoutDate: { en: 'Payout date', fr: 'Date de versement', nl: 'Uitbetalingsdatum', de: 'Auszahlungsdatum' },
};

export const activityCsvHeaders: Headers<string> = {
  at: { en: 'When', fr: 'Quand', nl: 'Wanneer', de: 'Wann' },
  actorName: { en: 'Who', fr: 'Qui', nl: 'Wie', de: 'Wer' },
  actorEmail: { en: 'E-mail', fr: 'E-mail', nl: 'E-mail', de: 'E-Mail' },
  mode: { en: 'World', fr: 'Monde', nl: 'Wereld', de: 'Welt' },
  kind: { en: 'What', fr: 'Quoi', nl: 'Wat', de: 'Was' },
  subject: { en: 'Subject', fr: 'Objet', nl: 'Onderwerp', de: 'Gegenstand' },
  detail: { en: 'Detail', fr: 'Détail', nl: 'Detail', de: 'Detail' },
  reasonCode: { en: 'Reason code', fr: 'Code du motif', nl: 'Code van de reden', de: 'Grundcode' },
  amount: { en: 'Amount', fr: 'Montant', nl: 'Bedrag', de: 'Betrag' },
  currency: { en: 'Currency', fr: 'Devise', nl: 'Valuta', de: 'Währung' },
  previousDetail: { en: 'Before', fr: 'Avant', nl: 'Ervoor', de: 'Vorher' },
  changes: { en: 'Changes', fr: 'Modifications', nl: 'Wijzigingen', de: 'Änderungen' },
};

/** A column's header: its English key for software, its name in the reader's language for a spreadsheet. */
export function csvHeader(headers: Headers<string>, key: string, language: CsvLanguage | null): string {
  if (language === null) return key;
  return headers[key]?.[language] ?? key;
}
