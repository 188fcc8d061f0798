import type { ActivityItem, ActivityKind } from '@/contract/activity';
import { roles, type Role } from '@/contract/common';
import { activityTexts } from './activity-texts';
import { localDateTime } from './csv';
import { activityCsvHeaders, csvHeader, spelt, type CsvLanguage, type Spelling } from './csv-headers';
import { activityCsvHeader, softwareStyle, type ActivityCsvStyle } from './activity';
import { reasonInWords } from './reason-texts';
import { valueTexts } from './value-texts';

// The activity log's CSV for a spreadsheet: the reader's words for what the API writes as codes,
// times on the merchant's clock. The free texts (a reason typed, a company's name) stay as typed.

const roleKinds = new Set<ActivityKind>(['member-invited', 'invitation-accepted', 'member-role-changed']);
const orderKinds = new Set<ActivityKind>(['order-cancelled', 'order-credited', 'order-reduced', 'order-returned']);
const isRole = (value: string | null): value is Role => (roles as readonly (string | null)[]).includes(value);

/** A row's values in `language` as its region spells it, times in `timeZone`. */
export function readerStyle(language: CsvLanguage, timeZone: string, spelling: Spelling): ActivityCsvStyle {
  const texts = activityTexts[language];
  const words = { kinds: spelt(texts.kinds, spelling), worlds: spelt(texts.worlds, spelling), roles: spelt(texts.roles, spelling), billingFields: spelt(texts.billingFields, spelling) };
  const reasons = spelt(valueTexts[language].reasons, spelling);
  const field = (name: string) => words.billingFields[name] ?? name;
  return {
    time: (instant) => localDateTime(instant, timeZone),
    kind: (kind) => words.kinds[kind],
    world: (mode) => (mode ? words.worlds[mode] : null),
    detail: (item: ActivityItem) => {
      if (roleKinds.has(item.kind) && isRole(item.detail)) return words.roles[item.detail];
      if (orderKinds.has(item.kind)) return reasonInWords(language, reasons, item.reasonCode, item.detail);
      if (item.kind === 'billing-details-changed' && item.detail) return item.detail.split(', ').map(field).join(', ');
      return item.detail;
    },
    previousDetail: (item) => (isRole(item.previousDetail) ? words.roles[item.previousDetail] : item.previousDetail),
    field,
  };
}

/** The header row: the API's keys for software, or the columns' names in `language`, the clock's zone named. */
export function activityCsvHeaderRow(language: CsvLanguage | null, timeZone: string, spelling: Spelling): string[] {
  return activityCsvHeader.map((key) => {
    const name = spelling(csvHeader(activityCsvHeaders, key, language));
    return key === 'at' && language ? `${name} (${timeZone})` : name;
  });
}

/** The style of a row for the reader, or for software when there is no reader. */
export const activityCsvStyle = (language: CsvLanguage | null, timeZone: string, spelling: Spelling): ActivityCsvStyle =>
  language ? readerStyle(language, timeZone, spelling) : softwareStyle;
