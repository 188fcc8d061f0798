import type { documentLanguages } from '@/contract/orders';

// The words of invoices and credit notes in the languages of the provider's markets. A shopper
// reads them in the language of their billing address (see shopperLanguage); the merchant may ask for its own.

export type DocumentLanguage = (typeof documentLanguages)[number];

type Texts = {
  /** A label and its value, with the colon as the language sets it. */
  field: (label: string, value: string) => string;
  onBehalfOf: (merchant: string, id: string) => string;
  seller: string;
  vatNumber: string;
  /** A Swiss number's name, as the country's own papers give it: "MWST-Nr." in German. */
  swissVatNumber: string;
  invoice: string;
  creditNote: string;
  number: string;
  date: string;
  customer: string;
  attention: string;
  customerId: string;
  billingAddress: string;
  orderOf: (orderNumber: string, date: string) => string;
  paymentReference: string;
  yourReference: string;
  article: string;
  title: string;
  quantity: string;
  unitPrice: string;
  vat: string;
  lineTotal: string;
  discount: string;
  shippingFee: string;
  total: string;
  dueDate: string;
  pleasePay: (amount: string, payee: string, due: string) => string;
  /**
   * For an order paid by direct debit: nothing to transfer unless the debit fails. A euro debit is
   * SEPA's; a Swiss franc one is not, so it names no scheme.
   */
  willDebit: (amount: string, payee: string, due: string, sepa: boolean) => string;
  /** For an order paid in instalments by card: nothing to transfer unless a charge fails. */
  inInstalments: (amount: string, payee: string, due: string) => string;
  refersTo: (orderNumber: string, invoice: string | null) => string;
  creditedAmount: string;
  reason: string;
  returnedItems: string;
  deducted: (provider: string) => string;
  vatSummary: string;
  rate: string;
  net: string;
  gross: string;
};

