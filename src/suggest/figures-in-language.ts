/**
 * Figures in a text written in French, German or Spanish, in that language's number forms: a decimal comma
 * ("1,5 %"), digits grouped by spaces or points ("2 300", "1.234,5"), its scale words ("15 milliards d'euros" is
 * 15000000000 EUR, "1.234,5 Mio. €" 1234500000 EUR, "3 mil millones de dólares" 3000000000 USD), its percent and
 * unit words ("6,5 gigawatts" is 6.5 GW). A number with nothing after it that says what it counts is left alone:
 * "3 mars" is a date's business.
 */

import { monthNamesIn } from '../values/month-names.ts';
import type { FoundFigure } from './suggest-figures.ts';

interface NumberForms {
  /** The thousands separators besides spaces (a point in German and Spanish). */
  groups: string;
  /** Scale words, longest first where one starts another. */
  scales: Record<string, number>;
  /** Currency words (and the article or preposition before them, as a pattern). */
  currencies: Record<string, string>;
  currencyLead: string;
  percent: string;
  /** Unit words to their symbols. */
  units: Record<string, string>;
  /** Plural nouns that count time, not things. */
  notCounted: RegExp;
  /** What a count's noun looks like (plurals); none where plurals cannot be told by their ending. */
  counted?: string;
  /** Nouns are written with a capital (German), which the count's unit keeps; a lower-case word counts nothing. */
  capitalNouns?: true;
}

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', CHF: 'CHF' };

const UNIT_WORDS: Record<string, string> = {
  gigawatts: 'GW',
  gigawatt: 'GW',
  mégawatts: 'MW',
  megawatts: 'MW',
  mégawatt: 'MW',
  megawatt: 'MW',
  kilowatts: 'kW',
  térawattheures: 'TWh',
  térawattheure: 'TWh',
  gigawattheures: 'GWh',
  gigawattheure: 'GWh',
  mégawattheures: 'MWh',
  mégawattheure: 'MWh',
  terawattstunden: 'TWh',
  gigawattstunden: 'GWh',
  megawattstunden: 'MWh',
  'megavatios hora': 'MWh',
  'gigavatios hora': 'GWh',
  'kilovatios hora': 'kWh',
  megavatios: 'MW',
  gigavatios: 'GW',
  'mètres carrés': 'm²',
  'metros cuadrados': 'm²',
  quadratmeter: 'm²',
  quadratmetern: 'm²',
  'm²': 'm²',
  'km²': 'km²',
  tonnes: 't',
  tonne: 't',
  tonnen: 't',
  toneladas: 't',
  kilomètres: 'km',
  kilometer: 'km',
  kilómetros: 'km',
  litres: 'l',
  liter: 'l',
  litros: 'l',
  metern: 'm',
  meter: 'm',
  mètres: 'm',
  metros: 'm',
  kilometern: 'km',
  litern: 'l',
  'mètres cubes': 'm³',
  'metros cúbicos': 'm³',
  kubikmeter: 'm³',
  'm³': 'm³',
  kwh: 'kWh',
  mwh: 'MWh',
  gwh: 'GWh',
  twh: 'TWh',
  kwp: 'kWp',
  mwp: 'MWp',
  kw: 'kW',
  mw: 'MW',
  gw: 'GW',
  w: 'W',
};

/**
 * Numbers written out, five to twenty, by language: "onze communes", "fünf Spiele", "cinco licencias". Two to four
 * count what a story mentions in passing ("deux banques", "dos campañas") far more often than what it is about.
 */
// prettier-ignore
const WORD_NUMBERS: Record<string, Record<string, number>> = {
  fr: { cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14,
    quinze: 15, seize: 16, vingt: 20 },
  de: { fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14,
    fünfzehn: 15, zwanzig: 20 },
  es: { cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14,
    quince: 15, veinte: 20 },
};

