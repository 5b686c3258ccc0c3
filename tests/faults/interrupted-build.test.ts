/**
 * A build stopped at any stage (Ctrl-C, or kill -9 of all its processes or of the build alone) leaves `dist/` as
 * the last good site and records none of its links, and the next build, after the notes were edited again, writes
 * byte for byte what a clean build writes: nothing the stopped Astro left in the cache is trusted. These are the
 * fault suite's three real interrupted builds, where what Astro leaves behind is the point; the wrapper's half, at
 * every stage and between the renames, is interrupted-stand-in.test.ts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesOf } from '../site-files.ts';
import { build, makeSite, noteText, startSiteBuild, type RunningBuild } from './fault-site.ts';

const site = makeSite('interrupted', 24);
const OUT = join(site.root, 'dist');
const CLEAN = join(site.root, 'clean');
const notePath = (n: number): string => join(site.notes, `report-${n}.md`);
/** The edit after each stopped build: the same at every stage, so one clean build is the reference of all three. */
const LATER_EDIT = ' A later edit, after the stopped build.';
let clean: Record<string, string> | undefined;

/** Every file of a site that holds `words`. */
const filesHolding = (root: string, words: string): string[] =>
  Object.keys(filesOf(root)).filter((path) => readFileSync(join(root, path), 'utf8').includes(words));

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
    // Each stage starts from the notes as made and a site built from them, whatever ran before it.
    for (let n = 1; n <= 24; n++) writeFileSync(notePath(n), noteText(n));
    const start = await build(site, OUT);
    expect(start.code, start.output).toBe(0);
    const good = filesOf(OUT);
    const recorded = readFileSync(site.lock, 'utf8');
    expect(recorded).toContain('\nnote report-24\n');
    const poison = `Words of a stopped build (${stage}).`;
    for (let n = 1; n <= 10; n++) writeFileSync(notePath(n), noteText(n, ` ${poison}`));
    // A new note, whose links Astro's integration leaves to record once the site is in place.
    writeFileSync(notePath(99), noteText(99));
    const stopped = startSiteBuild(site, OUT);
    await stopped.waitFor(marker, times);
    stop(stopped);
    const end = await stopped.done;
    expect(end.code === 0, `the build was not stopped:\n${end.output}`).toBe(false);
    expect(filesOf(OUT)).toEqual(good);
    expect(readFileSync(site.lock, 'utf8')).toBe(recorded);

    // The edit is taken back, the new note too (never published, so it may go), and another note changed.
    for (let n = 1; n <= 10; n++) writeFileSync(notePath(n), noteText(n));
    rmSync(notePath(99));
    writeFileSync(notePath(20), noteText(20, LATER_EDIT));
    const next = await build(site, OUT);
    expect(next.code, next.output).toBe(0);
    expect(readFileSync(site.lock, 'utf8')).toBe(recorded);
    if (!clean) {
      expect((await build(site, CLEAN, ['--clean'])).code).toBe(0);
      clean = filesOf(CLEAN);
    }
    expect(filesHolding(OUT, poison)).toEqual([]);
    expect(filesHolding(OUT, LATER_EDIT.trim()).length).toBeGreaterThan(0);
    expect(filesOf(OUT)).toEqual(clean);
  });
});
