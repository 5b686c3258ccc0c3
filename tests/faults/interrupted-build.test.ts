/**
 * A build stopped at any stage (Ctrl-C, or kill -9 of all its processes or of the build alone) leaves `dist/` as
 * the last good site and records none of its links, and the next build, after the notes were edited again, writes
 * byte for byte what a clean build writes: nothing the stopped Astro left in the cache is trusted. These are the
 * fault suite's three real interrupted builds, where what Astro leaves behind is the point; the wrapper's half, at
 * every stage and between the renames, is interrupted-stand-in.test.ts.
 *
 * The reference is the site's first build, into an empty cache: it trusts nothing, as `--clean` does. Each stage
 * starts from the site the last one's next build wrote (built again only if that one failed), and the stopped
 * build sees notes the reference does not have: notes 1 to 10 with words of its own, a new note, and note 20
 * without the edit the next build must show.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesOf } from '../site-files.ts';
import { build, makeSite, noteText, startSiteBuild, type RunningBuild } from './fault-site.ts';

const site = makeSite('interrupted', 24);
const OUT = join(site.root, 'dist');
const notePath = (n: number): string => join(site.notes, `report-${n}.md`);
/** The edit after each stopped build: the same at every stage, so one clean build is the reference of all three. */
const LATER_EDIT = ' A later edit, after the stopped build.';
/** Every file of a site that holds `words`. */
const filesHolding = (root: string, words: string): string[] =>
  Object.keys(filesOf(root)).filter((path) => readFileSync(join(root, path), 'utf8').includes(words));
let clean: Record<string, string>;
let recorded: string;

/** The notes the reference was built from: as made, and note 20 with the later edit. */
function referenceNotes(): void {
  for (let n = 1; n <= 24; n++) writeFileSync(notePath(n), noteText(n, n === 20 ? LATER_EDIT : ''));
  rmSync(notePath(99), { force: true });
}

beforeAll(async () => {
  referenceNotes();
  const first = await build(site, OUT);
  expect(first.code, first.output).toBe(0);
  clean = filesOf(OUT);
  expect(filesHolding(OUT, LATER_EDIT.trim()).length).toBeGreaterThan(0);
  recorded = readFileSync(site.lock, 'utf8');
  expect(recorded).toContain('\nnote report-24\n');
});

const stages: Array<{ stage: string; marker: RegExp; times?: number; stop: (build: RunningBuild) => void }> = [
  { stage: 'while it renders the notes, by Ctrl-C', marker: /Syncing content/, stop: (b) => b.killGroup('SIGINT') },
  {
    stage: 'while it writes pages, by kill -9 of all its processes',
    marker: /├─ .*index\.html/,
    times: 40,
    stop: (b) => b.killGroup('SIGKILL'),
  },
  {
    stage: 'while it indexes for search, by kill -9 of the build alone',
    marker: /Indexing the notes for search/,
    stop: (b) => b.kill('SIGKILL'),
  },
];

describe.each(stages)('a build stopped $stage', ({ stage, marker, times, stop }) => {
  test('leaves the last good site and its links, and the next build writes what a clean build writes', async () => {
    // The last good site: the one the last stage's next build wrote, equal to the reference, or built again.
    referenceNotes();
    if (JSON.stringify(filesOf(OUT)) !== JSON.stringify(clean)) {
      const again = await build(site, OUT, ['--clean']);
      expect(again.code, again.output).toBe(0);
    }
    const good = filesOf(OUT);
    expect(good).toEqual(clean);
    expect(readFileSync(site.lock, 'utf8')).toBe(recorded);
    const poison = `Words of a stopped build (${stage}).`;
    for (let n = 1; n <= 10; n++) writeFileSync(notePath(n), noteText(n, ` ${poison}`));
    // A new note, whose links Astro's integration leaves to record once the site is in place.
    writeFileSync(notePath(99), noteText(99));
    // Note 20 as it was before the edit the next build must show.
    writeFileSync(notePath(20), noteText(20));
    const stopped = startSiteBuild(site, OUT);
    await stopped.waitFor(marker, times);
    stop(stopped);
    const end = await stopped.done;
    expect(end.code === 0, `the build was not stopped:\n${end.output}`).toBe(false);
    expect(filesOf(OUT)).toEqual(good);
    expect(readFileSync(site.lock, 'utf8')).toBe(recorded);

    // The edit is taken back, the new note too (never published, so it may go), and note 20 edited again.
    referenceNotes();
    const next = await build(site, OUT);
    expect(next.code, next.output).toBe(0);
    // Built, not taken as up to date: the notes are the last good site's, but the stopped build saw others.
    expect(next.output).not.toMatch(/up to date/);
    expect(next.output).toContain(`Built into ${OUT}/.`);
    expect(readFileSync(site.lock, 'utf8')).toBe(recorded);
    expect(filesHolding(OUT, poison)).toEqual([]);
    expect(filesHolding(OUT, LATER_EDIT.trim()).length).toBeGreaterThan(0);
    expect(filesOf(OUT)).toEqual(clean);
  });
});
