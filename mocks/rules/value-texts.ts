import type { Country } from '@/contract/common';
import { dateTimeFormat, numberFormat, writeAmount, writeMoney } from '@/contract/intl-formats';
import {
  reasonTexts,
  type Completeness,
  type CustomerType,
  type documentLanguages,
  type OrderStatus,
  type PaymentMethod,
  type PaymentState,
  type ReasonCode,
  type ShippingStatus,
} from '@/contract/orders';
import type { Movement, MovementType } from '@/contract/statements';
import type { Topic } from '@/contract/support';
import { asWritten, spelt, type Spelling } from './csv-headers';
import { reasonInWords } from './reason-texts';

// The words of the values the backend writes into files a person reads (spreadsheet CSVs, PDFs),
// in the languages of the provider's markets. They are the app's own words for the same values: a
// test holds the two catalogues to each other, so a French screen and a French file agree.

export type TextLanguage = (typeof documentLanguages)[number];

export interface ValueTexts {
  status: Record<OrderStatus, string>;
  paymentMethod: Record<PaymentMethod, string>;
  paymentState: Record<PaymentState, string>;
  shipping: Record<ShippingStatus, string>;
  completeness: Record<Completeness, string>;
  customerType: Record<CustomerType, string>;
  reasons: Record<ReasonCode, string>;
  movementTypes: Record<MovementType, string>;
  /** A movement's description; `{{orderNumber}}` and `{{week}}` are filled in. */
  descriptions: Record<MovementType, string>;
  /** A description followed by the reason money went back. */
  describedWithReason: string;
  /** The topics of support requests, which the team's tickets are searched by. */
  topics: Record<Topic, string>;
}

