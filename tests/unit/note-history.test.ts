import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { readHistory } from '../../src/data/note-history.ts';

/** Runs git in `cwd` as a commit made at `date`. */
function git(cwd: string, date: string, ...args: string[]): void {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@example.org',
      GIT_COMMITTER_NAME: 'A',
      GIT_COMMITTER_EMAIL: 'a@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
  if (run.status !== 0) throw new Error(run.stderr);
}

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
  expect(history.get('new-name.md')).toEqual({ created: '2025-01-01T10:00:00Z', modified: '2025-03-01T10:00:00Z' });
  expect(history.get('other.md')).toEqual({ created: '2025-04-01T10:00:00Z', modified: '2025-04-01T10:00:00Z' });
});

test('a history git cannot read is said in one line, and gives no dates', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const folder = mkdtempSync(join(tmpdir(), 'gloss-no-git-'));
  const previous = process.env['GIT_DIR'];
  process.env['GIT_DIR'] = join(folder, 'no-such-repository');
  try {
    expect(readHistory(folder).size).toBe(0);
  } finally {
    if (previous === undefined) delete process.env['GIT_DIR'];
    else process.env['GIT_DIR'] = previous;
  }
  expect(warn).toHaveBeenCalledOnce();
  expect(warn.mock.calls[0]?.[0]).toMatch(
    /^Gloss: git could not read the notes' history \(.+\); the open data gives no created or modified dates\.$/,
  );
  warn.mockRestore();
});
