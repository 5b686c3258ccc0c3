import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { git, REAL_GIT } from '../support/git-at.ts';
import { forgetBuild, recordBuild, siteDigest, upToDate } from '../../src/build-cache/build-fingerprint.ts';
import { HISTORY_INCOMPLETE, readHistory } from '../../src/data/note-history.ts';

/** A repository whose note was added on 1 January 2025 and last changed on 1 March 2025. */
function twoDateRepository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'gloss-history-'));
  git(repo, '2025-01-01T10:00:00Z', 'init', '-q');
  writeFileSync(join(repo, 'note.md'), '---\ntitle: A note\n---\n\nIts text.\n');
  git(repo, '2025-01-01T10:00:00Z', 'add', '.');
  git(repo, '2025-01-01T10:00:00Z', 'commit', '-qm', 'add');
  writeFileSync(join(repo, 'note.md'), '---\ntitle: A note\n---\n\nIts text, edited.\n');
  git(repo, '2025-03-01T10:00:00Z', 'commit', '-qam', 'edit');
  return repo;
}

const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
afterEach(() => warn.mockClear());

/** The one line said, which must be the only one. */
function saidOnce(): string {
  expect(warn).toHaveBeenCalledOnce();
  return String(warn.mock.calls[0]?.[0]);
}

/** Runs `read` with a `git` on PATH that is the shell script `body` (`$REAL` is the real git). */
function withFakeGit<T>(body: string, read: () => T): T {
  const bin = mkdtempSync(join(tmpdir(), 'gloss-fake-git-'));
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nREAL=${REAL_GIT}\n${body}\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const path = process.env['PATH'];
  process.env['PATH'] = `${bin}:${path}`;
  try {
    return read();
  } finally {
    process.env['PATH'] = path;
  }
}

const FAILED =
  /^Gloss: git could not read the notes' history \((.+)\); the open data gives no created or modified dates, and the next build reads it again\.$/;

test('a renamed note keeps the date of its first commit, and its last change is the rename', () => {
  const repo = mkdtempSync(join(tmpdir(), 'gloss-history-'));
  git(repo, '2025-01-01T10:00:00Z', 'init', '-q');
  writeFileSync(join(repo, 'old-name.md'), '---\ntitle: A note\n---\n\nIts text, long enough to be followed.\n');
  git(repo, '2025-01-01T10:00:00Z', 'add', '.');
  git(repo, '2025-01-01T10:00:00Z', 'commit', '-qm', 'add');
  writeFileSync(
    join(repo, 'old-name.md'),
    '---\ntitle: A note\n---\n\nIts text, long enough to be followed, edited.\n',
  );
  git(repo, '2025-02-01T10:00:00Z', 'commit', '-qam', 'edit');
  git(repo, '2025-03-01T10:00:00Z', 'mv', 'old-name.md', 'new-name.md');
  git(repo, '2025-03-01T10:00:00Z', 'commit', '-qm', 'rename');
  writeFileSync(join(repo, 'other.md'), '---\ntitle: Another\n---\n\nAnother text.\n');
  git(repo, '2025-04-01T10:00:00Z', 'add', '.');
  git(repo, '2025-04-01T10:00:00Z', 'commit', '-qm', 'another');
  const history = readHistory(repo);
  expect(history.incomplete).toBeUndefined();
  expect(history.dates.get('new-name.md')).toEqual({
    created: '2025-01-01T10:00:00Z',
    modified: '2025-03-01T10:00:00Z',
  });
  expect(history.dates.get('other.md')).toEqual({ created: '2025-04-01T10:00:00Z', modified: '2025-04-01T10:00:00Z' });
  expect(warn).not.toHaveBeenCalled();
});

test('outside a clone there is no history: said in one line, no dates, and not a read to try again', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-no-git-'));
  const previous = process.env['GIT_DIR'];
  process.env['GIT_DIR'] = join(folder, 'no-such-repository');
  try {
    const history = readHistory(folder);
    expect(history.dates.size).toBe(0);
    expect(history.incomplete).toBeUndefined();
  } finally {
    if (previous === undefined) delete process.env['GIT_DIR'];
    else process.env['GIT_DIR'] = previous;
  }
  expect(saidOnce()).toMatch(
    /^Gloss: git could not read the notes' history \(fatal: not a git repository: .+\); the open data gives no created or modified dates\.$/,
  );
});

