/**
 * One build at a time in a folder: a second build is refused at once, in one line naming the first one's
 * process, and the first completes; a lock left by a killed build is noticed and cleared. And the up-to-date
 * check looks at the built site itself: a file deleted or changed in it means a build. The wrapper's own
 * guarantees, so the builds are the command with a stand-in for Astro (tests/support/stand-in-build.ts): in a
 * process of its own for the build that is held or killed, in this one for the others.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { filesOf } from '../site-files.ts';
import { makeSite, standInHere, startStandIn } from './fault-site.ts';

const site = makeSite('concurrent', 6);
const OUT = join(site.root, 'dist');
const LOCKS = [join(site.env['GLOSS_CACHE_DIR'] as string, 'build.lock'), `${OUT}.build-lock`];

beforeAll(async () => {
  expect((await standInHere(site, OUT)).code).toBe(0);
});

test('a second build in the same folder is refused at once, naming the first, and the first completes', async () => {
  writeFileSync(
    join(site.notes, 'report-1.md'),
    `${readFileSync(join(site.notes, 'report-1.md'), 'utf8')}\nA new line.\n`,
  );
  // Held before its pages, until it is told to go on: the two others are refused while it certainly runs.
  const first = startStandIn(site, OUT, [], { STAND_IN_PAUSE: 'render' });
  await first.waitFor(/paused at render/);
  expect(LOCKS.map(existsSync)).toEqual([true, true]);
  // Into the same folder, and into another folder with the same cache.
  const second = await standInHere(site, OUT);
  const elsewhere = await standInHere(site, join(site.root, 'elsewhere'));
  expect(second.code).toBe(1);
  expect(second.output.trim().split('\n')).toEqual([
    expect.stringMatching(
      new RegExp(`^npm run build: another build is running in this folder \\(process ${first.pid}\\b`),
    ),
  ]);
  expect(elsewhere.code).toBe(1);
  expect(elsewhere.output).toContain(`process ${first.pid}`);
  expect(existsSync(join(site.root, 'elsewhere'))).toBe(false);
  expect(first.output()).not.toContain('Built into');
  first.kill('SIGUSR2');
  const done = await first.done;
  expect(done.code, done.output).toBe(0);
  expect(readFileSync(join(OUT, 'notes/report-1/index.html'), 'utf8')).toContain('A new line.');
  expect(LOCKS.map(existsSync)).toEqual([false, false]);
});

test('a lock left by a killed build is cleared by the next build', async () => {
  writeFileSync(
    join(site.notes, 'report-3.md'),
    readFileSync(join(site.notes, 'report-3.md'), 'utf8') + '\nMore words.\n',
  );
  const killed = startStandIn(site, OUT, [], { STAND_IN_PAUSE: 'render' });
  await killed.waitFor(/paused at render/);
  killed.killGroup('SIGKILL');
  await killed.done;
  expect(LOCKS.map(existsSync)).toEqual([true, true]);
  const next = await standInHere(site, OUT);
  expect(next.code, next.output).toBe(0);
  expect(readFileSync(join(OUT, 'notes/report-3/index.html'), 'utf8')).toContain('More words.');
});

test('a site damaged since it was built is built again, not kept as up to date', async () => {
  expect((await standInHere(site, OUT)).code).toBe(0);
  expect((await standInHere(site, OUT)).output).toContain('is up to date');
  const before = filesOf(OUT);
  rmSync(join(OUT, 'index.html'));
  const afterDelete = await standInHere(site, OUT);
  expect(afterDelete.output).not.toContain('is up to date');
  expect(filesOf(OUT)).toEqual(before);
  writeFileSync(join(OUT, 'notes/report-2/index.html'), 'changed by hand');
  expect((await standInHere(site, OUT)).output).not.toContain('is up to date');
  expect(filesOf(OUT)).toEqual(before);
  expect((await standInHere(site, OUT)).output).toContain('is up to date');
});
