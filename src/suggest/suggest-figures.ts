/**
 * Numbers a text states, with their units: money as an ISO 4217 code and its full value ("$10 billion" is
 * 10000000000 USD, "€3.5m" 3500000 EUR, "1.2 trillion yen" 1200000000000 JPY), percentages, and counts with the
 * word they count ("three sources" is 3 sources, "450 million active users" 450000000 active users), and
 * physical quantities with their unit symbol or word ("1.2 GW", "40 MWh", "3 million tonnes", "12 km"), and
 * simple fractions as a share in percent ("half of" is 50 %, "one in five" 20 %, "a third of" about 33.3 %).
 */
import { findFiguresIn, readsFiguresIn } from './figures-in-language.ts';

export interface FoundFigure {
  start: number;
  end: number;
  value: number;
  unit: string;
  approximate: boolean;
}

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  rupees: 'INR',
  francs: 'CHF',
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
// prettier-ignore
const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
/** Plural words that count time or order, not things: a date's business, or no unit at all. */
const NOT_UNITS = new Set([
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'times',
  'decades',
  'centuries',
  'percent',
  'others',
  'ones',
  'ways',
  'things',
  'of',
  'more',
  'less',
  'as',
]);

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`trillion|billion|million|thousand|bn|tn|mn|[kmb]`;
const MONEY = new RegExp(String.raw`(US\$|A\$|C\$|HK\$|NZ\$|\$|€|£|¥|₹)\s?(${NUMBER})(?:\s?(${SCALE})\b)?`, 'gi');
const MONEY_WORDS = new RegExp(
  String.raw`\b(${NUMBER})(?:\s(${SCALE}))?\s(${Object.keys(CURRENCY_WORDS).join('|')})\b`,
  'gi',
);
const PERCENT = new RegExp(String.raw`\b(${NUMBER})\s?(%|percent\b|per cent\b)`, 'gi');
/** What is counted: a plural, regular or not ("1,450 people"). */
const COUNTED = String.raw`[a-z]+s|people|children|men|women|staff|personnel|cattle`;
/** A word or two between a number and what it counts ("450 million active users"). */
const BETWEEN = String.raw`(?:(?!(?:of|the|a|an|to|and|or|in|on|at|for|by|per|from|with|than|more|less|over|under|about)\s)[a-z]+-?[a-z]*\s){0,2}`;
// Not a model's number ("FL-4 module"), nor a number's last digits.
const COUNT = new RegExp(
  String.raw`(?<![-\p{L}\d.,])(${NUMBER}|${Object.keys(WORD_NUMBERS).join('|')})(?:\s(${SCALE}))?\s(${BETWEEN})(${COUNTED})\b`,
  'giu',
);
/** Words that never stand between a number and what it counts: "3 of the sources" counts nothing. */
const NOT_BETWEEN = new Set([
  'of',
  'the',
  'a',
  'an',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'by',
  'per',
  'from',
  'with',
  'than',
  'more',
  'less',
  'over',
  'under',
  'about',
]);
/** Physical and energy units, as symbols or words (a bare "m" is left alone: it is millions as often as metres). */
const PHYSICAL = String.raw`[kMGT]?Wh|[kMGT]?W|tonnes|tons|t|kg|km²|km2|km|m²|m2|litres|liters|barrels|hectares|ha|mph|km\/h`;
const QUANTITY = new RegExp(
  String.raw`\b(${NUMBER})(?:\s(million|billion|thousand))?\s?(${PHYSICAL})(?![\p{L}\d])`,
  'gu',
);

