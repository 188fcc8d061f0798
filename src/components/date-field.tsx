import '@mantine/dates/styles.layer.css';
import 'dayjs/locale/de';
import 'dayjs/locale/fr';
import 'dayjs/locale/nl';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useState, type FocusEvent, type InputEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import classes from './date-field.module.css';

dayjs.extend(customParseFormat);

/** How a date is written in each language's region (en-GB, fr-BE, nl-BE, de-DE), whatever the browser's own. */
const writtenAs: Record<string, string> = { en: 'DD/MM/YYYY', fr: 'DD/MM/YYYY', nl: 'DD/MM/YYYY', de: 'DD.MM.YYYY' };

/** The separators a typed date may use between day, month and year: 25/12/2026, 25.12.2026 and 25-12-2026 alike. */
const separators = ['/', '.', '-'];

/**
 * Reads a typed date only once it is whole, in the language's order with or without leading zeros
 * and with any of the usual separators (a Dutch 25-12-2026 as well as 25/12/2026), or as an ISO
 * date (pasted from elsewhere). A year still being typed ("1/12/20") is no date: the field does not
 * report it, and what is typed stays in the field.
 */
function parserFor(format: string) {
  const [day, month] = [format.slice(0, 2), format.slice(3, 5)];
  const accepted = [day, day[0]!].flatMap((d) => [month, month[0]!].flatMap((m) => separators.map((separator) => `${d}${separator}${m}${separator}YYYY`)));
  return (text: string) => {
    const date = dayjs(text.trim(), [...accepted, 'YYYY-MM-DD'], true);
    return date.isValid() ? date.format('YYYY-MM-DD') : null;
  };
}

/**
 * The length of the month a day-month-year in the usual shape names, when the day is past its end
 * (31/02/2026): such a date is written right and does not exist. Null for anything else.
 */
function monthLengthPastItsEnd(text: string): number | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? days : null;
}

/** What a date field may be left with: nothing, or a date it can read. */
const typedDateSchema = (parse: (text: string) => string | null) => z.string().refine((text) => text.trim() === '' || parse(text) !== null);

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** `YYYY-MM-DD`, or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Hears when the field is marked as holding no date, and when the mark goes. */
  onUnreadableChange?: (unreadable: boolean) => void;
};

/**
 * A date typed the way the chosen language writes it, or picked from a calendar in that language.
 * Text it cannot read (1/12/26) is kept as typed and, once the field is left, marked with how to
 * write a date, until it reads as one; a day its month does not have (31/02/2026), with the month's length.
 */
export function DateField({ value, onChange, onUnreadableChange, onBlur, onInput, error, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const format = writtenAs[i18n.language] ?? writtenAs.en!;
  const parse = parserFor(format);
  // The text the field was marked for, while it holds no date.
  const [unreadableText, setUnreadableText] = useState<string | null>(null);
  const unreadable = unreadableText !== null;
  const check = (text: string) => {
    const next = typedDateSchema(parse).safeParse(text).success ? null : text;
    setUnreadableText(next);
    if ((next !== null) !== unreadable) onUnreadableChange?.(next !== null);
  };
  const daysOfMonth = unreadableText === null ? null : monthLengthPastItsEnd(unreadableText);
  return (
    // The calendar names its months and days in the chosen language, weeks starting on Monday.
    <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
      <DateInput
        clearable
        fixOnBlur={false}
        // Days of the months around it, too faint to read, are left out.
        hideOutsideDates
        classNames={{ day: classes.day }}
        placeholder={t('dates.placeholder')}
        clearButtonProps={{ 'aria-label': t('dates.clear') }}
        ariaLabels={{
          monthLevelControl: t('dates.chooseMonth'),
          yearLevelControl: t('dates.chooseYear'),
          nextMonth: t('dates.nextMonth'),
          previousMonth: t('dates.previousMonth'),
          nextYear: t('dates.nextYear'),
          previousYear: t('dates.previousYear'),
          nextDecade: t('dates.nextDecade'),
          previousDecade: t('dates.previousDecade'),
        }}
        {...props}
        value={value}
        onChange={(next) => {
          check('');
          onChange(next);
        }}
        onBlur={(event: FocusEvent<HTMLInputElement>) => {
          check(event.currentTarget.value);
          onBlur?.(event);
        }}
        // Once marked, the mark goes as soon as the text reads as a date (or is emptied).
        onInput={(event: InputEvent<HTMLInputElement>) => {
          if (unreadable) check(event.currentTarget.value);
          onInput?.(event);
        }}
        // A day past its month's end is written right: the message says what is wrong with it instead.
        error={
          daysOfMonth !== null
            ? t('dates.noSuchDay', { days: daysOfMonth })
            : unreadable
              ? t('dates.unreadable', { format: t('dates.placeholder') })
              : error
        }
        // The calendar opens as the field takes the focus, which a refused send gives it: with a
        // message under the field, it opens above, so that the message stays in sight.
        popoverProps={{ position: unreadable || error ? 'top-start' : 'bottom-start' }}
        valueFormat={format}
        dateParser={parse}
      />
    </DatesProvider>
  );
}
