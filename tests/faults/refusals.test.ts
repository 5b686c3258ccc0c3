/**
 * Every refusal is one line, or a block in the report's own form, naming what is wrong, with no stack trace, and
 * nothing is written: an alias bomb in a note, a capture nested 50,000 deep, a read-only or full disk, a missing
 * notes folder, a history git cannot read. And the content store is read from disk in a real build, as the
 * integration says.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { defaultSite } from '../support/default-site.ts';
import { checkNotes } from '../../src/check/check-notes.ts';
import { formatReport } from '../../src/check/report.ts';
import { shellEnv } from '../support/build.ts';
import { build, makeSite } from './fault-site.ts';

const site = makeSite('refusals', 2);
const OUT = join(site.root, 'dist');
const NO_STACK = /^\s+at |Stack trace|\.js:\d+:\d+/m;

/** Runs a command of the project as a person would, with the fault site's settings. */
function run(script: string, args: string[], env: Record<string, string> = {}, prefix: string[] = []) {
  const [command = process.execPath, ...rest] = prefix.length > 0 ? prefix : [process.execPath];
  const result = spawnSync(command, [...rest, ...(prefix.length > 0 ? [process.execPath] : []), script, ...args], {
    encoding: 'utf8',
    env: { ...shellEnv(), ...site.env, ...env },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The site's first build, with a history git cannot read (GIT_DIR names no repository). */
let first: { code: number | null; output: string };
beforeAll(async () => {
  first = await build(site, OUT, [], { GIT_DIR: join(site.root, 'no-repository') });
  expect(first.code, first.output).toBe(0);
});

test('a note whose YAML aliases explode is refused in the report, naming its file and line', async () => {
  const aliases = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h'].entries())
    aliases.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`);
  writeFileSync(join(site.notes, 'bomb.md'), `---\ntitle: Bomb\n${aliases.join('\n')}\n---\n\nSome text.\n`);
  // The checker the build runs first, in this process (the one refused build is tests/site/build-failure.test.ts).
  const report = formatReport(await checkNotes(site.notes, defaultSite, { lock: site.lock }));
  expect(report).toContain('bomb.md:2');
  expect(report).toContain('"billion laughs"');
  expect(report).not.toMatch(NO_STACK);
  const checked = run('scripts/check-notes.ts', [site.notes]);
  expect(checked.code).toBe(1);
  expect(checked.output).toContain('bomb.md:2');
  expect(checked.output).not.toMatch(NO_STACK);
  rmSync(join(site.notes, 'bomb.md'));
});

test('deleting a published note is refused in the report, with no stack trace', async () => {
  const note = join(site.notes, 'report-2.md');
  const text = readFileSync(note, 'utf8');
  rmSync(note);
  // The checker the build runs first, in this process, against the record the first build wrote.
  const result = await checkNotes(site.notes, defaultSite, { lock: site.lock });
  writeFileSync(note, text);
  const report = formatReport(result);
  expect(result.problems.length).toBeGreaterThan(0);
  expect(report).toContain('the page /notes/report-2/ was published and no note answers to it any more');
  expect(report).not.toMatch(NO_STACK);
});

test('a capture nested 50,000 elements deep is refused at once, and no note is written', () => {
  const capture = join(site.root, 'deep.html');
  writeFileSync(capture, `<html><body>${'<div>'.repeat(50_000)}words${'</div>'.repeat(50_000)}</body></html>`);
  const notes = readdirSync(site.notes);
  const refused = run('scripts/new-note.ts', [capture]);
  expect(refused.code).toBe(1);
  expect(refused.output.trim().split('\n')).toEqual([
    expect.stringMatching(/^npm run new: .*deep\.html: its elements nest 50002 deep/),
  ]);
  expect(readdirSync(site.notes)).toEqual(notes);
});

test('a missing notes folder is one line for build, check:notes and new, and nothing is made', () => {
  const env = { GLOSS_NOTES: join(site.root, 'no-notes-here') };
  const out = join(site.root, 'never-built');
  for (const [script, args] of [
    ['scripts/build.ts', ['--out', out]],
    ['scripts/check-notes.ts', []],
    ['scripts/new-note.ts', [join(site.root, 'deep.html')]],
  ] as const) {
    const refused = run(script, [...args], env);
    expect(refused.code, script).toBe(1);
    expect(refused.output.trim().split('\n'), script).toEqual([
      expect.stringMatching(/^npm run [a-z:]+: there is no notes folder at \S*no-notes-here[.:] [Cc]reate it/),
    ]);
  }
  expect(existsSync(out) || existsSync(`${out}.next`)).toBe(false);
});

test('a history git cannot read is said in one line, and the site is built all the same', () => {
  expect(first.output.match(/git could not read the notes' history/g)).toHaveLength(1);
  expect(first.output).toContain(`Built into ${OUT}/.`);
  expect(readFileSync(join(OUT, 'notes/report-2/index.html'), 'utf8')).toContain('Agency 2');
});

test('a read-only project folder is one line, and nothing is changed', () => {
  const before = readFileSync(join(OUT, 'index.html'), 'utf8');
  // A mount namespace of its own, where the project is mounted again read-only: as `chmod` would, for root too.
  const refused = run('scripts/build.ts', ['--out', OUT], {}, [
    'unshare',
    '--map-root-user',
    '--mount',
    'sh',
    '-c',
    'mount --bind "$PWD" "$PWD" && mount -o remount,bind,ro "$PWD" && exec "$@"',
    'sh',
  ]);
  expect(refused.code).toBe(1);
  expect(refused.output.trim().split('\n')).toEqual([
    expect.stringMatching(/^npm run build: cannot write to .*: the file system is read-only; nothing was changed\.$/),
  ]);
  expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toBe(before);
});

test('a disk that fills up during the build is one line, and the last good site stays', () => {
  // A copy of the project on a small disk of its own (tmpfs, in a mount namespace of its own), built by the
  // command with a stand-in for Astro, whose pages hold their notes' text: a note of 2 MB fills the disk's last
  // 400 KB, and the write fails as a write of Astro's would. What Rolldown's own error looks like on a full disk
  // is held by tests/unit/build-failure.test.ts.
  const disk = resolve('.test-dist/faults/small-disk');
  mkdirSync(disk, { recursive: true });
  const script = `
    set -e
    mount -t tmpfs -o size=48m tmpfs "${disk}"
    cd "${disk}"
    for path in src scripts public astro.config.mjs package.json package-lock.json tsconfig.json; do cp -r "${process.cwd()}/$path" .; done
    mkdir -p tests/support && cp "${process.cwd()}/tests/support/stand-in-build.ts" tests/support/
    ln -s "${process.cwd()}/node_modules" node_modules
    cp -r "${site.notes}" notes
    export GLOSS_NOTES=notes GLOSS_LOCK=links.lock.json GLOSS_CACHE_DIR=.cache
    "${process.execPath}" tests/support/stand-in-build.ts > first.log 2>&1 || { cat first.log; exit 3; }
    find dist -type f | sort | xargs sha256sum > before.sum
    head -c 2000000 /dev/zero | tr '\\0' 'x' >> notes/report-1.md
    # Leave 400 KB: enough to start, not enough to build.
    free=$(df --output=avail -k . | tail -1)
    fallocate -l $(( (free - 400) * 1024 )) filler
    set +e
    "${process.execPath}" tests/support/stand-in-build.ts > second.log 2>&1
    echo "exit=$?"
    cat second.log | grep -v '├─\\|└─' | tail -3
    echo "---"
    find dist -type f | sort | xargs sha256sum | diff -q - before.sum && echo "dist unchanged"
    ls -d dist.next 2>/dev/null || echo "no dist.next"
  `;
  const result = spawnSync('unshare', ['--map-root-user', '--mount', 'bash', '-c', script], {
    encoding: 'utf8',
    env: shellEnv(),
  });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  const [head = '', tail = ''] = result.stdout.split('---\n');
  expect(head).toMatch(/exit=1\n/);
  expect(head).toMatch(
    /The build failed \(the disk is full: .*\): .*dist\/ still holds the last good build; nothing was changed\./,
  );
  expect(head).not.toMatch(NO_STACK);
  expect(tail).toBe('dist unchanged\nno dist.next\n');
  expect(existsSync(join(disk, 'dist'))).toBe(false);
});
