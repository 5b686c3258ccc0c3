/**
 * A build never publishes what it did not compute from the notes: what it reuses of the cache (Astro's content
 * store, the notes' records, the pages' copies) is checked first, and a damaged part is rendered again, said in one line; Pagefind
 * dying while it indexes is one line too, with `dist/` as it was and no `dist.next/` left.
 *
 * One site of three notes, built once into an empty cache: that build trusts nothing, as `--clean` does, and is the
 * reference every later build must equal. Each case then damages the cache as it stands after the last good build,
 * and builds once; three damages of different parts, to different notes, share one build. Pagefind's faults are
 * the build's own hooks, run by the command with a stand-in for Astro (Astro's part is done by then).
 */
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { forgetBuild } from '../../src/build-cache/build-fingerprint.ts';
import { filesOf } from '../site-files.ts';
import { build, makeSite, standIn, standInHere } from './fault-site.ts';

const site = makeSite('damaged-cache', 3);
const OUT = join(site.root, 'dist');
const CACHE = site.env.GLOSS_CACHE_DIR as string;
const STORE = join(CACHE, 'data-store.json');
const NO_STACK = /^\s+at |Stack trace|\.js:\d+:\d+|\.ts:\d+:\d+/m;
const DAMAGED = (n: number): RegExp =>
  new RegExp(`Gloss: the cached copy of \\S*notes/report-${n}\\.md was damaged: rendered again\\.`, 'g');

let clean: Record<string, string>;
/** The store as the last good build left it. */
let goodStore: Buffer;

/** Builds into OUT from the cache as it stands (the last build's stamp forgotten, so that it is not skipped). */
async function warmBuild(env: Record<string, string> = {}) {
  forgetBuild(CACHE);
  return build(site, OUT, [], env);
}

/** Every note's page, the home page and the feed, as a clean build wrote them. */
function expectCleanSite(): void {
  expect(filesOf(OUT)).toEqual(clean);
  expect(existsSync(`${OUT}.next`)).toBe(false);
}

beforeAll(async () => {
  const first = await build(site, OUT);
  expect(first.code, first.output).toBe(0);
  clean = filesOf(OUT);
  expect(Object.keys(clean)).toEqual(expect.arrayContaining(['index.html', 'rss.xml', 'notes/report-2/index.html']));
  goodStore = readFileSync(STORE);
});

describe('three parts of the cache damaged at once, each to another note, and one build', () => {
  let built: { code: number | null; output: string };
  /** report-1's record, found by its page (its name is the digest of its bytes), as the good build left it. */
  let record: { file: string; good: Buffer };

  beforeAll(async () => {
    // report-2 inside the store: one word changed, the store still valid JSON.
    const text = goodStore.toString('utf8');
    expect(text.split('"Report number 2"')).toHaveLength(2);
    writeFileSync(STORE, text.replace('"Report number 2"', '"Rapport number 2"'));
    JSON.parse(readFileSync(STORE, 'utf8'));
    // report-1's record file: a byte changed in the middle.
    const records = join(CACHE, 'gloss-notes');
    const file = readdirSync(records)
      .map((name) => join(records, name))
      .find((path) => JSON.parse(inflateRawSync(readFileSync(path)).toString('utf8')).page === 'report-1');
    expect(file).toBeDefined();
    record = { file: file as string, good: readFileSync(file as string) };
    const bytes = Buffer.from(record.good);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] as number) ^ 1;
    writeFileSync(record.file, bytes);
    // report-3's page, as the cache keeps a copy of it.
    const copy = join(CACHE, 'dist', 'notes', 'report-3', 'index.html');
    const html = readFileSync(copy, 'utf8');
    expect(html).toContain('Agency 3');
    writeFileSync(copy, html.replaceAll('Agency 3', 'Agency 8'));
    built = await warmBuild();
    expect(built.code, built.output).toBe(0);
  });

  test('each is said once, naming its note and no other, and the site is what a clean build writes', () => {
    expect(built.output.match(/was damaged: rendered again/g)).toHaveLength(2);
    expect(built.output).not.toMatch(DAMAGED(3));
    expectCleanSite();
  });

  test('one word changed in a note inside the store (valid JSON): the note is rendered again, and the build says so', () => {
    expect(built.output.match(DAMAGED(2))).toHaveLength(1);
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).not.toContain('Rapport');
    expect(readFileSync(join(OUT, 'rss.xml'), 'utf8')).toContain('Report number 2');
  });

  test('a byte changed in a note’s record file: rendered again, said in one line, not "invalid distance too far back"', () => {
    expect(built.output.match(DAMAGED(1))).toHaveLength(1);
    expect(built.output).not.toMatch(/invalid distance|incorrect header|invalid (stored )?block/);
    expect(readFileSync(record.file)).toEqual(record.good);
  });

  test('a damaged copy of a page in the cache is not published: the page is rendered again', () => {
    expect(built.output).toMatch(/^1 page\(s\) of the cache were not the ones the last build sealed/m);
    expect(readFileSync(join(OUT, 'notes', 'report-3', 'index.html'), 'utf8')).not.toContain('Agency 8');
  });
});