export const valueTexts: Record<TextLanguage, ValueTexts> = {
  en: {
    status: { created: 'Created', activated: 'Activated', paid: 'Paid', cancelled: 'Cancelled', credited: 'Credited' },
    paymentMethod: { invoice: 'Invoice', 'direct-debit': 'Direct debit', instalments: 'Instalments' },
    paymentState: {
      'not-due': 'Not due',
      due: 'Due',
      overdue: 'Overdue',
      'reminder-1': 'Reminder 1',
      'reminder-2': 'Reminder 2',
      collection: 'Collection',
      paid: 'Paid',
    },
    shipping: { waiting: 'Waiting', shipped: 'Shipped' },
    completeness: { complete: 'Complete', incomplete: 'Not complete' },
    customerType: { private: 'Private', business: 'Business' },
    // The API's own words beside each code.
    reasons: reasonTexts,
    movementTypes: {
      activation: 'Activation',
      credit: 'Credit',
      reduction: 'Partial cancel',
      return: 'Return',
      fee: 'Provider fee',
      chargeback: 'Chargeback',
      adjustment: 'Adjustment',
    },
    descriptions: {
      activation: 'Order {{orderNumber}} activated: the invoice was bought',
      credit: 'Order {{orderNumber}} credited',
      reduction: 'Order {{orderNumber}} partially cancelled',
      return: 'Items of order {{orderNumber}} returned',
      fee: 'Provider fee on order {{orderNumber}}',
      chargeback: 'Chargeback on order {{orderNumber}}: the shopper disputed the payment with their bank',
      adjustment: 'Fee correction, week {{week}}',
    },
    describedWithReason: '{{description}}: {{reason}}',
    topics: { activation: 'Activation', credit: 'Credit / cancellation', 'payment-term-extension': 'Payment-term extension', 'missing-payment': 'Missing payment', statement: 'Statement question', technical: 'Technical', other: 'Other' },
  },
  fr: {
    status: { created: 'Créée', activated: 'Activée', paid: 'Payée', cancelled: 'Annulée', credited: 'Créditée' },
    paymentMethod: { invoice: 'Facture', 'direct-debit': 'Prélèvement', instalments: 'Paiement échelonné' },
    paymentState: {
      'not-due': 'Non échu',
      due: 'Échu',
      overdue: 'En retard',
      'reminder-1': 'Rappel 1',
      'reminder-2': 'Rappel 2',
      collection: 'Recouvrement',
      paid: 'Payé',
    },
    shipping: { waiting: 'En attente', shipped: 'Expédiée' },
    completeness: { complete: 'Complète', incomplete: 'Incomplète' },
    customerType: { private: 'Particulier', business: 'Entreprise' },
    reasons: {
      expired: 'Expirée : non activée dans les deux mois',
      'customer-withdrew': 'Rétractation du client',
      'out-of-stock': 'Rupture de stock',
      'duplicate-order': 'Commande en double',
      'address-not-verified': "L'adresse de livraison n'a pas pu être vérifiée",
      'damaged-in-transit': 'Endommagé pendant le transport',
      'goods-returned': 'Marchandise retournée',
      'not-delivered': 'Non livré',
      'price-adjustment': 'Ajustement de prix convenu avec le client',
      'late-delivery-goodwill': 'Geste commercial pour livraison tardive',
      'missing-part': 'Pièce manquante',
      'wrong-size': 'Mauvaise taille',
      'not-as-described': 'Non conforme à la description',
      'changed-mind': "Changement d'avis",
      'wrong-item': 'Mauvais article livré',
      defective: 'Défectueux',
      other: 'Autre',
    },
    movementTypes: {
      activation: 'Activation',
      credit: 'Crédit',
      reduction: 'Annulation partielle',
      return: 'Retour',
      fee: 'Frais du prestataire',
      chargeback: 'Rétrofacturation',
      adjustment: 'Ajustement',
    },
    descriptions: {
      activation: 'Commande {{orderNumber}} activée : la facture a été achetée',
      credit: 'Commande {{orderNumber}} créditée',
      reduction: 'Commande {{orderNumber}} partiellement annulée',
      return: 'Articles de la commande {{orderNumber}} retournés',
      fee: 'Frais du prestataire sur la commande {{orderNumber}}',
      chargeback: 'Rétrofacturation sur la commande {{orderNumber}} : le client a contesté le paiement auprès de sa banque',
      adjustment: 'Correction des frais, semaine {{week}}',
    },
    describedWithReason: '{{description}} : {{reason}}',
    topics: { activation: 'Activation', credit: 'Crédit / annulation', 'payment-term-extension': 'Prolongation du délai de paiement', 'missing-payment': 'Paiement introuvable', statement: 'Question sur un relevé', technical: 'Technique', other: 'Autre' },
  },
  nl: {
    status: { created: 'Aangemaakt', activated: 'Geactiveerd', paid: 'Betaald', cancelled: 'Geannuleerd', credited: 'Gecrediteerd' },
    paymentMethod: { invoice: 'Factuur', 'direct-debit': 'Domiciliëring', instalments: 'Gespreide betaling' },
    paymentState: {
      'not-due': 'Niet vervallen',
      due: 'Vervallen',
      overdue: 'Te laat',
      'reminder-1': 'Herinnering 1',
      'reminder-2': 'Herinnering 2',
      collection: 'Incasso',
      paid: 'Betaald',
    },
    shipping: { waiting: 'Wachtend', shipped: 'Verzonden' },
    completeness: { complete: 'Volledig', incomplete: 'Niet volledig' },
    customerType: { private: 'Particulier', business: 'Zakelijk' },
    reasons: {
      expired: 'Verlopen: niet binnen twee maanden geactiveerd',
      'customer-withdrew': 'Klant herroept',
      'out-of-stock': 'Niet op voorraad',
      'duplicate-order': 'Dubbele bestelling',
      'address-not-verified': 'Het leveringsadres kon niet worden geverifieerd',
      'damaged-in-transit': 'Beschadigd tijdens transport',
      'goods-returned': 'Goederen geretourneerd',
      'not-delivered': 'Niet geleverd',
      'price-adjustment': 'Prijsaanpassing afgesproken met de klant',
      'late-delivery-goodwill': 'Commercieel gebaar voor late levering',
      'missing-part': 'Ontbrekend onderdeel',
      'wrong-size': 'Verkeerde maat',
      'not-as-described': 'Niet zoals beschreven',
      'changed-mind': 'Van gedachten veranderd',
      'wrong-item': 'Verkeerd artikel geleverd',
      defective: 'Defect',
      other: 'Andere',
    },
    movementTypes: {
      activation: 'Activering',
      credit: 'Creditering',
      reduction: 'Gedeeltelijke annulering',
      return: 'Retour',
      fee: 'Providerkosten',
      chargeback: 'Terugboeking',
      adjustment: 'Correctie',
    },
    descriptions: {
      activation: 'Bestelling {{orderNumber}} geactiveerd: de factuur werd gekocht',
      credit: 'Bestelling {{orderNumber}} gecrediteerd',
      reduction: 'Bestelling {{orderNumber}} gedeeltelijk geannuleerd',
      return: 'Artikelen van bestelling {{orderNumber}} geretourneerd',
      fee: 'Providerkosten op bestelling {{orderNumber}}',
      chargeback: 'Terugboeking op bestelling {{orderNumber}}: de klant betwistte de betaling bij de bank',
      adjustment: 'Correctie van de kosten, week {{week}}',
    },
    describedWithReason: '{{description}}: {{reason}}',
    topics: { activation: 'Activering', credit: 'Creditering / annulering', 'payment-term-extension': 'Verlenging betalingstermijn', 'missing-payment': 'Ontbrekende betaling', statement: 'Vraag over een afschrift', technical: 'Technisch', other: 'Andere' },
  },
  de: {
    status: { created: 'Angelegt', activated: 'Aktiviert', paid: 'Bezahlt', cancelled: 'Storniert', credited: 'Gutgeschrieben' },
    paymentMethod: { invoice: 'Rechnung', 'direct-debit': 'Lastschrift', instalments: 'Ratenzahlung' },
    paymentState: {
      'not-due': 'Nicht fällig',
      due: 'Fällig',
      overdue: 'Überfällig',
      'reminder-1': 'Mahnung 1',
      'reminder-2': 'Mahnung 2',
      collection: 'Inkasso',
      paid: 'Bezahlt',
    },
    shipping: { waiting: 'Wartend', shipped: 'Versandt' },
    completeness: { complete: 'Vollständig', incomplete: 'Unvollständig' },
    customerType: { private: 'Privat', business: 'Geschäftlich' },
    reasons: {
      expired: 'Verfallen: nicht innerhalb von zwei Monaten aktiviert',
      'customer-withdrew': 'Widerruf des Kunden',
      'out-of-stock': 'Nicht vorrätig',
      'duplicate-order': 'Doppelte Bestellung',
      'address-not-verified': 'Die Lieferadresse konnte nicht bestätigt werden',
      'damaged-in-transit': 'Transportschaden',
      'goods-returned': 'Ware retourniert',
      'not-delivered': 'Nicht geliefert',
      'price-adjustment': 'Mit dem Kunden vereinbarte Preisanpassung',
      'late-delivery-goodwill': 'Kulanz wegen verspäteter Lieferung',
      'missing-part': 'Fehlendes Teil',
      'wrong-size': 'Falsche Größe',
      'not-as-described': 'Nicht wie beschrieben',
      'changed-mind': 'Meinung geändert',
      'wrong-item': 'Falscher Artikel geliefert',
      defective: 'Defekt',
      other: 'Sonstiges',
    },
    movementTypes: {
      activation: 'Aktivierung',
      credit: 'Gutschrift',
      reduction: 'Teilstornierung',
      return: 'Retoure',
      fee: 'Anbietergebühr',
      chargeback: 'Rückbuchung',
      adjustment: 'Korrektur',
    },
    descriptions: {
      activation: 'Bestellung {{orderNumber}} aktiviert: die Rechnung wurde gekauft',
      credit: 'Bestellung {{orderNumber}} gutgeschrieben',
      reduction: 'Bestellung {{orderNumber}} teilstorniert',
      return: 'Artikel der Bestellung {{orderNumber}} retourniert',
      fee: 'Anbietergebühr auf Bestellung {{orderNumber}}',
      chargeback: 'Rückbuchung auf Bestellung {{orderNumber}}: der Kunde hat die Zahlung bei seiner Bank angefochten',
      adjustment: 'Gebührenkorrektur, Woche {{week}}',
    },
    describedWithReason: '{{description}}: {{reason}}',
    topics: { activation: 'Aktivierung', credit: 'Gutschrift / Stornierung', 'payment-term-extension': 'Verlängerung des Zahlungsziels', 'missing-payment': 'Fehlende Zahlung', statement: 'Frage zu einer Abrechnung', technical: 'Technisches', other: 'Sonstiges' },
  },
};

