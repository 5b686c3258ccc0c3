/**
 * What the notes loader decides, without Astro: which notes are published, which are rendered, and the report,
 * from note files and the notes as last stored.
 */
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { publishNotes, type KeptNote, type NoteText, type PublishOptions } from '../../src/loading/publish-notes.ts';
import { siteLinks } from '../../src/site/site-links.ts';
import { defaultSite } from '../support/default-site.ts';
import { runRateNote } from '../support/run-rate-note.ts';

const note = runRateNote;

const digest = (key: string): string => createHash('sha256').update(key).digest('hex').slice(0, 16);
const text = (page: string, raw: string): NoteText => ({ file: `notes/${page}.md`, page, raw, source: digest(raw) });
const options = (overrides: Partial<PublishOptions> = {}): PublishOptions => ({
  renderer,
  links: siteLinks('/', { annotationPages: true }),
  digest,
  root: '/nowhere',
  lockedPages: new Set(),
  dev: false,
  strict: false,
  settings: defaultSite,
  lock: undefined,
  ...overrides,
});
const renderer = await createNoteRenderer(defaultSite);
const none = (): undefined => undefined;

test('a note is published with its data, digest and record: its text with the passages marked', async () => {
  const { entries, result } = await publishNotes([text('deal', note('$10 billion'))], none, options());
  expect(result.problems).toEqual([]);
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  expect(entry).toMatchObject({ page: 'deal', file: 'notes/deal.md', note: { title: 'A deal' } });
  expect(entry?.rendered?.record.page).toBe('deal');
  expect(entry?.rendered?.record.html).toContain('<mark id="run-rate"');
  expect(result.published).toEqual([expect.objectContaining({ slug: 'deal' })]);
});

test('a note kept with the same bytes and links is not read or rendered again; a change renders it', async () => {
  const raw = note('$10 billion');
  const first = await publishNotes([text('deal', raw)], none, options());
  const [entry] = first.entries;
  if (!entry) throw new Error('not published');
  const kept: KeptNote = { digest: entry.digest, source: entry.source, note: entry.note };
  // Bytes that are not even a note: had they been read, the note would have a problem.
  const again = await publishNotes([{ ...text('deal', 'not read'), source: entry.source }], () => kept, options());
  expect(again.result.problems).toEqual([]);
  expect(again.entries).toEqual([{ ...entry, rendered: undefined }]);
  const changed = note('$10 billion').replace('announced', 'said it had');
  const third = await publishNotes([text('deal', changed)], () => kept, options());
  expect(third.entries[0]?.rendered?.record.html).toContain('said it had');
  expect(third.entries[0]?.digest).not.toBe(entry.digest);
});

test('a problem is reported for a build, and under dev the note is left out while the others are published', async () => {
  const notes = [text('deal', note('$10 billon')), text('other', note('$10 billion'))];
  const build = await publishNotes(notes, none, options());
  expect(build.result.problems.map((problem) => [problem.file, problem.message])).toEqual([
    ['notes/deal.md', expect.stringContaining('quote "$10 billon" was not found; closest: "$10 billion"')],
  ]);
  const dev = await publishNotes(notes, none, options({ dev: true }));
  expect(dev.broken).toEqual(new Set(['notes/deal.md']));
  expect(dev.entries.map((entry) => entry.page)).toEqual(['other']);
});

test('drafts: shown under dev, a note never published is left out of a build, a published one stops it', async () => {
  const drafted = text(
    'deal',
    note('$10 billion').replace('    quote: $10 billion', '    quote: $10 billion\n    draft: true'),
  );
  const other = text('other', note('$10 billion').replace('A deal', 'Another deal'));
  const dev = await publishNotes([drafted, other], none, options({ dev: true }));
  expect(dev.entries.find((entry) => entry.page === 'deal')?.rendered?.record.html).toContain('passage-draft');
  const build = await publishNotes([drafted, other], none, options());
  expect(build.inReview).toEqual(['notes/deal.md']);
  expect(build.result.problems).toEqual([]);
  expect(build.entries.map((entry) => entry.page)).toEqual(['other']);
  const published = await publishNotes([drafted, other], none, options({ lockedPages: new Set(['deal']) }));
  expect(published.result.problems).toHaveLength(1);
  const strict = await publishNotes([drafted, other], none, options({ strict: true }));
  expect(strict.result.problems).toHaveLength(1);
});
