/** Writes a figure for reading: money with its currency ("US$10 billion"), large numbers in words, units after. */
import { isCurrencyCode } from './currency.ts';

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "10 billion", "1.25 million", "3,000": words only from a million up, where digits stop being readable. */
export function formatNumber(value: number): string {
  const size = Math.abs(value);
  for (const [scale, word] of SCALES) {
    if (size >= scale) return `${plain.format(value / scale)} ${word}`;
  }
  return plain.format(value);
}

const symbols = new Map<string, string>();

/** The symbol British English uses for a currency: "US$", "€", "£"; the code itself where there is none. */
function currencySymbol(code: string): string {
  let symbol = symbols.get(code);
  if (symbol === undefined) {
    // Building a formatter is slow; every note with money asks again, so each answer is kept.
    const parts = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code }).formatToParts(1);
    symbol = parts.find((part) => part.type === 'currency')?.value ?? code;
    symbols.set(code, symbol);
  }
  return symbol;
}

export function formatFigure(figure: { value: number; unit: string }): string {
  const { value, unit } = figure;
  if (isCurrencyCode(unit)) {
    const symbol = currencySymbol(unit);
    const separator = /^[A-Z]+$/.test(symbol) ? ' ' : '';
    return `${value < 0 ? '−' : ''}${symbol}${separator}${formatNumber(Math.abs(value))}`;
  }
  if (unit === '%') return `${formatNumber(value)}%`;
  return `${formatNumber(value)} ${unit}`;
}
