/**
 * A build stopped at any stage (Ctrl-C, or kill -9 of all its processes or of the build alone) leaves `dist/` as
 * the last good site, and the next build, after the notes were edited again, writes byte for byte what a clean
 * build of the same notes writes: nothing the stopped build left in the cache is trusted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesOf } from '../site-files.ts';
import { build, makeSite, noteText, startSiteBuild, type RunningBuild } from './fault-site.ts';

const site = makeSite('interrupted', 24);
const OUT = join(site.root, 'dist');
const CLEAN = join(site.root, 'clean');
const notePath = (n: number): string => join(site.notes, `report-${n}.md`);

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
  test('leaves the last good site, and the next build writes what a clean build writes', async () => {
    // Each stage starts from the notes as made and a site built from them, whatever ran before it.
    for (let n = 1; n <= 24; n++) writeFileSync(notePath(n), noteText(n));
    const start = await build(site, OUT);
    expect(start.code, start.output).toBe(0);
    const good = filesOf(OUT);
    const poison = `Words of a stopped build (${stage}).`;
    for (let n = 1; n <= 10; n++) writeFileSync(notePath(n), noteText(n, ` ${poison}`));
    const stopped = startSiteBuild(site, OUT);
    await stopped.waitFor(marker, times);
    stop(stopped);
    const end = await stopped.done;
    expect(end.code === 0, `the build was not stopped:\n${end.output}`).toBe(false);
    expect(filesOf(OUT)).toEqual(good);

    // The edit is taken back, and another note changed.
    for (let n = 1; n <= 10; n++) writeFileSync(notePath(n), noteText(n));
    writeFileSync(notePath(20), noteText(20, ` A later edit, after the build ${stage}.`));
    const next = await build(site, OUT);
    expect(next.code, next.output).toBe(0);
    expect((await build(site, CLEAN, ['--clean'])).code).toBe(0);
    expect(filesHolding(OUT, poison)).toEqual([]);
    expect(filesHolding(OUT, 'A later edit, after the build').length).toBeGreaterThan(0);
    expect(filesOf(OUT)).toEqual(filesOf(CLEAN));
  });
});
