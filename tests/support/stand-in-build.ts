/**
 * `npm run build` with a stand-in for Astro: the wrapper of scripts/build.ts (lock, swap and its journal, up-to-date
 * stamp, record of links, failures in one line) as it is, and, for the step that writes the pages, a few lines
 * that write one page a note and the home page, and leave the links to record as Astro's integration does. It
 * starts in a tenth of a second where Astro takes seconds, so the fault tests can stop it at every stage.
 *
 * Run as `node tests/support/stand-in-build.ts --out DIR`, with its cues in the environment, or in a test's own
 * process through `main(standInPages, …)` (tests/faults/fault-site.ts's `standInHere`), where a signal is not the point:
 * - STAND_IN_PAUSE=render|pages|index|swap: says `stand-in: paused at <stage>` and waits there for SIGUSR2
 *   (or to be killed). `pages` is halfway through the pages; `index` is while a search indexer of its own runs,
 *   as Pagefind does; `swap` is between the wrapper's two renames, where it blocks and only a kill ends it.
 * - STAND_IN_FAIL=<code> (ENOSPC, EROFS, …): halfway through the pages, throws Node's error of that code;
 *   `os-error-<n>`: Rolldown's (from Rust: a message ending `(os error <n>)`, wrapped in another's `errors`);
 *   `refuse`: refuses as the build's hooks do when a note has no page.
 * - STAND_IN_LINKS=off: leaves no links to record, as Astro's integration does when the notes' check is missing.
 * - STAND_IN_INDEX=pagefind: once the pages are written, runs the build's own hooks (src/build/build-hooks.ts: every
 *   note has its page, then Pagefind indexes them), as Astro runs them at the end of its build.
 *
 * The links are left before the indexer runs; Astro's integration leaves them after Pagefind's: for the wrapper,
 * whose part is to record them only once the site is in place, the stand-in's order is the stricter one.
 */
import { spawn } from 'node:child_process';
import fs, { mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lockPathOf, PENDING_LOCK, readLock, writePendingLock } from '../../src/loading/links-lock.ts';
import { noteFilesIn } from '../../src/loading/note-files.ts';
import { extendLock } from '../../src/site/published-links.ts';
import type { BuildPages, PagesStep } from '../../src/build/astro-pages.ts';
import { main } from '../../scripts/build.ts';

const cue = (name: string): string | undefined => process.env[`STAND_IN_${name}`];

/**
 * Printed at once, and in full before anything that may block the process; run in a test's process (where it
 * never pauses), as the wrapper prints, so that the test reads it with the wrapper's lines.
 */
const say = (line: string): void => (import.meta.main ? void writeSync(1, `${line}\n`) : console.log(line));

/**
 * How long a pause lasts at most: a test that failed before it resumed or killed the stand-in would otherwise
 * leave it running, holding the build's locks, after Vitest has ended.
 */
const PAUSE_LIMIT_MS = 150_000;
const giveUp = (stage: string): never => {
  say(`stand-in: nobody resumed or stopped it at ${stage} within ${PAUSE_LIMIT_MS / 1000} s`);
  process.exit(99);
};

/** Waits at `stage` for SIGUSR2, or for `until` to settle first, when the cue names that stage. */
async function pauseAt(stage: string, until?: Promise<unknown>): Promise<void> {
  if (cue('PAUSE') !== stage) return;
  say(`stand-in: paused at ${stage}`);
  // Also what keeps Node running: a signal's listener alone does not.
  const limit = setTimeout(() => giveUp(stage), PAUSE_LIMIT_MS);
  await Promise.race([new Promise((resume) => process.once('SIGUSR2', resume)), ...(until ? [until] : [])]);
  clearTimeout(limit);
}

/** The error the cue names, shaped as Node's or as Rolldown's. */
function failure(code: string): Error {
  const errno = /^os-error-(\d+)$/.exec(code)?.[1];
  if (errno) {
    const inner = new Error(`Failed to write the bundle (os error ${errno})`);
    return Object.assign(new Error('Build failed with 1 error'), { errors: [inner] });
  }
  return Object.assign(new Error(`${code}: the stand-in could not write, open 'page.html'`), { code });
}