type Described = Pick<Movement, 'type' | 'orderNumber' | 'reason' | 'reasonCode'>;

/**
 * A movement described in `language`: the week number names an adjustment, the order every other
 * movement; a known reason is translated, a typed one kept as typed.
 */
export function describeMovement(language: TextLanguage, movement: Described, weekNumber: number, spelling: Spelling = asWritten): string {
  const texts = valueTexts[language];
  // Replaced by functions: a typed reason's "$&" is text, not a replacement pattern. Spelling
  // changes the file's own words; the order number and a typed reason stay as they are.
  const description = spelling(texts.descriptions[movement.type])
    .replace('{{orderNumber}}', () => movement.orderNumber ?? '')
    .replace('{{week}}', () => String(weekNumber));
  const reason = reasonInWords(language, spelt(texts.reasons, spelling), movement.reasonCode, movement.reason);
  if (!reason) return description;
  return spelling(texts.describedWithReason).replace('{{description}}', () => description).replace('{{reason}}', () => reason);
}

/** The locale of `language` in `country`, as the app writes it: English keeps its British form outside Switzerland. */
function regionalLocale(language: TextLanguage, country: Country): string {
  if (language === 'en') return country === 'CH' ? 'en-CH' : 'en-GB';
  return `${language}-${country}`;
}