const PARTS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
/** "half of", "a third of", "two-thirds of", "three quarters of": not "a quarter of 2022", a period of time. */
const FRACTION = new RegExp(
  String.raw`\b(?:(a|one|two|three|four|nine)[\s-])?(half|thirds?|quarters?|fifths?|tenths?)(?=\s+(?:of|the)\s)(?!\s+of\s+(?:the\s+)?(?:1[5-9]|20)\d\d\b)`,
  'gi',
);
/** "cut leakage by a fifth", "fell by half": a share with nothing after it. */
const BY_FRACTION = /(?<=\bby )(?:(a|one|two|three)[\s-])?(half|thirds?|quarters?|fifths?|tenths?)\b(?!\s+of\b)/gi;
const ONE_IN = new RegExp(String.raw`\b(one|1) in (${NUMBER}|two|three|four|five|six|seven|eight|nine|ten)\b`, 'gi');

const numberOf = (text: string): number => WORD_NUMBERS[text.toLowerCase()] ?? Number(text.replace(/,/g, ''));
const scaled = (value: number, scale: string | undefined): number =>
  Math.round(value * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1) * 100) / 100;

/** Every figure of a text; in French, German or Spanish by that language's number forms. */
export function findFigures(text: string, language = 'en'): FoundFigure[] {
  if (!language.toLowerCase().startsWith('en') && readsFiguresIn(language)) return findFiguresIn(text, language);
  const found: FoundFigure[] = [];
  const free = (start: number, end: number) => found.every((figure) => end <= figure.start || start >= figure.end);
  const add = (match: RegExpMatchArray, value: number, unit: string): void => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (Number.isFinite(value) && free(start, end)) found.push({ start, end, value, unit, approximate: false });
  };
  for (const match of text.matchAll(MONEY)) {
    add(match, scaled(numberOf(match[2] as string), match[3]), SYMBOLS[(match[1] as string).toUpperCase()] ?? 'USD');
  }
  for (const match of text.matchAll(MONEY_WORDS)) {
    add(
      match,
      scaled(numberOf(match[1] as string), match[2]),
      CURRENCY_WORDS[(match[3] as string).toLowerCase()] as string,
    );
  }
  for (const match of text.matchAll(PERCENT)) add(match, numberOf(match[1] as string), '%');
  // A share in words, in percent; a third is 33.3 %, approximate.
  const share = (match: RegExpMatchArray, share: number) => {
    const before = found.length;
    add(match, Math.round(share * 1000) / 10, '%');
    const figure = found[before];
    if (figure && Math.round(share * 1000) !== share * 1000) figure.approximate = true;
  };
  for (const match of [...text.matchAll(FRACTION), ...text.matchAll(BY_FRACTION)]) {
    const [, count = 'a', part] = match as unknown as [string, string | undefined, string];
    const parts = PARTS[part.toLowerCase().replace(/s$/, '')] as number;
    // "half of" alone is a half; "one half", "a half" too.
    const times = /^(?:a|one)$/i.test(count) ? 1 : numberOf(count);
    if (times < parts) share(match, times / parts);
  }
  for (const match of text.matchAll(ONE_IN)) {
    const whole = numberOf(match[2] as string);
    if (whole > 1) share(match, 1 / whole);
  }
  for (const match of text.matchAll(QUANTITY)) {
    const [, amount, scale, unit] = match as unknown as [string, string, string | undefined, string];
    // A year before a unit ("2024 t") is no quantity.
    if (!scale && /^(1[5-9]|20)\d\d$/.test(amount)) continue;
    add(match, scaled(numberOf(amount), scale), unit === 'km2' ? 'km²' : unit === 'm2' ? 'm²' : unit);
  }
  for (const match of text.matchAll(COUNT)) {
    const [, amount, scale, between, noun] = match as unknown as [string, string, string | undefined, string, string];
    const words = between.trim().split(/\s+/).filter(Boolean);
    // A year before a plural ("2025 models") is a date's business, not a count.
    if (NOT_UNITS.has(noun.toLowerCase()) || (!scale && /^(1[5-9]|20)\d\d$/.test(amount))) continue;
    if (words.some((word) => NOT_BETWEEN.has(word.toLowerCase()) || NOT_UNITS.has(word.toLowerCase()))) continue;
    add(match, scaled(numberOf(amount), scale), [...words, noun].join(' ').toLowerCase());
  }
  return found.sort((a, b) => a.start - b.start);
}
