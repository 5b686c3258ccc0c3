/**
 * A note in review never holds the others back: a note never published whose drafts await review is left out of
 * the build, in one line, and the rest is published; `--strict` refuses any draft; a published note with drafts
 * still stops the build, as its links must not vanish.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { build, makeSite, noteText } from './fault-site.ts';

const site = makeSite('in-review', 2);
const OUT = join(site.root, 'dist');
const withDraft = (text: string): string => text.replace('    quote: €', '    draft: true\n    quote: €');

beforeAll(async () => {
  expect((await build(site, OUT)).code).toBe(0);
});

test('a note never published, with drafts, is left out in one line and the other notes are published', async () => {
  writeFileSync(join(site.notes, 'report-3.md'), withDraft(noteText(3)));
  writeFileSync(join(site.notes, 'report-1.md'), noteText(1, ' A sentence published beside the note in review.'));
  const built = await build(site, OUT);
  expect(built.code, built.output).toBe(0);
  expect(built.output.match(/left out of this build: .*report-3\.md has drafts awaiting review/g)).toHaveLength(1);
  expect(existsSync(join(OUT, 'notes/report-3/index.html'))).toBe(false);
  expect(readFileSync(join(OUT, 'notes/report-1/index.html'), 'utf8')).toContain('published beside the note in review');
  expect(readFileSync(site.lock, 'utf8')).not.toContain('report-3');
});

test('--strict refuses any draft, and publishes nothing', async () => {
  const before = readFileSync(join(OUT, 'index.html'), 'utf8');
  const strict = await build(site, OUT, ['--strict']);
  expect(strict.code).toBe(1);
  expect(strict.output).toMatch(/report-3\.md:\d+\n {2}1 annotation is a draft/);
  expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toBe(before);
});

test('a published note with drafts still stops the build', async () => {
  writeFileSync(join(site.notes, 'report-2.md'), withDraft(noteText(2)));
  const refused = await build(site, OUT);
  writeFileSync(join(site.notes, 'report-2.md'), noteText(2));
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/report-2\.md:\d+\n {2}1 annotation is a draft/);
  expect(refused.output).not.toMatch(/left out of this build: .*report-2/);
});
