import { z } from 'zod';
import { csvFormatQueryShape } from '@/contract/common';
import { contractBody } from '../http/contract-body';
import { readQuery } from '../http/validate';
import { asWritten, csvLanguageOf, spellingOf, type CsvLanguage, type Spelling } from '../rules/csv-headers';
import { rfc4180, spreadsheetDialect, type CsvDialect } from '../rules/csv';

/** How a CSV download is written, from its `format` and `locale` parameters. */
export interface CsvFlavour {
  dialect: CsvDialect;
  /** The headers' language; null keeps the stable English keys. */
  language: CsvLanguage | null;
  /** Times in the merchant's time zone (named in the header), rather than in UTC. */
  localTimes: boolean;
  /** How the file's own words are spelt in the reader's region. */
  spelling: Spelling;
  /**
   * What the file's name ends with before ".csv": nothing for the standard file, the format and
   * locale for a spreadsheet's ("-excel-fr-BE"), so that both versions of one file can be kept.
   */
  nameSuffix: string;
}

export const csvFlavourParameters = Object.keys(csvFormatQueryShape);

const flavourQuery = contractBody(z.object(csvFormatQueryShape), {
  format: 'Use rfc4180 or excel.',
  locale: 'Use a language and a region such as fr-BE or de-CH.',
});

/** The CSV's flavour; `alsoRead` names the parameters the request reads besides (an export's filters). */
export function readCsvFlavour(params: URLSearchParams, alsoRead: readonly string[] = []): CsvFlavour {
  const { format, locale = 'en-GB' } = readQuery(params, flavourQuery, { empty: 'refused', alsoRead });
  if (format !== 'excel') return { dialect: rfc4180, language: null, localTimes: false, spelling: asWritten, nameSuffix: '' };
  return { dialect: spreadsheetDialect(locale), language: csvLanguageOf(locale), localTimes: true, spelling: spellingOf(locale), nameSuffix: `-excel-${locale}` };
}
