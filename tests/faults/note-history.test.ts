/**
 * The notes' dates from git are never wrong, and a history git could not read whole is never called up to date:
 * a git killed while it reads the history is said in one line, the open data has no dates, and the next build,
 * with a git that works, reads the history again and publishes them; a shallow clone's build publishes none, and
 * says how to fetch the whole history. The notes' history is a repository of their own, read through GIT_DIR in
 * place of the project's, whose commits hold the site's notes at their paths in the project.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { git, REAL_GIT } from '../support/git-at.ts';
import { build, makeSite, noteText, type FaultSite } from './fault-site.ts';

/**
 * A repository of the site's two notes, at their paths in the project: both added on 1 January 2025, report 1
 * changed on 1 March 2025 (as on disk: its text gains a sentence then).
 */
function historyOf(site: FaultSite): string {
  const repo = mkdtempSync(join(tmpdir(), 'gloss-fault-history-'));
  git(repo, '2025-01-01T10:00:00Z', 'init', '-q');
  const notes = join(repo, relative(process.cwd(), site.notes));
  mkdirSync(notes, { recursive: true });
  for (const n of [1, 2]) writeFileSync(join(notes, `report-${n}.md`), noteText(n));
  git(repo, '2025-01-01T10:00:00Z', 'add', '.');
  git(repo, '2025-01-01T10:00:00Z', 'commit', '-qm', 'add');
  writeFileSync(join(notes, 'report-1.md'), noteText(1, ' It was changed in March.'));
  writeFileSync(join(site.notes, 'report-1.md'), noteText(1, ' It was changed in March.'));
  git(repo, '2025-03-01T10:00:00Z', 'commit', '-qam', 'edit');
  return repo;
}

/** Every `created` and `modified` of a note's published annotations. */
function datesOf(out: string, slug: string): string[] {
  const text = readFileSync(join(out, 'notes', slug, 'annotations.jsonld'), 'utf8');
  return [...text.matchAll(/"(created|modified)":"([^"]*)"/g)].map(([, key, value]) => `${key} ${value}`);
}

/** The up-to-date stamp the build left for the next one (build-fingerprint.ts). */
const stampOf = (site: FaultSite): unknown =>
  JSON.parse(readFileSync(join(site.root, 'cache', 'last-build.json'), 'utf8'));

/** The lines a build said about git, and whether anything it printed looks like a stack trace. */
const aboutGit = (output: string): string[] => [
  ...output.split('\n').filter((line) => /\bgit\b/.test(line)),
  ...(/^\s+at |\.js:\d+:\d+/m.test(output) ? ['a stack trace'] : []),
];

test('a git killed while it reads the history: one line, no dates, and the next build reads it again', async () => {
  const site = makeSite('dates-killed', 2);
  const out = join(site.root, 'dist');
  const repo = historyOf(site);
  // Every other call of git works (the build's own fingerprint reads the last commit): only the history is cut.
  const bin = join(site.root, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh\ncase "$*" in *name-status*) ${REAL_GIT} "$@" | head -c 60; kill -9 $$;; esac\nexec ${REAL_GIT} "$@"\n`,
  );
  chmodSync(join(bin, 'git'), 0o755);
  const env = { GIT_DIR: join(repo, '.git') };

  const killed = await build(site, out, ['--no-search'], { ...env, PATH: `${bin}:${process.env['PATH']}` });
  expect(killed.code, killed.output).toBe(0);
  expect(aboutGit(killed.output)).toEqual([
    "Gloss: git could not read the notes' history (git was stopped by SIGKILL); the open data gives no created or modified dates, and the next build reads it again.",
  ]);
  expect(datesOf(out, 'report-1')).toEqual([]);
  // The stamp the next build reads says so.
  expect(stampOf(site)).toMatchObject({ historyIncomplete: 'git was stopped by SIGKILL' });

  const next = await build(site, out, ['--no-search'], env);
  expect(next.code, next.output).toBe(0);
  expect(next.output).not.toMatch(/up to date/);
  expect(aboutGit(next.output)).toEqual([]);
  expect(new Set(datesOf(out, 'report-1'))).toEqual(
    new Set(['created 2025-01-01T10:00:00Z', 'modified 2025-03-01T10:00:00Z']),
  );
  expect(new Set(datesOf(out, 'report-2'))).toEqual(
    new Set(['created 2025-01-01T10:00:00Z', 'modified 2025-01-01T10:00:00Z']),
  );
});

test('a shallow clone publishes no date, says how to fetch the history, and is not called up to date', async () => {
  const site = makeSite('dates-shallow', 2);
  const out = join(site.root, 'dist');
  const repo = historyOf(site);
  const clone = join(site.root, 'clone');
  mkdirSync(dirname(clone), { recursive: true });
  git(site.root, '2025-05-01T10:00:00Z', 'clone', '-q', '--depth', '1', `file://${repo}`, clone);

  const built = await build(site, out, ['--no-search'], { GIT_DIR: join(clone, '.git') });
  expect(built.code, built.output).toBe(0);
  expect(aboutGit(built.output)).toEqual([
    "Gloss: git's history is cut short here (a shallow clone), so the open data gives no created or modified dates: fetch it whole with `git fetch --unshallow`.",
  ]);
  // Read as a full history, the boundary commit would date both notes 1 March 2025.
  expect(datesOf(out, 'report-1')).toEqual([]);
  expect(datesOf(out, 'report-2')).toEqual([]);
  // The stamp the next build reads (build-fingerprint.ts's upToDate) says this one's history was incomplete.
  expect(stampOf(site)).toMatchObject({ historyIncomplete: 'a shallow clone' });
});