test('random byte flips in the store, seeded: each build equals a clean build, or refuses in one line', async () => {
  // mulberry32, from a fixed seed: the same flips at every run.
  let seed = 20261207;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Past Astro's own settings (a change there only makes Astro clear the store): in the notes' collection.
  const notesStart = goodStore.indexOf('"notes",["Map"');
  expect(notesStart).toBeGreaterThan(0);
  const outcomes: string[] = [];
  // Three builds, each from the good store with a bit of each of two bytes flipped.
  for (let round = 0; round < 3; round++) {
    const bytes = Buffer.from(goodStore);
    const flipped: number[] = [];
    for (let flip = 0; flip < 2; flip++) {
      const at = notesStart + Math.floor(random() * (bytes.length - notesStart));
      bytes[at] = (bytes[at] as number) ^ (1 << Math.floor(random() * 7));
      flipped.push(at);
    }
    writeFileSync(STORE, bytes);
    const built = await warmBuild();
    const where = `flips at ${flipped.join(', ')}:\n${built.output}`;
    expect(built.output, where).not.toMatch(NO_STACK);
    if (built.code === 0) {
      expect(filesOf(OUT), where).toEqual(clean);
      outcomes.push(/was damaged|could not be read/.test(built.output) ? 'said, rendered again' : 'rebuilt');
    } else {
      const said = built.output.split('\n').filter((line) => /^(The build failed|Gloss:)/.test(line));
      expect(said, where).toHaveLength(1);
      outcomes.push('refused');
    }
    expect(existsSync(`${OUT}.next`), where).toBe(false);
    // The next round starts from the store as a good build left it.
    writeFileSync(STORE, goodStore);
  }
  // These flips land in the notes themselves at least once: the check above was put to work.
  expect(outcomes, outcomes.join(', ')).toContain('said, rendered again');
});

test('a store that is not JSON any more is removed in one line, and every note is rendered again', async () => {
  writeFileSync(STORE, goodStore.subarray(0, Math.floor(goodStore.length / 2)));
  const built = await warmBuild();
  expect(built.code, built.output).toBe(0);
  expect(built.output.match(/Gloss: the notes' store \S+ could not be read \(.+\): it was removed/g)).toHaveLength(1);
  expect(built.output).not.toMatch(NO_STACK);
  expectCleanSite();
  expect(readFileSync(STORE)).toEqual(goodStore);
});

/**
 * Pagefind's own binary, started the way a real fault would stop it: with no room to write a file (`ulimit -f 0`).
 * At its first write the kernel kills it (SIGXFSZ); with that signal ignored, every write fails ("File too large")
 * and Pagefind panics, as it does on a full disk.
 */
function pagefindWith(name: string, ignoreSignal: boolean): string {
  const pagefind = createRequire(resolve('node_modules/pagefind/package.json')).resolve(
    `@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`,
  );
  const wrapper = join(site.root, `${name}.sh`);
  writeFileSync(wrapper, `#!/bin/sh\n${ignoreSignal ? "trap '' XFSZ\n" : ''}ulimit -f 0\nexec "${pagefind}" "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

describe('Pagefind, started by the build’s own hooks once the pages are written', () => {
  const indexed = makeSite('damaged-cache-pagefind', 3);
  const out = join(indexed.root, 'dist');

  beforeAll(async () => {
    // The last good site, indexed by the same hooks with Pagefind as it is.
    const good = await standInHere(indexed, out, [], { STAND_IN_INDEX: 'pagefind' });
    expect(good.code, good.output).toBe(0);
    expect(good.output).toContain('Indexing the notes for search…');
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  test.each([
    { fault: 'killed by a signal while it writes its index', wrapper: () => pagefindWith('killed', false) },
    { fault: 'failing every write and panicking', wrapper: () => pagefindWith('panics', true) },
  ])('Pagefind $fault: one line, dist/ as it was, no dist.next/', async ({ wrapper }) => {
    // The site as the last good build left it, and a note changed since.
    const before = filesOf(out);
    const note = join(indexed.notes, 'report-1.md');
    const text = readFileSync(note, 'utf8');
    writeFileSync(note, `${text}More words.\n`);
    // In a process of its own, as a refusal from the hooks ends it.
    const built = await standIn(indexed, out, [], {
      STAND_IN_INDEX: 'pagefind',
      PAGEFIND_EXTENDED_BINARY_PATH: wrapper(),
    });
    writeFileSync(note, text);
    expect(built.code, built.output).toBe(1);
    const after = built.output.slice(built.output.indexOf('Indexing the notes for search…'));
    expect(after.split('\n').filter((line) => line.trim() !== '')).toEqual([
      'Indexing the notes for search…',
      expect.stringMatching(
        /^The build failed \(.*Pagefind.*\): \S+dist\/ still holds the last good build; nothing was changed\.$/,
      ),
    ]);
    expect(built.output).not.toMatch(/unsettled top-level await|panicked/);
    expect(built.output).not.toMatch(NO_STACK);
    expect(filesOf(out)).toEqual(before);
    expect(existsSync(`${out}.next`)).toBe(false);
  });
});
