/**
 * The record of published links never breaks a build with a stack trace. A bad record, whatever its shape, is
 * refused in one line naming the file, the line and the mend (read in-process here, and once by the command, which
 * leaves its site as it was); a real build carries the old JSON record over with every link. Two branches that
 * each publish notes: links-lock-merge.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteDigest } from '../../src/build-cache/build-fingerprint.ts';
import { BadLockError, LOCK_FILE, lockProblemOf, parseLock, readLock } from '../../src/loading/links-lock.ts';
import { build, linksOf, makeSite, standInHere } from './fault-site.ts';

const NO_STACK = /^\s+at |Stack trace|\.[jt]s:\d+:\d+/m;
const GOOD = [
  '# The record of published links.',
  'id deal openai',
  'id deal run-rate',
  'note deal',
  'note other',
  'page timeline/2024/',
  'share-pages',
  'end',
  '',
].join('\n');

/** The one line a bad record is refused in, checked for what every refusal must say. */
function refusalOf(text: string, file = LOCK_FILE): string {
  let thrown: unknown;
  try {
    parseLock(text, file);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'the record was accepted').toBeInstanceOf(BadLockError);
  const error = thrown as BadLockError;
  // Astro prints a loader's error by its message and stack: the stack is empty, the message one line.
  expect(error.stack).toBe('');
  expect(error.message).toBe(`Gloss: ${error.reason}`);
  expect(error.reason).not.toContain('\n');
  expect(error.reason).not.toMatch(NO_STACK);
  expect(error.reason).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')} line \\d+: `));
  expect(error.reason).toMatch(/then build again$/);
  return error.reason;
}

