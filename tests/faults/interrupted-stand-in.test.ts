/**
 * The wrapper's half of "a build stopped at any stage leaves the last good site": driven with a stand-in for
 * Astro (tests/support/stand-in-build.ts) held at each stage and stopped there as Ctrl-C, kill or kill -9 would
 * stop it. `dist/` stays the last good site, no `dist.next/` is left where the build could clean up, none of the
 * stopped build's links is recorded, and the next build writes what a clean build writes. A build killed between
 * its two renames is finished by the next one, even a refused one, and its links are recorded: its site is
 * published. Astro's own half (what it leaves in the cache) is interrupted-build.test.ts. The builds stopped or
 * refused run in a process of their own; the others (the good site, the next build, the clean one) in this one.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesOf } from '../site-files.ts';
import {
  makeSite,
  noteText,
  standIn,
  standInHere,
  startStandIn,
  type FaultSite,
  type RunningBuild,
} from './fault-site.ts';

const site = makeSite('interrupted-stand-in', 24);
const OUT = join(site.root, 'dist');
const CLEAN = join(site.root, 'clean');
const notePath = (at: FaultSite, n: number): string => join(at.notes, `report-${n}.md`);

/** Every file of a site that holds `words`. */
const filesHolding = (root: string, words: string): string[] =>
  Object.keys(filesOf(root)).filter((path) => readFileSync(join(root, path), 'utf8').includes(words));

/** The notes as made, built: the last good site, and the record of its links. */
async function goodSite(at: FaultSite, out: string, count: number) {
  for (let n = 1; n <= count; n++) writeFileSync(notePath(at, n), noteText(n));
  rmSync(notePath(at, 99), { force: true });
  // The record as this build makes it, whatever an earlier test left in it.
  rmSync(at.lock, { force: true });
  const start = await standInHere(at, out);
  expect(start.code, start.output).toBe(0);
  return { files: filesOf(out), links: readFileSync(at.lock, 'utf8') };
}

/** Notes 1 to 10 say `poison`, and a new note brings links of its own. */
function editNotes(at: FaultSite, poison: string): void {
  for (let n = 1; n <= 10; n++) writeFileSync(notePath(at, n), noteText(n, ` ${poison}`));
  writeFileSync(notePath(at, 99), noteText(99));
}

const stages: Array<{ stage: string; pause: string; stop: (build: RunningBuild) => void; said?: string }> = [
  { stage: 'while it renders, by Ctrl-C', pause: 'render', stop: (b) => b.killGroup('SIGINT'), said: 'SIGINT' },
  {
    stage: 'while it writes pages, by kill -9 of all its processes',
    pause: 'pages',
    stop: (b) => b.killGroup('SIGKILL'),
  },
  { stage: 'while it indexes, by kill -9 of the build alone', pause: 'index', stop: (b) => b.kill('SIGKILL') },
  { stage: 'while it indexes, by Ctrl-C', pause: 'index', stop: (b) => b.killGroup('SIGINT'), said: 'SIGINT' },
  // The indexer gets no signal of its own: unless the build stops it, the build waits on it for ever.
  {
    stage: 'while it indexes, by kill of the build alone',
    pause: 'index',
    stop: (b) => b.kill('SIGTERM'),
    said: 'SIGTERM',
  },
];