const FORMS: Record<string, NumberForms> = {
  fr: {
    groups: '',
    scales: { milliards: 1e9, milliard: 1e9, millions: 1e6, million: 1e6, mille: 1e3, md: 1e9, mds: 1e9, m: 1e6 },
    currencies: { euros: 'EUR', euro: 'EUR', dollars: 'USD', dollar: 'USD', livres: 'GBP', francs: 'CHF' },
    currencyLead: String.raw`(?:d['’]|de\s)?`,
    percent: String.raw`%|pour\s?cent`,
    units: UNIT_WORDS,
    notCounted: /^(?:ans|années|mois|jours|semaines|heures|minutes|fois|siècles|décennies)$/i,
    counted: String.raw`(?:(?:petits|petites|grands|grandes|nouveaux|nouvelles|autres|anciens|anciennes|jeunes)\s)?[a-zà-ÿœ]+[sx]`,
  },
  de: {
    groups: '.',
    scales: {
      milliarden: 1e9,
      milliarde: 1e9,
      'mrd.': 1e9,
      mrd: 1e9,
      millionen: 1e6,
      million: 1e6,
      'mio.': 1e6,
      mio: 1e6,
      'tsd.': 1e3,
    },
    currencies: { euro: 'EUR', dollar: 'USD', pfund: 'GBP', franken: 'CHF', 'd-mark': 'DEM', dm: 'DEM' },
    currencyLead: '',
    percent: String.raw`%|prozent`,
    units: UNIT_WORDS,
    notCounted: /^(?:jahre|jahren|monate|monaten|tage|tagen|wochen|stunden|minuten|mal)$/i,
    // German plurals end in -e, -en, -er, -n or -s (or in nothing at all); an adjective may come first ("120 neue
    // Stellen"). A number after a paragraph's, a page's or a rank's word is no count (NOT_A_COUNT below).
    counted: String.raw`\p{L}+(?:e|en|er|n|s)(?:\s\p{L}+(?:e|en|er|n|s))?`,
    capitalNouns: true,
  },
  es: {
    groups: '.',
    scales: { 'mil millones': 1e9, millones: 1e6, millón: 1e6, mil: 1e3 },
    currencies: { euros: 'EUR', euro: 'EUR', dólares: 'USD', dolares: 'USD', libras: 'GBP', pesetas: 'ESP' },
    currencyLead: String.raw`(?:de\s)?`,
    percent: String.raw`%|por\s?ciento`,
    units: UNIT_WORDS,
    notCounted: /^(?:años|meses|días|semanas|horas|minutos|veces|siglos|décadas)$/i,
    counted: String.raw`(?:(?:pequeños|pequeñas|grandes|nuevos|nuevas|otros|otras|antiguos|antiguas|jóvenes)\s)?[a-záéíóúñ]+s`,
  },
};

