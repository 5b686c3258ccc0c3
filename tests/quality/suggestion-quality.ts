/**
 * How well `npm run suggest` does on a capture, against the annotations a careful author keeps (a file of
 * `tests/fixtures/quality/`): the capture is imported as `npm run new` imports it, its suggestions made as
 * `npm run suggest` makes them, and each kind's recall (the author's annotations suggested with the right
 * value) and extras (suggestions the author would not keep) counted.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parse } from 'yaml';
import { keepImages } from '../../src/capture/html/keep-images.ts';
import { importCapture, noteFileText } from '../../src/capture/new-note.ts';
import { suggestAnnotations } from '../../src/suggest/suggest-annotations.ts';
import { noteChecker } from '../../src/check/check-note.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { defaultSite } from '../support/default-site.ts';

interface Expected {
  capture: string;
  published?: string | number;
  language?: string;
  dates: Array<{ quote: string; date: string | number }>;
  figures: Array<{ quote: string; value: number; unit: string }>;
  /** Names alone (the first corpus), or names with the kind a careful author gives them. */
  parties: Array<string | { name: string; kind: string }>;
  /** Words that read as dates and are none ("for four years"): counted as extras when suggested. */
  'not-dates'?: string[];
}

export interface KindScore {
  expected: number;
  found: number;
  suggested: number;
  extra: number;
  missed: string[];
  extras: string[];
  /** Of those found, how many with the right kind (parties with a kind); `found` where no kind is scored. */
  rightKind: number;
  /** Found with the wrong kind: "name (kind suggested, kind expected)". */
  wrongKind: string[];
}

const check = noteChecker(await createNoteRenderer(defaultSite));
export const folded = (name: string | number) =>
  String(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .replace(/^(?:l|d)'/, '');

/** A unit word an author writes out, as the symbol the suggestions give it ("tonnes" is t). */
const UNIT_SYMBOLS: Record<string, string> = {
  tonnes: 't',
  tonne: 't',
  tonnen: 't',
  toneladas: 't',
  kilometer: 'km',
  kilometres: 'km',
  kilomètres: 'km',
  kilómetros: 'km',
  'mètres carrés': 'm²',
  'metros cuadrados': 'm²',
  quadratmeter: 'm²',
  metern: 'm',
  meter: 'm',
  mètres: 'm',
  metros: 'm',
  metres: 'm',
  kilometern: 'km',
  litern: 'l',
  'mètres cubes': 'm³',
  'metros cúbicos': 'm³',
  kubikmeter: 'm³',
  mégawattheures: 'MWh',
  mégawattheure: 'MWh',
  'megavatios hora': 'MWh',
  megawattstunden: 'MWh',
  gigawattheure: 'GWh',
  gigawattheures: 'GWh',
  gigawattstunden: 'GWh',
  terawattstunden: 'TWh',
  térawattheures: 'TWh',
  prozent: '%',
  megavatios: 'MW',
  gigavatios: 'GW',
  megawatts: 'MW',
  gigawatts: 'GW',
  mégawatts: 'MW',
};
export const sameUnit = (suggested: string, expected: string): boolean =>
  suggested === expected || suggested === UNIT_SYMBOLS[expected.toLowerCase()];

/** The same words, or one quote inside the other ("in May" and "May"). */
export const sameWords = (a: string, b: string): boolean => {
  const [x, y] = [folded(a), folded(b)];
  return x.includes(y) || y.includes(x);
};

function score<E, S>(
  expected: E[],
  suggested: S[],
  same: (e: E, s: S) => boolean,
  show: (e: E | S) => string,
): KindScore {
  const missed = expected.filter((e) => !suggested.some((s) => same(e, s)));
  const extras = suggested.filter((s) => !expected.some((e) => same(e, s)));
  return {
    expected: expected.length,
    found: expected.length - missed.length,
    suggested: suggested.length,
    extra: extras.length,
    missed: missed.map(show),
    extras: extras.map(show),
    rightKind: expected.length - missed.length,
    wrongKind: [],
  };
}

type Found = Record<string, unknown>;

/** Parties by name (or alias); where the author gave a kind, the kind is scored too. */
function partyScore(expected: Expected['parties'], suggested: Found[]): KindScore {
  const names = (s: Found): string[] =>
    [s['name'], s['quote'], ...((s['aliases'] as string[] | undefined) ?? [])].filter(
      (name): name is string => typeof name === 'string',
    );
  const nameOf = (e: Expected['parties'][number]): string => (typeof e === 'string' ? e : e.name);
  const same = (e: Expected['parties'][number], s: Found): boolean =>
    names(s).some((name) => folded(name) === folded(nameOf(e)));
  const result = score(expected, suggested, same, (item) =>
    typeof item === 'string' ? item : String((item as Found)['name']),
  );
  const wrongKind = expected.flatMap((e) => {
    const found = suggested.find((s) => same(e, s));
    return found && typeof e !== 'string' && found['kind'] !== e.kind
      ? [`${e.name} (${String(found['kind'])}, not ${e.kind})`]
      : [];
  });
  return { ...result, rightKind: result.found - wrongKind.length, wrongKind };
}

export async function suggestionQuality(path: string) {
  const expected = parse(readFileSync(path, 'utf8'), { schema: 'core' }) as Expected;
  const imported = await importCapture(basename(expected.capture), readFileSync(expected.capture));
  if ('error' in imported) throw new Error(`${expected.capture}: ${imported.error}`);
  // As `npm run new` does: an image not saved beside the capture is left out, not named where there is none.
  const { markdown: body } = await keepImages(imported.body, 'quality', { folder: dirname(expected.capture) });
  const note = {
    ...imported,
    body,
    ...(expected.language ? { language: expected.language } : {}),
    source: { ...imported.source, ...(expected.published ? { published: String(expected.published) } : {}) },
  };
  const text = noteFileText(note);
  const checked = await check('quality.md', text);
  const anchors = checked.rendered?.anchoring.anchors;
  if (!checked.note || !anchors)
    throw new Error(`${expected.capture} did not render: ${JSON.stringify(checked.problems)}`);
  const suggestions = suggestAnnotations(checked.note, anchors);
  const quoteOf = (item: Found | { quote: string } | string) =>
    typeof item === 'string' ? item : String((item as Found)['quote'] ?? (item as Found)['name']);
  return {
    dates: score(
      expected.dates,
      suggestions.dates as Found[],
      (e, s) => String(s['date']) === String(e.date) && sameWords(e.quote, quoteOf(s)),
      (item) => `${quoteOf(item as Found)} (${String((item as Found)['date'])})`,
    ),
    /** Suggested dates whose words the author listed as no date (each also among the dates' extras). */
    notDates: (suggestions.dates as Found[])
      .map(quoteOf)
      .filter((quote) => (expected['not-dates'] ?? []).some((words) => sameWords(words, quote))),
    figures: score(
      expected.figures,
      suggestions.figures as Found[],
      (e, s) => s['value'] === e.value && sameUnit(String(s['unit']), e.unit),
      (item) => `${quoteOf(item as Found)} (${String((item as Found)['value'])} ${String((item as Found)['unit'])})`,
    ),
    parties: partyScore(expected.parties, suggestions.parties as Found[]),
  };
}
