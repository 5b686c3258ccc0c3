/**
 * What the dev server does for review, without the browser: a note found by its page alone, an edit checked
 * before it is written, a file changed meanwhile never overwritten, a rejected suggestion never proposed again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { suggestAnnotations } from '../../src/suggest/suggest-annotations.ts';
import { noteChecker } from '../../src/check/check-note.ts';
import { writeRecord } from '../../src/loading/note-record.ts';
import { reviewService } from '../../src/review/review-service.ts';
import { problemsOf, renderer, reviewFolder } from '../support/review-folder.ts';

const NOTE = [
  '---',
  'title: A deal',
  'source:',
  '  published: 2025-06-10',
  'figures:',
  '  - id: run-rate',
  '    value: 10000000000',
  '    unit: USD',
  '    label: Revenue run rate',
  '    quote: $10 billion',
  '    draft: true',
  '---',
  '',
  'OpenAI announced a run rate of $10 billion in May.',
  '',
].join('\n');

const folder = reviewFolder(NOTE);
const { seenOf } = folder;

test('opens a note by its page, with its annotations as written and the form of each kind', async () => {
  const opened = await folder.service.handle({ op: 'open', slug: 'deal' });
  expect(opened).toMatchObject({ ok: true, annotations: { 'run-rate': { kind: 'figure' } } });
  if (opened.op !== 'open' || !opened.ok) return;
  expect(opened.forms.figure.map((field) => field.name)).toEqual([
    'value',
    'unit',
    'label',
    'asOf',
    'approximate',
    'basis',
    'quote',
    'prefix',
    'suffix',
    'note',
  ]);
  expect(opened.forms.party.find((field) => field.name === 'kind')?.options).toContain('person');
});

test('a page no note has, or a path, finds nothing', async () => {
  for (const slug of ['nothing', '../deal', join(folder.root, 'deal.md')])
    expect(problemsOf(await folder.service.handle({ op: 'open', slug }))[0]).toMatch(/has the page/);
});

test('an edit the check refuses is reported in its words and not written', async () => {
  const seen = await seenOf();
  const edit = {
    op: 'save',
    kind: 'figure',
    id: 'run-rate',
    fields: { quote: '$10 billon', value: 1e10, unit: 'USD', label: 'Revenue run rate' },
  } as const;
  for (const op of ['check', 'save'] as const)
    expect(problemsOf(await folder.service.handle({ op, slug: 'deal', seen, edit }))[0]).toContain(
      'quote "$10 billon" was not found',
    );
  expect(readFileSync(folder.file, 'utf8')).toBe(NOTE);
});

test('a save writes the file; one made on a page shown before the file changed is refused', async () => {
  const seen = await seenOf();
  const saved = await folder.service.handle({ op: 'save', slug: 'deal', seen, edit: { op: 'accept', id: 'run-rate' } });
  expect(saved.ok).toBe(true);
  expect(readFileSync(folder.file, 'utf8')).toBe(NOTE.replace('    draft: true\n', ''));
  // The page still holds the digest of the file as it was: its next save is refused, the file left alone.
  const stale = await folder.service.handle({ op: 'save', slug: 'deal', seen, edit: { op: 'delete', id: 'run-rate' } });
  expect(problemsOf(stale)[0]).toContain('changed on disk since this page was shown');
  expect(readFileSync(folder.file, 'utf8')).toBe(NOTE.replace('    draft: true\n', ''));
});

test("a save's reply carries the note as the notes loader renders it anew, not as it was", async () => {
  const records = join(folder.root, 'records');
  const kept = (page: string, html: string) =>
    writeRecord(records, { page, html, headings: [], selectors: {}, inContext: [], entries: {} });
  kept('deal', '<p>as shown</p>');
  const waiting = reviewService({
    root: folder.root,
    folder: folder.root,
    renderer,
    records,
    lock: join(folder.root, 'links.lock'),
    renderedWithinMs: 2000,
  });
  // The loader, seeing the file change, renders the notes and writes their records: here, a moment after the save
  // begins, another note's first (whose links moved), then this one's.
  const loader = setTimeout(() => (kept('other', '<p>another note</p>'), kept('deal', '<p>accepted</p>')), 100);
  const saved = await waiting.handle({
    op: 'save',
    slug: 'deal',
    seen: await seenOf(),
    edit: { op: 'accept', id: 'run-rate' },
  });
  clearTimeout(loader);
  expect(saved).toMatchObject({ ok: true, html: '<p>accepted</p>' });
  // No new rendering in time: no HTML (the page waits for Astro's reload), never the note as it was shown.
  const quick = reviewService({
    root: folder.root,
    folder: folder.root,
    renderer,
    records,
    lock: join(folder.root, 'links.lock'),
    renderedWithinMs: 50,
  });
  const next = await quick.handle({
    op: 'save',
    slug: 'deal',
    seen: await seenOf(),
    edit: { op: 'delete', id: 'run-rate' },
  });
  expect(next.ok).toBe(true);
  expect(next).not.toHaveProperty('html');
});

test('a selection is prefilled by the suggestion rules, with an id of its own', async () => {
  const reply = await folder.service.handle({
    op: 'prefill',
    slug: 'deal',
    kind: 'date',
    selection: { quote: 'in May', before: 'OpenAI announced a run rate of $10 billion ', after: '.' },
  });
  expect(reply).toMatchObject({ ok: true, prefilled: { id: 'in-may', fields: { date: '2025-05', quote: 'in May' } } });
});

test('a rejected suggestion is recorded in the note and never proposed again', async () => {
  const check = noteChecker(renderer);
  const first = await check('deal.md', NOTE);
  const anchors = first.rendered?.anchoring.anchors;
  if (!first.note || !anchors) throw new Error('the note did not render');
  expect(suggestAnnotations(first.note, anchors).dates.map((date) => date.quote)).toEqual(['in May']);

  const seen = await seenOf();
  const text = readFileSync(folder.file, 'utf8').replace(
    '---\n\nOpenAI',
    'dates:\n  - id: in-may\n    date: 2025-05\n    label: Talks\n    quote: in May\n    draft: true\n---\n\nOpenAI',
  );
  writeFileSync(folder.file, text);
  const rejected = await folder.service.handle({
    op: 'save',
    slug: 'deal',
    seen: await seenOf(),
    edit: { op: 'reject', id: 'in-may' },
  });
  expect(seen).not.toBe('');
  expect(rejected.ok).toBe(true);
  const after = readFileSync(folder.file, 'utf8');
  expect(after).toContain('rejected:\n  - type: date\n    quote: in May\n');
  const again = await check('deal.md', after);
  if (!again.note || !again.rendered?.anchoring.anchors) throw new Error('the note did not render');
  expect(suggestAnnotations(again.note, again.rendered.anchoring.anchors).dates).toEqual([]);
});
