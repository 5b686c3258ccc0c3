/**
 * Suggestions measured against notes annotated by hand (their annotations stripped, then suggested again), and
 * `npm run suggest --write` keeping the note as it was around what it adds. The finders on the phrases authors
 * meet: suggest-dates.test.ts, suggest-figures.test.ts, suggest-parties.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { suggestAnnotations, type Suggestion } from '../../src/suggest/suggest-annotations.ts';
import type { PartialDate } from '../../src/values/partial-date.ts';
import { noteChecker } from '../../src/check/check-note.ts';
import { readNote } from '../../src/check/read-note.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { noteSchema } from '../../src/schemas/note.ts';
import { defaultSite } from '../support/default-site.ts';
import { suggest } from '../../scripts/suggest.ts';
import { runInProcess, runSpawned } from '../support/command.ts';

const check = noteChecker(await createNoteRenderer(defaultSite));

/** A hand-annotated note's text and date, with the suggestions made for it once its annotations are stripped. */
async function suggestedFor(path: string) {
  const raw = readFileSync(path, 'utf8');
  const file = readNote(path, raw);
  const byHand = noteSchema.parse(file.data);
  const strippedText = `---\ntitle: ${JSON.stringify(byHand.title)}\n${byHand.source?.published ? `source:\n  published: ${byHand.source.published.iso}\n` : ''}---\n${file.body}`;
  const checked = await check(path, strippedText);
  const anchors = checked.rendered?.anchoring.anchors;
  if (!anchors || !checked.note) throw new Error(`${path} did not render`);
  return { byHand, suggestions: suggestAnnotations(checked.note, anchors) };
}

/** The same date, at the precision the text supports: a suggested year counts for a hand-made month of that year. */
const sameDate = (suggested: Suggestion, date: PartialDate) =>
  suggested['date'] === date.iso || (suggested['approximate'] === true && suggested['date'] === String(date.year));

describe.each([
  ['tests/fixtures/site-notes/openai-google-cloud.md', 'a news article in US dollars, dated by month and year'],
  ['tests/fixtures/site-notes/crowded-paragraph.md', 'a company report with a table and a year ahead'],
  ['tests/fixtures/cross-notes/chip-plans.md', 'a short note in euros, dated to the day and by "next year"'],
])('suggestions for %s (%s)', (path) => {
  test('find every date and figure written by hand, and few that were not', async () => {
    const { byHand, suggestions } = await suggestedFor(path);
    const dates = suggestions.dates;
    const figures = suggestions.figures;
    const missedDates = byHand.dates.filter((date) => !dates.some((s) => sameDate(s, date.date)));
    const missedFigures = byHand.figures.filter(
      (figure) => !figures.some((s) => s['value'] === figure.value && s['unit'] === figure.unit),
    );
    expect({ missedDates: missedDates.map((d) => d.quote), missedFigures: missedFigures.map((f) => f.quote) }).toEqual({
      missedDates: [],
      missedFigures: [],
    });
    const extra =
      dates.filter((s) => !byHand.dates.some((date) => sameDate(s, date.date))).length +
      figures.filter((s) => !byHand.figures.some((f) => s['value'] === f.value && s['unit'] === f.unit)).length;
    expect(extra * 3).toBeLessThanOrEqual(dates.length + figures.length);
    for (const suggestion of [...dates, ...figures, ...suggestions.parties]) expect(suggestion['draft']).toBe(true);
  });
});

describe('suggested parties, against the notes written by hand', () => {
  const namesOf = (party: { name: string; aliases: string[] }) =>
    [party.name, ...party.aliases].map((n) => n.toLowerCase());
  const matched = async (path: string) => {
    const { byHand, suggestions } = await suggestedFor(path);
    const found = byHand.parties.filter((party) =>
      suggestions.parties.some((s) => namesOf(party).includes(String(s['name']).toLowerCase())),
    );
    const all = suggestions.parties.length + suggestions.dates.length + suggestions.figures.length;
    const extra = suggestions.parties.filter(
      (s) => !byHand.parties.some((party) => namesOf(party).includes(String(s['name']).toLowerCase())),
    );
    return { found: found.length, of: byHand.parties.length, extra: extra.length, all };
  };

  test('the news article: at least 9 of its 11 parties, and no more than one suggestion in three that it lacks', async () => {
    const { found, of, extra, all } = await matched('tests/fixtures/site-notes/openai-google-cloud.md');
    expect(of).toBe(11);
    expect(found).toBeGreaterThanOrEqual(9);
    expect(extra * 3).toBeLessThanOrEqual(all);
  });
});

describe('npm run suggest', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-suggest-'));
  const run = (...args: string[]) => runInProcess(() => suggest(args));

  test('--write adds drafts after what the note has, keeping its comments, order and text; the check refuses them', async () => {
    const path = join(folder, 'deal.md');
    const before = [
      '---',
      '# The deal, as reported.',
      'title: A deal',
      'source:',
      '  published: 2025-06-11 # the capture’s date',
      'figures:',
      '  - id: run-rate # checked by hand',
      '    value: 10000000000',
      '    unit: USD',
      '    label: Run rate',
      '    quote: $10 billion',
      '---',
      '',
      'OpenAI reported a run rate of $10 billion. The deal was finalized in May, three sources said.',
      '',
    ].join('\n');
    writeFileSync(path, before);
    const result = await run(path, '--write');
    expect(result.err).toBe('');
    expect(result.out).toContain('0 parties, 1 date and 1 figure suggested, each marked draft: true.');
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(before.slice(0, before.indexOf('    quote: $10 billion')))).toBe(true);
    expect(after).toContain('# The deal, as reported.');
    expect(after).toContain('  - id: run-rate # checked by hand');
    expect(
      after.endsWith('OpenAI reported a run rate of $10 billion. The deal was finalized in May, three sources said.\n'),
    ).toBe(true);
    const checked = await check(path, after);
    expect(checked.problems).toMatchObject([
      { message: '2 annotations are drafts (suggested, not yet reviewed)', onlyInBuild: true },
    ]);
    const reviewed = await check(path, after.replaceAll('    draft: true\n', ''));
    expect(reviewed.problems).toEqual([]);
  });

  test('without a date for the article, relative dates are left alone and the author is told why', async () => {
    const path = join(folder, 'undated.md');
    writeFileSync(path, '---\ntitle: Undated\n---\n\nThe deal was finalized in May, on 3 March 2024.\n');
    const result = await run(path);
    expect(result.out).toContain('date: 2024-03-03');
    expect(result.out).not.toContain('quote: in May');
    expect(result.out).toContain(
      'Left alone, because the note has no source.published to resolve them against: "May".',
    );
  });

  test('a note with problems is refused until it is mended, with status 1 (run as a person runs it)', () => {
    const path = join(folder, 'broken.md');
    writeFileSync(path, '---\ntitle: Broken\ndates:\n  - id: x\n---\n\nText.\n');
    const result = runSpawned('scripts/suggest.ts', [path]);
    expect(result.status).toBe(1);
    expect(result.err).toContain('mend the note first');
    expect(readFileSync(path, 'utf8')).toBe('---\ntitle: Broken\ndates:\n  - id: x\n---\n\nText.\n');
  });
});