/** A search indexer of its own, as Pagefind's process: it runs until it is stopped or the build is gone. */
async function index({ started, refuse }: PagesStep): Promise<void> {
  const child = spawn(process.execPath, ['-e', "process.stdin.on('end', () => process.exit(0)).resume()"], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const ended = new Promise<string | undefined>((settle) =>
    child.on('exit', (code, signal) => settle(signal ?? (code === 0 ? undefined : `exit ${code}`))),
  );
  started(child);
  // As the build's hook waits on Pagefind: stopped meanwhile, the indexer's end is the hook's.
  await pauseAt('index', ended);
  child.stdin.end();
  const failed = await ended;
  if (failed) refuse(`the search indexer was stopped (${failed})`);
}

/** The build's own hooks, called as Astro calls them once its pages are written. */
async function buildDone({ outDir, cache, settings, started, refuse }: PagesStep): Promise<void> {
  // Imported here: Pagefind's API is loaded only by the builds that index with it.
  const { default: buildHooks } = await import('../../src/build/build-hooks.ts');
  const { notes } = settings.options;
  const { hooks } = buildHooks({ notes, language: settings.language, search: true, started, refuse });
  const folder = (path: string): URL => pathToFileURL(`${resolve(path)}/`);
  type ConfigDone = Parameters<NonNullable<(typeof hooks)['astro:config:done']>>[0];
  type BuildDone = Parameters<NonNullable<(typeof hooks)['astro:build:done']>>[0];
  await hooks['astro:config:done']?.({ config: { root: folder('.'), cacheDir: folder(cache) } } as ConfigDone);
  await hooks['astro:build:done']?.({ dir: folder(outDir), logger: { info: say } } as unknown as BuildDone);
}

/** Blocks the wrapper between its two renames (`out` away, `next` in place), until the process is killed. */
function blockMidSwap(next: string): void {
  const rename = fs.renameSync;
  fs.renameSync = (from, to) => {
    if (resolve(String(from)) === resolve(next)) {
      say('stand-in: paused at swap');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_LIMIT_MS);
      giveUp('swap');
    }
    rename(from, to);
  };
  syncBuiltinESMExports();
}

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

export const standInPages: BuildPages = async (step) => {
  const { outDir, cache, settings, refuse } = step;
  await pauseAt('render');
  const notes = noteFilesIn(settings.options.notes).map((file) => ({
    slug: basename(file, '.md'),
    text: fs.readFileSync(file, 'utf8'),
  }));
  const fault = cue('FAIL');
  for (const [n, { slug, text }] of notes.entries()) {
    if (n === Math.floor(notes.length / 2)) {
      await pauseAt('pages');
      if (fault === 'refuse') refuse(`1 note(s) have no page in the new build: ${slug}.md`);
      if (fault) throw failure(fault);
    }
    mkdirSync(join(outDir, 'notes', slug), { recursive: true });
    writeFileSync(join(outDir, 'notes', slug, 'index.html'), `<main data-pagefind-body><pre>${escape(text)}</pre>`);
    say(`  ├─ /notes/${slug}/index.html`);
  }
  const list = notes.map(({ slug }) => `<li><a href="/notes/${slug}/">${slug}</a>`).join('\n');
  writeFileSync(join(outDir, 'index.html'), `<ul>\n${list}\n</ul>\n`);
  const path = lockPathOf(process.cwd(), settings.options);
  if (cue('LINKS') !== 'off') {
    const published = notes.map(({ slug, text }) => {
      const ids = [...text.matchAll(/^\s+- id: (\S+)$/gm)].map(([, id]) => id ?? '');
      return { file: `${slug}.md`, slug, formerSlugs: [], ids, formerIds: [] };
    });
    const lock = path ? extendLock(readLock(path), published) : undefined;
    writePendingLock(join(cache, PENDING_LOCK), { path, lock, leftOut: [] });
  }
  if (cue('INDEX') === 'pagefind') await buildDone(step);
  else if (cue('PAUSE') === 'index') await index(step);
  if (cue('PAUSE') === 'swap') blockMidSwap(outDir);
};

if (import.meta.main) await main(standInPages);
