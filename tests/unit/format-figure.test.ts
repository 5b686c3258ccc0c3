import { describe, expect, test } from 'vitest';
import { formatExactFigure, formatFigure, formatNumber } from '../../src/values/format-figure.ts';

/** Intl's no-break and narrow no-break spaces, as plain ones. */
const spaced = (text: string): string => text.replace(/\s/g, ' ');

describe('formatFigure', () => {
  test('writes money with its currency and large amounts in words', () => {
    expect(formatFigure({ value: 10_000_000_000, unit: 'USD' }, 'en-GB')).toBe('US$10 billion');
    expect(formatFigure({ value: 75_000_000_000, unit: 'USD' }, 'en-GB')).toBe('US$75 billion');
    expect(formatFigure({ value: 2_500_000, unit: 'EUR' }, 'en-GB')).toBe('€2.5 million');
    expect(formatFigure({ value: 1200, unit: 'GBP' }, 'en-GB')).toBe('£1,200');
    // Cents are all written, as the currency has them; a currency without them is not given any.
    expect(formatFigure({ value: 25.1, unit: 'USD' }, 'en-GB')).toBe('US$25.10');
    expect(formatFigure({ value: 1250.5, unit: 'JPY' }, 'en-GB')).toBe('JP¥1,251');
    expect(spaced(formatFigure({ value: 3_000_000, unit: 'CHF' }, 'en-GB'))).toBe('CHF 3 million');
    expect(formatFigure({ value: -4_000_000_000, unit: 'USD' }, 'en-GB')).toBe('−US$4 billion');
  });

  test('puts other units after the number', () => {
    expect(formatFigure({ value: 3, unit: 'sources' }, 'en-GB')).toBe('3 sources');
    expect(formatFigure({ value: 12.5, unit: '%' }, 'en-GB')).toBe('12.5%');
    expect(formatFigure({ value: 1_500_000, unit: 'TPU' }, 'en-GB')).toBe('1.5 million TPU');
  });
});

describe('formatNumber', () => {
  test('uses words only from a million up', () => {
    expect(formatNumber(999_999, 'en-GB')).toBe('999,999');
    expect(formatNumber(1_000_000, 'en-GB')).toBe('1 million');
    expect(formatNumber(1_234_000_000_000, 'en-GB')).toBe('1.23 trillion');
  });
});

describe('in another locale', () => {
  test('French puts the currency and the percent sign where French does, with its own large numbers', () => {
    expect(spaced(formatFigure({ value: 15_000_000_000, unit: 'EUR' }, 'fr-FR'))).toBe('15 milliards €');
    expect(spaced(formatFigure({ value: 10_000_000_000, unit: 'USD' }, 'fr-FR'))).toBe('10 milliards $US');
    expect(spaced(formatFigure({ value: 2_500_000, unit: 'EUR' }, 'fr-FR'))).toBe('2,5 millions €');
    expect(spaced(formatFigure({ value: 1.5, unit: '%' }, 'fr-FR'))).toBe('1,5 %');
    expect(spaced(formatFigure({ value: 2300, unit: 'emplois' }, 'fr-FR'))).toBe('2 300 emplois');
    // A French billion is a million millions.
    expect(spaced(formatNumber(1_230_000_000_000, 'fr-FR'))).toBe('1,23 billion');
  });

  test('German and American English too', () => {
    expect(spaced(formatFigure({ value: 1234.5, unit: 'EUR' }, 'de-DE'))).toBe('1.234,50 €');
    expect(formatFigure({ value: 10_000_000_000, unit: 'USD' }, 'en-US')).toBe('$10 billion');
  });

  test('the exact value keeps every digit, in the locale’s forms', () => {
    expect(formatExactFigure({ value: 1_234_567.25, unit: 'TPU' }, 'en-GB')).toBe('1,234,567.25 TPU');
    expect(spaced(formatExactFigure({ value: 1_234_567.25, unit: 'TPU' }, 'fr-FR'))).toBe('1 234 567,25 TPU');
    expect(formatExactFigure({ value: 0.07, unit: '%' }, 'en-GB')).toBe('0.07%');
  });
});
