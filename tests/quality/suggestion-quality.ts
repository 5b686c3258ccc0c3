/**
 * How well `npm run suggest` does on a capture, against the annotations a careful author keeps (a file of
 * `tests/fixtures/quality/`): the capture is imported as `npm run new` imports it, its suggestions made as
 * `npm run suggest` makes them, and each kind's recall (the author's annotations suggested with the right
 * value) and extras (suggestions the author would not keep) counted.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { importCapture, noteFileText } from '../../src/authoring/new-note.ts';
import { suggestAnnotations } from '../../src/authoring/suggest-annotations.ts';
import { noteChecker } from '../../src/loading/check-note.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';

interface Expected {
  capture: string;
  published?: string | number;
  language?: string;
  dates: Array<{ quote: string; date: string | number }>;
  figures: Array<{ quote: string; value: number; unit: string }>;
  parties: string[];
}

export interface KindScore {
  expected: number;
  found: number;
  suggested: number;
  extra: number;
  missed: string[];
  extras: string[];
}

const check = noteChecker(await createNoteRenderer());
const folded = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^(?:l|d)['’]/, '');

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
  };
}

export async function suggestionQuality(path: string) {
  const expected = parse(readFileSync(path, 'utf8'), { schema: 'core' }) as Expected;
  const imported = await importCapture(basename(expected.capture), readFileSync(expected.capture));
  if ('error' in imported) throw new Error(`${expected.capture}: ${imported.error}`);
  const note = {
    ...imported,
    ...(expected.language ? { language: expected.language } : {}),
    source: { ...imported.source, ...(expected.published ? { published: String(expected.published) } : {}) },
  };
  const text = noteFileText(note);
  const checked = await check('quality.md', text);
  const anchors = checked.rendered?.anchoring.anchors;
  if (!checked.note || !anchors)
    throw new Error(`${expected.capture} did not render: ${JSON.stringify(checked.problems)}`);
  const suggestions = suggestAnnotations(checked.note, anchors);
  type Found = Record<string, unknown>;
  const quoteOf = (item: Found | { quote: string } | string) =>
    typeof item === 'string' ? item : String((item as Found)['quote'] ?? (item as Found)['name']);
  return {
    dates: score(
      expected.dates,
      suggestions.dates as Found[],
      (e, s) => String(s['date']) === String(e.date),
      (item) => `${quoteOf(item as Found)} (${String((item as Found)['date'])})`,
    ),
    figures: score(
      expected.figures,
      suggestions.figures as Found[],
      (e, s) => s['value'] === e.value && s['unit'] === e.unit,
      (item) => `${quoteOf(item as Found)} (${String((item as Found)['value'])} ${String((item as Found)['unit'])})`,
    ),
    parties: score(
      expected.parties,
      suggestions.parties as Found[],
      (e, s) =>
        [s['name'], ...((s['aliases'] as string[] | undefined) ?? [])].some(
          (name) => typeof name === 'string' && folded(name) === folded(e),
        ),
      (item) => (typeof item === 'string' ? item : String((item as Found)['name'])),
    ),
  };
}