export const documentTexts: Record<DocumentLanguage, Texts> = {
  en: {
    field: (label, value) => `${label}: ${value}`,
    onBehalfOf: (merchant, id) => `On behalf of ${merchant}, merchant ${id}`,
    seller: 'Seller',
    vatNumber: 'VAT number',
    swissVatNumber: 'VAT number',
    invoice: 'Invoice',
    creditNote: 'Credit note',
    number: 'Number',
    date: 'Date',
    customer: 'Customer',
    attention: 'Attn.',
    customerId: 'Customer id',
    billingAddress: 'Billing address',
    orderOf: (orderNumber, date) => `Order ${orderNumber} of ${date}`,
    paymentReference: 'Payment reference',
    yourReference: 'Your reference',
    article: 'Article',
    title: 'Title',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    vat: 'VAT',
    lineTotal: 'Line total',
    discount: 'Discount',
    shippingFee: 'Shipping fee',
    total: 'Total, VAT included',
    dueDate: 'Due date',
    pleasePay: (amount, payee, due) => `Please pay ${amount} to ${payee} by ${due}, quoting the payment reference.`,
    willDebit: (amount, payee, due, sepa) =>
      `${payee} will collect ${amount} from your bank account by ${sepa ? 'SEPA ' : ''}direct debit on ${due}. There is nothing to transfer; should the debit fail, pay by transfer to the account below, quoting the payment reference.`,
    inInstalments: (amount, payee, due) =>
      `You pay ${amount} in instalments by card, as agreed with ${payee}; the first instalment is charged by ${due}. There is nothing to transfer; should a charge fail, pay the rest by transfer to the account below, quoting the payment reference.`,
    refersTo: (orderNumber, invoice) => `Refers to order ${orderNumber}${invoice ? `, invoice ${invoice}` : ''}.`,
    creditedAmount: 'Credited amount',
    reason: 'Reason',
    returnedItems: 'Returned items',
    deducted: (provider) => `This amount is deducted from what the customer owes ${provider} for this order.`,
    vatSummary: 'VAT summary',
    rate: 'Rate',
    net: 'Net',
    gross: 'Gross',
  },
  fr: {
    field: (label, value) => `${label} : ${value}`,
    onBehalfOf: (merchant, id) => `Pour le compte du marchand ${merchant} (${id})`,
    seller: 'Vendeur',
    vatNumber: 'Numéro de TVA',
    swissVatNumber: 'Numéro TVA',
    invoice: 'Facture',
    creditNote: 'Note de crédit',
    number: 'Numéro',
    date: 'Date',
    customer: 'Client',
    attention: 'À l’attention de',
    customerId: 'Identifiant client',
    billingAddress: 'Adresse de facturation',
    orderOf: (orderNumber, date) => `Commande ${orderNumber} du ${date}`,
    paymentReference: 'Référence de paiement',
    yourReference: 'Votre référence',
    article: 'Article',
    title: 'Désignation',
    quantity: 'Qté',
    unitPrice: 'Prix unitaire',
    vat: 'TVA',
    lineTotal: 'Total ligne',
    discount: 'Remise',
    shippingFee: 'Frais de livraison',
    total: 'Total TVA comprise',
    dueDate: 'Échéance',
    pleasePay: (amount, payee, due) => `Veuillez payer ${amount} à ${payee} au plus tard le ${due}, en indiquant la référence de paiement.`,
    willDebit: (amount, payee, due, sepa) =>
      `${payee} prélèvera ${amount} sur votre compte bancaire par prélèvement${sepa ? ' SEPA' : ''} le ${due}. Vous n'avez rien à virer ; si le prélèvement échoue, payez par virement sur le compte ci-dessous, en indiquant la référence de paiement.`,
    inInstalments: (amount, payee, due) =>
      `Vous payez ${amount} en plusieurs fois par carte, comme convenu avec ${payee} ; la première échéance est débitée au plus tard le ${due}. Vous n'avez rien à virer ; si un débit échoue, payez le solde par virement sur le compte ci-dessous, en indiquant la référence de paiement.`,
    refersTo: (orderNumber, invoice) => `Se rapporte à la commande ${orderNumber}${invoice ? `, facture ${invoice}` : ''}.`,
    creditedAmount: 'Montant crédité',
    reason: 'Motif',
    returnedItems: 'Articles retournés',
    deducted: (provider) => `Ce montant est déduit de ce que le client doit à ${provider} pour cette commande.`,
    vatSummary: 'Récapitulatif TVA',
    rate: 'Taux',
    net: 'Hors TVA',
    gross: 'TVA comprise',
  },
  nl: {
    field: (label, value) => `${label}: ${value}`,
    onBehalfOf: (merchant, id) => `Namens ${merchant}, handelaar ${id}`,
    seller: 'Verkoper',
    vatNumber: 'Btw-nummer',
    swissVatNumber: 'Btw-nummer',
    invoice: 'Factuur',
    creditNote: 'Creditnota',
    number: 'Nummer',
    date: 'Datum',
    customer: 'Klant',
    attention: 'T.a.v.',
    customerId: 'Klantnummer',
    billingAddress: 'Factuuradres',
    orderOf: (orderNumber, date) => `Bestelling ${orderNumber} van ${date}`,
    paymentReference: 'Betalingskenmerk',
    yourReference: 'Uw referentie',
    article: 'Artikel',
    title: 'Omschrijving',
    quantity: 'Aantal',
    unitPrice: 'Eenheidsprijs',
    vat: 'Btw',
    lineTotal: 'Regeltotaal',
    discount: 'Korting',
    shippingFee: 'Verzendkosten',
    total: 'Totaal incl. btw',
    dueDate: 'Vervaldatum',
    pleasePay: (amount, payee, due) => `Gelieve ${amount} te betalen aan ${payee} uiterlijk op ${due}, met vermelding van het betalingskenmerk.`,
    willDebit: (amount, payee, due, sepa) =>
      `${payee} int ${amount} op ${due} via ${sepa ? 'SEPA-domiciliëring' : 'domiciliëring'} in van uw bankrekening. U hoeft niets over te maken; mislukt de domiciliëring, betaal dan via overschrijving op de rekening hieronder, met vermelding van het betalingskenmerk.`,
    inInstalments: (amount, payee, due) =>
      `U betaalt ${amount} in termijnen met uw kaart, zoals afgesproken met ${payee}; de eerste termijn wordt uiterlijk op ${due} afgeschreven. U hoeft niets over te maken; mislukt een afschrijving, betaal het saldo dan via overschrijving op de rekening hieronder, met vermelding van het betalingskenmerk.`,
    refersTo: (orderNumber, invoice) => `Betreft bestelling ${orderNumber}${invoice ? `, factuur ${invoice}` : ''}.`,
    creditedAmount: 'Gecrediteerd bedrag',
    reason: 'Reden',
    returnedItems: 'Geretourneerde artikelen',
    deducted: (provider) => `Dit bedrag wordt afgetrokken van wat de klant ${provider} voor deze bestelling verschuldigd is.`,
    vatSummary: 'Btw-overzicht',
    rate: 'Tarief',
    net: 'Excl. btw',
    gross: 'Incl. btw',
  },
  de: {
    field: (label, value) => `${label}: ${value}`,
    onBehalfOf: (merchant, id) => `Im Auftrag von ${merchant}, Händler ${id}`,
    seller: 'Verkäufer',
    vatNumber: 'USt-IdNr.',
    swissVatNumber: 'MWST-Nr.',
    invoice: 'Rechnung',
    creditNote: 'Gutschrift',
    number: 'Nummer',
    date: 'Datum',
    customer: 'Kunde',
    attention: 'z. Hd.',
    customerId: 'Kundennummer',
    billingAddress: 'Rechnungsadresse',
    orderOf: (orderNumber, date) => `Bestellung ${orderNumber} vom ${date}`,
    paymentReference: 'Zahlungsreferenz',
    yourReference: 'Ihre Referenz',
    article: 'Artikel',
    title: 'Bezeichnung',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    vat: 'MwSt.',
    lineTotal: 'Zeilensumme',
    discount: 'Rabatt',
    shippingFee: 'Versandkosten',
    total: 'Gesamt inkl. MwSt.',
    dueDate: 'Fälligkeitsdatum',
    pleasePay: (amount, payee, due) => `Bitte zahlen Sie ${amount} bis ${due} an ${payee} und geben Sie die Zahlungsreferenz an.`,
    willDebit: (amount, payee, due, sepa) =>
      `${payee} zieht ${amount} am ${due} per ${sepa ? 'SEPA-Lastschrift' : 'Lastschrift'} von Ihrem Bankkonto ein. Sie müssen nichts überweisen; schlägt die Lastschrift fehl, überweisen Sie den Betrag auf das unten stehende Konto und geben Sie die Zahlungsreferenz an.`,
    inInstalments: (amount, payee, due) =>
      `Sie zahlen ${amount} in Raten per Karte, wie mit ${payee} vereinbart; die erste Rate wird bis zum ${due} belastet. Sie müssen nichts überweisen; schlägt eine Belastung fehl, überweisen Sie den Restbetrag auf das unten stehende Konto und geben Sie die Zahlungsreferenz an.`,
    refersTo: (orderNumber, invoice) => `Betrifft Bestellung ${orderNumber}${invoice ? `, Rechnung ${invoice}` : ''}.`,
    creditedAmount: 'Gutgeschriebener Betrag',
    reason: 'Grund',
    returnedItems: 'Zurückgesandte Artikel',
    deducted: (provider) => `Dieser Betrag wird von dem abgezogen, was der Kunde ${provider} für diese Bestellung schuldet.`,
    vatSummary: 'MwSt.-Übersicht',
    rate: 'Satz',
    net: 'Netto',
    gross: 'Brutto',
  },
};
