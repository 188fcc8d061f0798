import type { Country } from '@/contract/common';

// Column headers of the spreadsheet CSVs in the reader's language; the RFC 4180 files keep the
// stable English keys that software maps.

export type CsvLanguage = 'en' | 'fr' | 'nl' | 'de';

/** The language of a locale such as fr-BE; English for anything else. */
export function csvLanguageOf(locale: string): CsvLanguage {
  const language = locale.slice(0, 2);
  return language === 'fr' || language === 'nl' || language === 'de' ? language : 'en';
}

/** The time zone a merchant's wall clock reads, by its country. */
export function merchantTimeZone(country: Country): string {
  const zones: Record<Country, string> = {
    BE: 'Europe/Brussels',
    NL: 'Europe/Amsterdam',
    DE: 'Europe/Berlin',
    AT: 'Europe/Vienna',
    CH: 'Europe/Zurich',
    FR: 'Europe/Paris',
  };
  return zones[country];
}

type Headers<Key extends string> = Record<Key, Record<Exclude<CsvLanguage, 'en'>, string>>;

export const orderCsvHeaders: Headers<string> = {
  orderNumber: { fr: 'Numéro de commande', nl: 'Bestelnummer', de: 'Bestellnummer' },
  paymentReference: { fr: 'Référence de paiement', nl: 'Betalingsreferentie', de: 'Zahlungsreferenz' },
  orderDate: { fr: 'Date de commande', nl: 'Besteldatum', de: 'Bestelldatum' },
  customerName: { fr: 'Client', nl: 'Klant', de: 'Kunde' },
  customerType: { fr: 'Type de client', nl: 'Soort klant', de: 'Kundenart' },
  companyName: { fr: 'Société', nl: 'Bedrijf', de: 'Firma' },
  vatNumber: { fr: 'Numéro de TVA', nl: 'Btw-nummer', de: 'USt-IdNr.' },
  customerEmail: { fr: 'E-mail du client', nl: 'E-mail van de klant', de: 'E-Mail des Kunden' },
  customerId: { fr: 'Identifiant client', nl: 'Klantnummer', de: 'Kundennummer' },
  yourReference: { fr: 'Votre référence', nl: 'Uw referentie', de: 'Ihre Referenz' },
  country: { fr: 'Pays', nl: 'Land', de: 'Land' },
  paymentMethod: { fr: 'Mode de paiement', nl: 'Betaalwijze', de: 'Zahlungsart' },
  status: { fr: 'Statut', nl: 'Status', de: 'Status' },
  statusReason: { fr: 'Motif du statut', nl: 'Reden van de status', de: 'Grund des Status' },
  shippingStatus: { fr: 'Expédition', nl: 'Verzending', de: 'Versand' },
  completeness: { fr: 'Complétude', nl: 'Volledigheid', de: 'Vollständigkeit' },
  currency: { fr: 'Devise', nl: 'Valuta', de: 'Währung' },
  total: { fr: 'Total', nl: 'Totaal', de: 'Gesamt' },
  outstanding: { fr: 'Restant dû', nl: 'Openstaand', de: 'Offen' },
  credited: { fr: 'Crédité', nl: 'Gecrediteerd', de: 'Gutgeschrieben' },
  daysToExpiry: { fr: "Jours avant l'expiration", nl: 'Dagen tot vervallen', de: 'Tage bis zum Verfall' },
  paymentState: { fr: 'Paiement', nl: 'Betaling', de: 'Zahlung' },
  dueDate: { fr: "Date d'échéance", nl: 'Vervaldatum', de: 'Fälligkeitsdatum' },
  activatedAt: { fr: "Date d'activation", nl: 'Activeringsdatum', de: 'Aktivierungsdatum' },
  lastCreditedAt: { fr: 'Dernier crédit', nl: 'Laatste creditering', de: 'Letzte Gutschrift' },
};

export const statementCsvHeaders: Headers<string> = {
  week: { fr: 'Semaine', nl: 'Week', de: 'Woche' },
  date: { fr: 'Date', nl: 'Datum', de: 'Datum' },
  type: { fr: 'Type', nl: 'Soort', de: 'Art' },
  orderNumber: { fr: 'Numéro de commande', nl: 'Bestelnummer', de: 'Bestellnummer' },
  paymentReference: { fr: 'Référence de paiement', nl: 'Betalingsreferentie', de: 'Zahlungsreferenz' },
  description: { fr: 'Description', nl: 'Omschrijving', de: 'Beschreibung' },
  amount: { fr: 'Montant', nl: 'Bedrag', de: 'Betrag' },
  currency: { fr: 'Devise', nl: 'Valuta', de: 'Währung' },
  payoutDate: { fr: 'Date de versement', nl: 'Uitbetalingsdatum', de: 'Auszahlungsdatum' },
};

/** A column's header: its English key for software, its name in the reader's language for a spreadsheet. */
export function csvHeader(headers: Headers<string>, key: string, language: CsvLanguage | null): string {
  if (language === null || language === 'en') return key;
  return headers[key]?.[language] ?? key;
}
