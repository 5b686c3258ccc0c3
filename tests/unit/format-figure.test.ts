import { describe, expect, test } from 'vitest';
import { formatFigure, formatNumber } from '../../src/values/format-figure.ts';

describe('formatFigure', () => {
  test('writes money with its currency and large amounts in words', () => {
    expect(formatFigure({ value: 10_000_000_000, unit: 'USD' })).toBe('US$10 billion');
    expect(formatFigure({ value: 75_000_000_000, unit: 'USD' })).toBe('US$75 billion');
    expect(formatFigure({ value: 2_500_000, unit: 'EUR' })).toBe('€2.5 million');
    expect(formatFigure({ value: 1200, unit: 'GBP' })).toBe('£1,200');
    expect(formatFigure({ value: 3_000_000, unit: 'CHF' })).toBe('CHF 3 million');
    expect(formatFigure({ value: -4_000_000_000, unit: 'USD' })).toBe('−US$4 billion');
  });

  test('puts other units after the number', () => {
    expect(formatFigure({ value: 3, unit: 'sources' })).toBe('3 sources');
    expect(formatFigure({ value: 12.5, unit: '%' })).toBe('12.5%');
    expect(formatFigure({ value: 1_500_000, unit: 'TPU' })).toBe('1.5 million TPU');
  });
});

describe('formatNumber', () => {
  test('uses words only from a million up', () => {
    expect(formatNumber(999_999)).toBe('999,999');
    expect(formatNumber(1_000_000)).toBe('1 million');
    expect(formatNumber(1_234_000_000_000)).toBe('1.23 trillion');
  });
});
