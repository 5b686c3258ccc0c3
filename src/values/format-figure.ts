/**
 * Writes a figure for reading in a locale, with Intl: money with its currency where the locale puts it
 * ("US$10 billion", "10 milliards $US"), large numbers in words, percentages and other units after the number.
 */
import { isCurrencyCode } from './currency.ts';

// Building a formatter is slow and every note asks again, so each is kept, by locale and kind.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\0${kind}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

const plain = (locale: string) => formatter(locale, 'plain', { maximumFractionDigits: 2 });
const inWords = (locale: string) =>
  formatter(locale, 'words', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/** "10 billion", "1.25 million", "3,000" ("10 milliards", "3 000"): words only from a million up. */
export function formatNumber(value: number, locale: string): string {
  return Math.abs(value) >= 1e6 ? inWords(locale).format(value) : plain(locale).format(value);
}

/** The number as the text may have it, to the last digit: "1,234,567.5". */
export const formatExactNumber = (value: number, locale: string): string =>
  formatter(locale, 'exact', { maximumFractionDigits: 20 }).format(value);

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * `number` written in the locale's pattern for money or a percentage: "US$" before in British English, " $US" after
 * in French, "12 %" in French. Intl's own compact currency is short only ("US$10B"), and its percentages are of a
 * fraction that a division by 100 can make inexact, so the number is put in here, already written.
 */
function inPattern(number: string, pattern: Intl.NumberFormat): string {
  const written: string[] = [];
  for (const part of pattern.formatToParts(1)) {
    if (!NUMBER_PARTS.has(part.type)) written.push(part.value);
    else if (written.at(-1) !== number) written.push(number);
  }
  return written.join('');
}

const currency = (locale: string, code: string) =>
  formatter(locale, `currency ${code}`, { style: 'currency', currency: code });
const percent = (locale: string) => formatter(locale, 'percent', { style: 'percent' });

export function formatFigure(figure: { value: number; unit: string }, locale: string): string {
  const { value, unit } = figure;
  if (isCurrencyCode(unit)) {
    const amount = Math.abs(value);
    const pattern = currency(locale, unit);
    // An amount with cents keeps all of them, as the currency writes them: "US$25.10", not "US$25.1".
    const digits = pattern.resolvedOptions().maximumFractionDigits ?? 2;
    const number =
      amount < 1e6 && !Number.isInteger(amount)
        ? formatter(locale, `cents ${digits}`, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(amount)
        : formatNumber(amount, locale);
    return `${value < 0 ? '−' : ''}${inPattern(number, pattern)}`;
  }
  if (unit === '%') return inPattern(formatNumber(value, locale), percent(locale));
  return `${formatNumber(value, locale)} ${unit}`;
}

/** The exact value with its unit, for where the figure in words rounds it: "1,234,567 TPU", "12.345%". */
export function formatExactFigure(figure: { value: number; unit: string }, locale: string): string {
  const { value, unit } = figure;
  if (unit === '%') return inPattern(formatExactNumber(value, locale), percent(locale));
  return `${formatExactNumber(value, locale)} ${unit}`;
}