test.each([
  [
    'killed by a signal halfway through its output',
    'case "$*" in *name-status*) "$REAL" "$@" | head -c 40; kill -9 $$;; esac\nexec "$REAL" "$@"',
    /^git was stopped by SIGKILL$/,
  ],
  [
    'exiting non-zero',
    'case "$*" in *name-status*) echo "error: could not read the pack" >&2; exit 3;; esac\nexec "$REAL" "$@"',
    /^error: could not read the pack$/,
  ],
  [
    'exiting zero with output cut mid-commit',
    'case "$*" in *name-status*) printf "\\0002025-03-01T1"; exit 0;; esac\nexec "$REAL" "$@"',
    /^git's output was cut short$/,
  ],
  ['exiting 127 without a word', 'exit 127', /^git exited with 127$/],
])('git %s: one line, no dates, and the history is incomplete', (_, body, reason) => {
  const repo = twoDateRepository();
  const history = withFakeGit(body, () => readHistory(repo));
  expect(history.dates.size).toBe(0);
  expect(history.incomplete).toMatch(reason);
  expect(saidOnce().match(FAILED)?.[1]).toMatch(reason);
});

test('git not on PATH at all, or too slow: one line, no dates, and the history is incomplete', () => {
  const repo = twoDateRepository();
  const path = process.env['PATH'];
  process.env['PATH'] = mkdtempSync(join(tmpdir(), 'gloss-empty-path-'));
  let history;
  try {
    history = readHistory(repo);
  } finally {
    process.env['PATH'] = path;
  }
  expect(history.dates.size).toBe(0);
  expect(history.incomplete).toBe('git is not installed, or not on PATH');
  expect(saidOnce()).toMatch(FAILED);
  warn.mockClear();

  const started = Date.now();
  const slow = withFakeGit('exec sleep 5', () => readHistory(repo, 300));
  expect(Date.now() - started).toBeLessThan(3000);
  expect(slow.dates.size).toBe(0);
  expect(slow.incomplete).toBe('git took longer than 0.3 s');
  expect(saidOnce()).toMatch(FAILED);
});

test('a shallow clone gives no date it cannot know, and says in one line how to fetch the whole history', () => {
  const repo = twoDateRepository();
  // A full clone knows both dates: the note's first commit, and its last.
  expect(readHistory(repo).dates.get('note.md')).toEqual({
    created: '2025-01-01T10:00:00Z',
    modified: '2025-03-01T10:00:00Z',
  });
  const clone = mkdtempSync(join(tmpdir(), 'gloss-shallow-'));
  git(clone, '2025-05-01T10:00:00Z', 'clone', '-q', '--depth', '1', `file://${repo}`, 'copy');
  const history = readHistory(join(clone, 'copy'));
  // Read naively, the boundary commit adds the note: created would be 1 March, the day of its last change.
  expect(history.dates.get('note.md')).toBeUndefined();
  expect(history.dates.size).toBe(0);
  expect(history.incomplete).toBe('a shallow clone');
  expect(saidOnce()).toMatch(/^Gloss: .*shallow clone.*no created or modified dates.*`git fetch --unshallow`\.$/);
});

test('a build whose history was incomplete is never called up to date, and the next build starts without that word', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-stamp-'));
  const cache = join(folder, 'cache');
  const out = join(folder, 'dist');
  mkdirSync(cache);
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<!doctype html>');
  recordBuild(cache, 'fingerprint', siteDigest(out));
  expect(upToDate(cache, out, 'fingerprint')).toBe(true);

  forgetBuild(cache);
  // What Astro's build leaves when git could not read the history (note-history.ts's noteDates).
  writeFileSync(join(cache, HISTORY_INCOMPLETE), 'git was stopped by SIGKILL\n');
  recordBuild(cache, 'fingerprint', siteDigest(out));
  expect(upToDate(cache, out, 'fingerprint')).toBe(false);

  forgetBuild(cache);
  expect(existsSync(join(cache, HISTORY_INCOMPLETE))).toBe(false);
  recordBuild(cache, 'fingerprint', siteDigest(out));
  expect(upToDate(cache, out, 'fingerprint')).toBe(true);
});