/** Words before a number that make it a label's, not a count's: "§ 12", "Seite 4", "Platz 3". */
const NOT_A_COUNT =
  /(?:§|Nr\.|Seite|Artikel|Art\.|Absatz|Abs\.|Kapitel|Paragraf|Platz|Rang|Teil|Band|Ziffer|Linie|Gleis|Tor)\s?$/u;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Whether figures in this language are read here (the language's first subtag). */
export const readsFiguresIn = (language: string): boolean => (language.split('-')[0] ?? '').toLowerCase() in FORMS;

export function findFiguresIn(text: string, language: string): FoundFigure[] {
  const forms = FORMS[language.split('-')[0]?.toLowerCase() ?? ''];
  if (!forms) return [];
  const space = String.raw`[ \u00A0\u202F]`;
  const group = forms.groups ? `(?:${space}|${escape(forms.groups)})` : space;
  const written = WORD_NUMBERS[language.split('-')[0]?.toLowerCase() ?? ''] ?? {};
  const number = String.raw`\d{1,3}(?:${group}\d{3})+(?:,\d+)?|\d+(?:,\d+)?|(?:${alternatives(Object.keys(written))})(?![\p{L}])`;
  const scale = `(?:${space}?(${alternatives(Object.keys(forms.scales))})(?![\\p{L}]))?`;
  const symbol = alternatives(Object.keys(SYMBOLS));
  const after = [
    `(${symbol})`,
    `${forms.currencyLead}(${alternatives(Object.keys(forms.currencies))})(?![\\p{L}])`,
    `(${forms.percent})(?![\\p{L}])`,
    `(${alternatives(Object.keys(forms.units))})(?![\\p{L}])`,
    forms.counted ? `(?:(?:de\\s|d['’]))?(${forms.counted})(?![\\p{L}])` : '(?!)',
  ].join('|');
  const pattern = new RegExp(String.raw`(?<![\p{L}\d,.])(${number})${scale}${space}?(?:${after})`, 'giu');
  // "3 mars" is a date: the language's month names (from Intl) count nothing.
  const months = new Set(monthNamesIn(language).map((name) => name.toLowerCase()));
  const found: FoundFigure[] = [];
  for (const match of text.matchAll(pattern)) {
    const [words, digits, scaleWord, symbolWord, currencyWord, percentWord, unitWord, noun] = match as unknown as [
      string,
      string,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
    ];
    if (noun && (forms.notCounted.test(noun) || months.has(noun.toLowerCase()))) continue;
    const before = text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0);
    if (noun && NOT_A_COUNT.test(before)) continue;
    // German: the noun is the first capitalised word, after an adjective or none ("280 Stellen sollten").
    const capital = forms.capitalNouns ? (noun ?? '').split(' ').findIndex((word) => /^\p{Lu}/u.test(word)) : 0;
    if (noun && capital < 0) continue;
    const counted = forms.capitalNouns ? (noun ?? '').split(' ')[capital] : noun;
    const cut = noun && counted ? noun.length - noun.indexOf(counted) - counted.length : 0;
    if (counted && (forms.notCounted.test(counted) || months.has(counted.toLowerCase()))) continue;
    // "21 millones de kilos": "de" joins a count's noun only to a scale word.
    if (noun && !scaleWord && /\sde\s|d['’]/.test(words.slice(digits.length))) continue;
    // A year before a noun ("2019 années") is no count.
    if (noun && !scaleWord && /^(1[5-9]|20)\d\d$/.test(digits)) continue;
    // "onze communes", "fünf Spiele": a number written out counts things only, with no scale ("deux millions").
    const spelt = written[digits.toLowerCase()];
    if (spelt !== undefined && !noun) continue;
    if (spelt !== undefined && scaleWord) continue;
    const plain = spelt ?? Number(digits.replace(new RegExp(group, 'gu'), '').replace(',', '.'));
    const value = Math.round(plain * (scaleWord ? (forms.scales[scaleWord.toLowerCase()] ?? 1) : 1) * 100) / 100;
    const unit = symbolWord
      ? (SYMBOLS[symbolWord] as string)
      : currencyWord
        ? (forms.currencies[currencyWord.toLowerCase()] as string)
        : percentWord
          ? '%'
          : unitWord
            ? (forms.units[unitWord.toLowerCase()] ?? unitWord)
            : forms.capitalNouns
              ? (counted ?? '')
              : (noun ?? '').toLowerCase();
    if (!Number.isFinite(value) || !unit) continue;
    const start = match.index ?? 0;
    // "38 millones de euros; … los 19 millones": a scale alone has the currency of the money named just before.
    const scaled = forms.scales[(noun ?? '').toLowerCase()];
    const money = found.findLast((figure) => /^[A-Z]{3}$/.test(figure.unit) && start - figure.end < 300);
    if (scaled && !money) continue;
    if (scaled && money)
      found.push({ start, end: start + words.length, value: plain * scaled, unit: money.unit, approximate: false });
    // "60 pequeños propietarios": the noun after an adjective is what is counted. "64 Bewohnerinnen und Bewohner":
    // German names both genders, and the count is of both.
    else {
      const noun = unit.split(' ').at(-1) ?? unit;
      const end = start + words.length - cut;
      const both = /innen$/u.test(noun)
        ? new RegExp(`^ und ${noun.slice(0, -5)}\\p{Ll}{0,2}(?![\\p{L}])`, 'u').exec(text.slice(end))
        : null;
      found.push({
        start,
        end: end + (both?.[0].length ?? 0),
        value,
        unit: both ? `${noun}${both[0]}` : noun,
        approximate: false,
      });
    }
  }
  // "eine Milliarde Euro", "un milliard d'euros", "mil millones de euros": one of a scale, in words.
  const scales = alternatives(Object.keys(forms.scales).filter((word) => word.length > 3 && !word.endsWith('.')));
  const currencies = alternatives(Object.keys(forms.currencies));
  const oneOf = String.raw`(?<![\p{L}\d])(?<!\d\s)(?:(?:un|une|ein|eine|einer|una|uno)\s(${scales})|(mil millones))`;
  for (const match of text.matchAll(
    new RegExp(`${oneOf}${space}${forms.currencyLead}(${currencies})(?![\\p{L}])`, 'giu'),
  )) {
    const [words, scaleWord = '', thousandMillions = '', currency = ''] = match as unknown as string[];
    const start = match.index ?? 0;
    const end = start + (words ?? '').length;
    const value = forms.scales[(scaleWord || thousandMillions).toLowerCase()] ?? 0;
    if (value >= 1e6 && found.every((figure) => end <= figure.start || start >= figure.end))
      found.push({ start, end, value, unit: forms.currencies[currency.toLowerCase()] as string, approximate: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