/**
 * Characters some locales write that the PDFs' standard fonts cannot draw or measure (the narrow
 * and the plain no-break spaces, the minus sign), and what stands in for them.
 */
const drawable = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').replace(/\u2212/g, '-');

/** Money as a reader of `language` in `country` writes it: "CHF 11’802.98" in Swiss German, "11.802,98 €" in German. */
export function regionalMoney(cents: number, currency: string, language: TextLanguage, country: Country): string {
  return drawable(writeMoney(cents, currency, regionalLocale(language, country)));
}

/**
 * An amount without its currency, for a column whose header names it: "1.234,50". Written as the
 * money around it is, which a locale's plain numbers may not be: fr-CH writes 1'234,50 but 1'234.50 CHF.
 */
export function regionalAmount(cents: number, currency: string, language: TextLanguage, country: Country): string {
  return drawable(writeAmount(cents === 0 ? 0 : cents, regionalLocale(language, country), currency));
}

/** A VAT rate (5.5 for 5.5 %) as that reader writes it: "5,5 %" in French, "5.5%" in English. */
export function regionalRate(rate: number, language: TextLanguage, country: Country): string {
  return drawable(numberFormat(regionalLocale(language, country), { style: 'percent', maximumFractionDigits: 2 }).format(rate / 100));
}

/** A day (YYYY-MM-DD) as that reader writes it in a table: "24.11.2026", "24/11/2026". */
export function regionalDate(day: string, language: TextLanguage, country: Country): string {
  const format = dateTimeFormat(regionalLocale(language, country), { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  return drawable(format.format(new Date(`${day}T00:00:00Z`)));
}