describe.each(stages)('a build stopped $stage', ({ stage, pause, stop, said }) => {
  test('leaves the last good site and records none of its links; the next build writes what a clean build writes', async () => {
    const good = await goodSite(site, OUT, 24);
    const poison = `Words of a stopped build (${stage}).`;
    editNotes(site, poison);
    const stopped = startStandIn(site, OUT, [], { STAND_IN_PAUSE: pause });
    await stopped.waitFor(new RegExp(`paused at ${pause}`));
    stop(stopped);
    const end = await stopped.done;
    expect(end.code === 0, `the build was not stopped:\n${end.output}`).toBe(false);
    if (said) {
      // Stopped by a signal it can catch: it says so in one line and cleans up after itself.
      expect(end.code).toBe(130);
      const after = end.output
        .slice(end.output.indexOf(`paused at ${pause}`))
        .split('\n')
        .slice(1);
      expect(after.filter((line) => line.trim() !== '')).toEqual([
        `The build was stopped (${said}): ${OUT}/ still holds the last good build.`,
      ]);
      expect(existsSync(`${OUT}.next`)).toBe(false);
    }
    expect(filesOf(OUT)).toEqual(good.files);
    expect(readFileSync(site.lock, 'utf8')).toBe(good.links);

    // The edit is taken back, the new note too, and another note changed. The next build leaves no links of its
    // own to record, so that any the stopped build left would show.
    for (let n = 1; n <= 10; n++) writeFileSync(notePath(site, n), noteText(n));
    rmSync(notePath(site, 99));
    writeFileSync(notePath(site, 20), noteText(20, ` A later edit, after the build ${stage}.`));
    const next = await standInHere(site, OUT, [], { STAND_IN_LINKS: 'off' });
    expect(next.code, next.output).toBe(0);
    expect(readFileSync(site.lock, 'utf8')).toBe(good.links);
    expect((await standInHere(site, CLEAN, ['--clean'])).code).toBe(0);
    expect(filesHolding(OUT, poison)).toEqual([]);
    expect(filesHolding(OUT, 'A later edit, after the build').length).toBeGreaterThan(0);
    expect(filesOf(OUT)).toEqual(filesOf(CLEAN));
  });
});

test('a build killed between its two renames is put in place by the next build, even a refused one, and its links recorded', async () => {
  const swapSite = makeSite('swap-stand-in', 6);
  const out = join(swapSite.root, 'dist');
  const good = await goodSite(swapSite, out, 6);
  editNotes(swapSite, 'Words of a build killed in its swap.');
  const killed = startStandIn(swapSite, out, [], { STAND_IN_PAUSE: 'swap' });
  await killed.waitFor(/paused at swap/);
  // The new site, complete, waits beside the old one's place.
  const complete = filesOf(`${out}.next`);
  expect(complete).not.toEqual(good.files);
  killed.killGroup('SIGKILL');
  await killed.done;
  // Killed in the window: the old site taken away, the new one not yet in its place.
  expect(existsSync(out)).toBe(false);
  expect(readFileSync(swapSite.lock, 'utf8')).toBe(good.links);

  const refused = await standIn(swapSite, out, [], { STAND_IN_FAIL: 'refuse' });
  expect(refused.code).toBe(1);
  expect(refused.output).toContain(`Finished putting the last build in place of ${out}/ (it was stopped in between).`);
  expect(refused.output).toContain(`${out}/ still holds the last good build; nothing was changed.`);
  expect(filesOf(out)).toEqual(complete);
  expect(readFileSync(swapSite.lock, 'utf8')).toContain('\nnote report-99\n');
  // The old site is taken away in the background.
  for (let wait = 0; wait < 100 && readdirSync(swapSite.root).some((name) => name.startsWith('dist.old-')); wait++)
    await new Promise((settle) => setTimeout(settle, 50));
  expect(readdirSync(swapSite.root).filter((name) => name.startsWith('dist.old-'))).toEqual([]);
});

test.each([
  { fault: 'ENOSPC', reason: /^the disk is full: ENOSPC: the stand-in could not write/ },
  { fault: 'os-error-30', reason: /^the file system is read-only: .*\(os error 30\)$/ },
  { fault: 'refuse', reason: /^1 note\(s\) have no page in the new build: report-\d+\.md$/ },
])('a build that fails halfway ($fault) says why in one line, and changes nothing', async ({ fault, reason }) => {
  const good = await goodSite(site, OUT, 24);
  editNotes(site, `Words of a failed build (${fault}).`);
  // A refusal from inside the step ends its process, which only a process of its own shows.
  const failed = await (fault === 'refuse' ? standIn : standInHere)(site, OUT, [], { STAND_IN_FAIL: fault });
  expect(failed.code).toBe(1);
  const said = failed.output.split('\n').filter((line) => line.trim() !== '' && !line.includes('├─'));
  expect(said).toEqual([expect.stringMatching(/^The build failed \(/)]);
  const [, why, rest] = /^The build failed \((.*)\): (.*)$/.exec(said[0] ?? '') ?? [];
  expect(why).toMatch(reason);
  expect(rest).toBe(`${OUT}/ still holds the last good build; nothing was changed.`);
  expect(filesOf(OUT)).toEqual(good.files);
  expect(existsSync(`${OUT}.next`)).toBe(false);
  expect(readFileSync(site.lock, 'utf8')).toBe(good.links);
});
