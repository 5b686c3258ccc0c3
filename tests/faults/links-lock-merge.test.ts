/**
 * Two branches that each publish notes merge without a conflict: two real git branches that each add links merge
 * with `merge=union` and read back with every link of both; the old JSON record is carried over with every link.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LOCK_FILE, lockProblemOf, parseLock, readLock, writeLock } from '../../src/loading/links-lock.ts';
import { mergeLocks, type LinkLock } from '../../src/site/published-links.ts';
import { linksOf } from './fault-site.ts';

describe('two branches that each publish notes', () => {
  let repo: string;
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=Gloss Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  const ok = (...args: string[]): string => {
    const result = git(...args);
    expect(result.status, `git ${args.join(' ')}: ${result.stdout}${result.stderr}`).toBe(0);
    return result.stdout;
  };
  /** Adds links on a branch as a build does: through the project's own writer, then commits them. */
  const publish = (branch: string, links: LinkLock): void => {
    ok('checkout', '-q', branch);
    const path = join(repo, LOCK_FILE);
    writeLock(path, mergeLocks(readLock(path), links));
    ok('commit', '-q', '-m', `publish on ${branch}`, '--', LOCK_FILE);
  };
  const ours: LinkLock = { notes: { 'report-a': ['agency-a', 'budget'], 'openai-google-cloud': ['new-a'] } };
  const theirs: LinkLock = {
    notes: { 'report-b': ['agency-b', 'budget'], 'openai-google-cloud': ['new-b'] },
    pages: ['page/2/'],
  };

  /** A repository holding the project's own record, with `attributes` as its .gitattributes, and two branches. */
  function branches(attributes: boolean): void {
    repo = mkdtempSync(join(tmpdir(), 'gloss-merge-'));
    ok('init', '-q', '-b', 'main');
    copyFileSync(LOCK_FILE, join(repo, LOCK_FILE));
    if (attributes) copyFileSync('.gitattributes', join(repo, '.gitattributes'));
    ok('add', '.');
    ok('commit', '-q', '-m', 'the record as published');
    ok('branch', 'theirs');
    publish('main', ours);
    publish('theirs', theirs);
    ok('checkout', '-q', 'main');
  }
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  test('merge without a conflict, and the merged record reads with every link of both sides', () => {
    branches(true);
    const merge = git('merge', '--no-edit', 'theirs');
    expect(merge.status, merge.stdout + merge.stderr).toBe(0);
    expect(merge.stdout + merge.stderr).not.toMatch(/CONFLICT/);
    const merged = readLock(join(repo, LOCK_FILE));
    const base = parseLock(readFileSync(LOCK_FILE, 'utf8'), LOCK_FILE);
    const expected = linksOf(mergeLocks(mergeLocks(base, ours), theirs));
    expect(linksOf(merged)).toEqual(expected);
    // Both sides' links are there, and the project's own: 22 before, 9 more (4 of ours, 5 of theirs).
    expect(linksOf(base)).toHaveLength(22);
    expect(expected).toHaveLength(31);
    // The next build writes the merged record sorted, each link once.
    writeLock(join(repo, LOCK_FILE), merged);
    const lines = readFileSync(join(repo, LOCK_FILE), 'utf8').split('\n').filter(Boolean);
    const body = lines.filter((line) => !line.startsWith('#') && line !== 'end');
    expect(body).toEqual([...new Set(body)].sort());
    expect(lines.at(-1)).toBe('end');
  });

  test('without `merge=union`, the same branches conflict: the attribute is what merges them', () => {
    rmSync(repo, { recursive: true, force: true });
    branches(false);
    const merge = git('merge', '--no-edit', 'theirs');
    expect(merge.status).not.toBe(0);
    expect(merge.stdout + merge.stderr).toMatch(/CONFLICT/);
    // And what git leaves is refused in one line, not read.
    expect(lockProblemOf(join(repo, LOCK_FILE))).toMatch(/line \d+: `<<<<<<< HEAD` is a merge-conflict marker/);
  });

  test('the project declares the attribute for its record', () => {
    expect(readFileSync('.gitattributes', 'utf8')).toMatch(/^links\.lock merge=union$/m);
    const checked = spawnSync('git', ['check-attr', 'merge', '--', LOCK_FILE], { encoding: 'utf8' });
    expect(checked.stdout.trim()).toBe('links.lock: merge: union');
  });
});

test('the old JSON record beside the new one is read with it and carried over with every link', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-old-lock-'));
  try {
    const path = join(folder, LOCK_FILE);
    const old: LinkLock = {
      notes: Object.fromEntries(
        Array.from({ length: 40 }, (_, n) => [`note-${n}`, Array.from({ length: n % 7 }, (__, i) => `id-${i}`)]),
      ),
      pages: ['page/2/', 'timeline/1999/', 'parties/page/3/'],
      sharePages: true,
    };
    writeFileSync(`${path}.json`, `${JSON.stringify(old, null, 2)}\n`);
    // Links recorded in the new file meanwhile (an old branch merged after the rename) are kept with them.
    writeFileSync(path, '# record\nnote newer\nid newer first\nend\n');
    const expected = [...linksOf(old), 'id newer first', 'note newer'].sort();
    expect(linksOf(readLock(path))).toEqual(expected);
    expect(writeLock(path, readLock(path))).toBe(true);
    expect(existsSync(`${path}.json`)).toBe(false);
    expect(linksOf(readLock(path))).toEqual(expected);
    expect(expected).toHaveLength(40 + 115 + 3 + 1 + 2);
    // Written once: the next build leaves it alone.
    expect(writeLock(path, readLock(path))).toBe(false);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