describe('a bad record is refused in one line naming the file, the line and the mend', () => {
  test('merge-conflict markers, wherever they are', () => {
    const conflicted = GOOD.replace('note other\n', '<<<<<<< HEAD\nnote other\n=======\nnote third\n>>>>>>> theirs\n');
    expect(refusalOf(conflicted)).toBe(
      'links.lock line 5: `<<<<<<< HEAD` is a merge-conflict marker: keep the lines of both sides and remove the markers (`<<<<<<<`, `=======`, `>>>>>>>`), then build again',
    );
    // diff3's base marker, and a lone separator, are markers too; in the old JSON record as well.
    expect(refusalOf(GOOD.replace('note other', '||||||| base'))).toContain('line 5: `||||||| base`');
    expect(refusalOf(GOOD.replace('note other', '======='))).toContain('line 5: `=======` is a merge-conflict');
    expect(
      refusalOf('{\n  "notes": {\n<<<<<<< HEAD\n    "a": []\n=======\n    "b": []\n>>>>>>> x\n  }\n}\n'),
    ).toContain('line 3: `<<<<<<< HEAD` is a merge-conflict marker');
  });

  test('empty, or blank', () => {
    for (const text of ['', '\n', '  \n\n'])
      expect(refusalOf(text)).toBe(
        'links.lock line 1: the record is empty, where the build always writes at least its line `end`; restore it with `git checkout -- links.lock`, then build again',
      );
  });

  test('cut short: in the middle of a line, at the end of a line, before `end`', () => {
    const cutAt = (length: number): string => GOOD.slice(0, length);
    // Every cut of the record short of its last line is refused, and none is read as a record with fewer links.
    for (let length = GOOD.indexOf('\n') + 1; length < GOOD.lastIndexOf('end'); length++)
      expect(refusalOf(cutAt(length)), JSON.stringify(cutAt(length))).toMatch(
        /cut short; restore it with `git checkout -- links\.lock`, then build again$/,
      );
    expect(refusalOf(cutAt(GOOD.indexOf('id deal run-rate') + 7))).toBe(
      'links.lock line 3: the record stops at `id deal` without its last line `end`: it was cut short; restore it with `git checkout -- links.lock`, then build again',
    );
    expect(refusalOf(cutAt(GOOD.indexOf('share-pages')))).toContain(
      'line 6: the record stops at `page timeline/2024/`',
    );
    expect(refusalOf('# only the header\n')).toContain('line 1: the record has no line `end`');
    // The whole record, with or without its last line's end, reads.
    expect(parseLock(GOOD.trimEnd(), LOCK_FILE).notes).toEqual({ deal: ['openai', 'run-rate'], other: [] });
  });

  test('a line that is not one of the record, or has a word too many or too few', () => {
    for (const line of ['null', 'link deal openai', 'id deal', 'note deal extra', 'share-pages yes', '"notes": {'])
      expect(refusalOf(GOOD.replace('note other', line))).toBe(
        `links.lock line 5: \`${line}\` is not a line of the record, whose lines are \`note <slug>\`, \`id <slug> <id>\`, \`page <path>\`, \`share-pages\` or \`end\`: mend the line or restore it with \`git checkout -- links.lock\`, then build again`,
      );
    expect(refusalOf('null')).toContain('line 1: `null` is not a line of the record');
  });

  test('the old JSON record: cut short, not JSON, or JSON of another shape', () => {
    const old = '{\n  "notes": {\n    "deal": ["openai", "run-rate"]\n  },\n  "sharePages": true\n}\n';
    const file = 'links.lock.json';
    expect(refusalOf(old.slice(0, 30), file)).toBe(
      'links.lock.json line 3: the record (JSON, as it was written before `links.lock`) stops in the middle: it was cut short; restore it with `git checkout -- links.lock.json`, then build again',
    );
    expect(refusalOf(old.replace('"run-rate"]', '"run-rate"] x'), file)).toMatch(
      /^links\.lock\.json line 3: .* is not valid JSON/,
    );
    expect(refusalOf('{"notes":[]}', file)).toContain('line 1: the record (JSON, as it was written before');
    expect(refusalOf('{"notes":[]}', file)).toContain(
      'has `notes` that is not each note’s slug with the list of its ids',
    );
    expect(refusalOf('{\n"notes": {\n"deal": "openai"\n}\n}', file)).toContain('line 3: ');
    expect(refusalOf('{"notes": {}, "pages": "page/2/"}', file)).toContain('has `pages` that is not a list of paths');
    expect(refusalOf('{"notes": {}, "sharePages": "yes"}', file)).toContain('`sharePages` that is neither');
    expect(refusalOf('{"notes": {}, "links": []}', file)).toContain('has `links`, where it holds only');
    expect(refusalOf('{}', file)).toContain('has `notes` that is not');
    // The old record as the build wrote it reads.
    expect(parseLock(old, file)).toEqual({ notes: { deal: ['openai', 'run-rate'] }, sharePages: true });
  });

  test('read from disk, the file is named as the build names it, and both readers agree', () => {
    const folder = mkdtempSync(join(tmpdir(), 'gloss-lock-'));
    try {
      const path = join(folder, LOCK_FILE);
      writeFileSync(path, GOOD.replace('note other', '>>>>>>> theirs'));
      expect(() => readLock(path)).toThrow(BadLockError);
      expect(lockProblemOf(path)).toBe(
        `${path} line 5: \`>>>>>>> theirs\` is a merge-conflict marker: keep the lines of both sides and remove the markers (\`<<<<<<<\`, \`=======\`, \`>>>>>>>\`), then build again`,
      );
      // A bad old JSON record beside a good one is refused too, by its own name.
      writeFileSync(path, GOOD);
      writeFileSync(`${path}.json`, 'null');
      expect(lockProblemOf(path)).toMatch(/links\.lock\.json line 1: `null` is not a line of the record/);
      rmSync(`${path}.json`);
      expect(lockProblemOf(path)).toBeUndefined();
      expect(lockProblemOf(undefined)).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('a real build', () => {
  const site = makeSite('links-lock', 2);
  const OUT = join(site.root, 'dist');
  const oldLock = `${site.lock}.json`;
  // What only the old record holds: a slug report-1 was published under, which the build would not record itself.
  const old = { notes: { 'first-report': ['agency-1', 'budget'] }, pages: ['timeline/1999/'], sharePages: true };

  beforeAll(() => {
    const note = join(site.notes, 'report-1.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace('title:', 'formerSlugs: [first-report]\ntitle:'));
    writeFileSync(oldLock, JSON.stringify(old, null, 2));
  });

  test('carries the old JSON record over into links.lock with every link, and removes it', async () => {
    const first = await build(site, OUT);
    expect(first.code, first.output).toBe(0);
    expect(existsSync(oldLock)).toBe(false);
    const recorded = readLock(site.lock);
    expect(linksOf(recorded)).toEqual(expect.arrayContaining(linksOf(old)));
    expect(recorded.notes['report-2']).toEqual(expect.arrayContaining(['agency-2', 'budget', 'minister', 'signed']));
  });

  test('refuses a record left with conflict markers in one line, before anything is built', async () => {
    const good = readFileSync(site.lock, 'utf8');
    const lines = good.split('\n');
    const at = lines.findIndex((line) => line.startsWith('note '));
    lines.splice(at, 0, '<<<<<<< HEAD');
    writeFileSync(site.lock, lines.join('\n'));
    const before = siteDigest(OUT);
    // Refused by the command before its step runs: the command with the stand-in, in this process.
    const refused = await standInHere(site, OUT);
    expect(refused.code).toBe(1);
    const said = refused.output.trim().split('\n');
    expect(said, refused.output).toEqual([
      `npm run build: ${relative(process.cwd(), site.lock)} line ${at + 1}: \`<<<<<<< HEAD\` is a merge-conflict marker: keep the lines of both sides and remove the markers (\`<<<<<<<\`, \`=======\`, \`>>>>>>>\`), then build again (nothing was built: ${OUT}/ is as it was)`,
    ]);
    expect(refused.output).not.toMatch(NO_STACK);
    expect(siteDigest(OUT)).toBe(before);
    expect(existsSync(`${OUT}.next`)).toBe(false);
    // Mended, it builds again, and the record is as it was: what Astro's integration records is checked above, so
    // the command's stand-in builds it.
    writeFileSync(site.lock, good);
    const mended = await standInHere(site, OUT);
    expect(mended.code, mended.output).toBe(0);
    expect(readFileSync(site.lock, 'utf8')).toBe(good);
  });
});
