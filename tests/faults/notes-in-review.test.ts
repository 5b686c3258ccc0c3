/**
 * A note in review never holds the others back: a note never published whose drafts await review is left out of
 * the build, in one line, and the rest is published; `--strict` refuses any draft; a published note with drafts
 * still stops the build, as its links must not vanish.
 *
 * The first is a real build, as what Astro's integration publishes and records is the point. The two refusals
 * happen in the notes loader before any page is built: the command runs in this process with a step that runs
 * the loader as Astro's content sync does (loader-step.ts), the settings read from astro.config.mjs as the command
 * left the environment, so `--strict` goes the whole way from the command line to the loader.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { build, makeSite, noteText, standInHere } from './fault-site.ts';
import { loaderPages } from './loader-step.ts';

const site = makeSite('in-review', 2);
const OUT = join(site.root, 'dist');
const withDraft = (text: string): string => text.replace('    quote: €', '    draft: true\n    quote: €');

test('a note never published, with drafts, is left out in one line and the other notes are published', async () => {
  writeFileSync(join(site.notes, 'report-3.md'), withDraft(noteText(3)));
  writeFileSync(join(site.notes, 'report-1.md'), noteText(1, ' A sentence published beside the note in review.'));
  const built = await build(site, OUT);
  expect(built.code, built.output).toBe(0);
  expect(built.output.match(/left out of this build: .*report-3\.md has drafts awaiting review/g)).toHaveLength(1);
  expect(existsSync(join(OUT, 'notes/report-3/index.html'))).toBe(false);
  expect(readFileSync(join(OUT, 'notes/report-1/index.html'), 'utf8')).toContain('published beside the note in review');
  expect(readFileSync(join(OUT, 'notes/report-2/index.html'), 'utf8')).toContain('Agency 2');
  expect(readFileSync(site.lock, 'utf8')).toContain('\nnote report-2\n');
  expect(readFileSync(site.lock, 'utf8')).not.toContain('report-3');
});

test('the loader step leaves the note in review out as the build did: the refusals below are not its own', async () => {
  // The stand-in's pages would have it, and its links: none are recorded, so the note is still never published.
  const built = await standInHere(site, join(site.root, 'loader-step'), [], { STAND_IN_LINKS: 'off' }, loaderPages);
  expect(built.code, built.output).toBe(0);
  expect(built.output.match(/left out of this build: .*report-3\.md has drafts awaiting review/g)).toHaveLength(1);
  expect(readFileSync(site.lock, 'utf8')).not.toContain('report-3');
});

test('--strict refuses any draft, and publishes nothing', async () => {
  const before = readFileSync(join(OUT, 'index.html'), 'utf8');
  const strict = await standInHere(site, OUT, ['--strict'], {}, loaderPages);
  expect(strict.code).toBe(1);
  expect(strict.output).toMatch(/report-3\.md:\d+\n {2}1 annotation is a draft/);
  expect(strict.output).toMatch(/^The build failed \(1 problem/m);
  expect(strict.output).not.toMatch(/left out of this build/);
  expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toBe(before);
  expect(existsSync(`${OUT}.next`)).toBe(false);
  // What the command put in the environment for the step is its own, and gone with it.
  expect(process.env['GLOSS_STRICT']).toBeUndefined();
});

test('a published note with drafts still stops the build', async () => {
  writeFileSync(join(site.notes, 'report-2.md'), withDraft(noteText(2)));
  const refused = await standInHere(site, OUT, [], {}, loaderPages);
  writeFileSync(join(site.notes, 'report-2.md'), noteText(2));
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/report-2\.md:\d+\n {2}1 annotation is a draft/);
  expect(refused.output).not.toMatch(/left out of this build: .*report-2/);
});
