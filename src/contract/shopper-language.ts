import type { Country } from './common';
import type { documentLanguages } from './orders';

/**
 * The shopper's language from the billing address: German in Germany, Austria and Switzerland,
 * Dutch in the Netherlands, French in France; in Belgium by the postal code's region (Flanders
 * Dutch, Wallonia and Brussels French). The language an invoice or credit note is written in by default.
 */
export function shopperLanguage({ country, postalCode }: { country: Country; postalCode: string }): (typeof documentLanguages)[number] {
  switch (country) {
    case 'DE':
    case 'AT':
    case 'CH':
      return 'de';
    case 'NL':
      return 'nl';
    case 'FR':
      return 'fr';
    case 'BE': {
      const code = Number(postalCode);
      return (code >= 1500 && code < 4000) || code >= 8000 ? 'nl' : 'fr';
    }
  }
}
