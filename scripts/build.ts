/**
 * `npm run build`: builds the site into a fresh folder and puts it in place of `dist/` only when every step
 * succeeded, so `dist/` is always either the last good site or the new complete one, never a mix. The search index
 * is built over the result with Pagefind. `--out DIR` builds elsewhere (the tests use it); `--no-search` skips the
 * search index (the benchmark compares builds without it).
 *
 * A build reuses what the last completed build left in the cache folder (`.cache/`, or GLOSS_CACHE_DIR): notes
 * whose digest is unchanged are not rendered again, and pages whose data and code are unchanged are copied.
 * `--clean` ignores it; the output is the same byte for byte. What a later build trusts (the pages' seal, the
 * record of published links, the up-to-date stamp) is written only once this build has completed, each in one
 * step, in that order. One build at a time: a second one in the same folder is refused, naming the first.
 *
 * `main` is the whole command; the step that writes the pages is its parameter (astro-pages.ts), Astro's build by
 * default, which the fault tests replace with a stand-in to drive everything around it, in a process of its own or
 * in theirs (with the arguments and settings given rather than read from the process).
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import {
  buildFingerprint,
  forgetBuild,
  recordBuild,
  siteDigest,
  upToDate,
} from '../src/build-cache/build-fingerprint.ts';
import { takeBuildLock, type BuildLock } from '../src/build-cache/build-lock.ts';
import { openPageCache, sealPageCache } from '../src/build-cache/page-cache.ts';
import { pruneCardCache } from '../src/build-cache/card-cache.ts';
import { discardUnreadableStore } from '../src/build-cache/content-store.ts';
import { PENDING_LOCK, applyPendingLock, lockPathOf, lockProblemOf } from '../src/loading/links-lock.ts';
import { noteFilesIn } from '../src/loading/note-files.ts';
import { projectSettings, type ProjectSettings } from '../src/options/project-settings.ts';
import { astroPages, type BuildPages } from '../src/build/astro-pages.ts';
import { fail, isTheCommand, readOptions } from '../src/cli/command-line.ts';
import { failureReason } from '../src/build/build-failure.ts';
import { finishSwap, removeInBackground, swapIn } from '../src/build/dist-swap.ts';
import { canWrite, onSameDisk, reasonOf } from '../src/cli/writable.ts';

/** What the command reads from its process, given instead by a test that runs it in its own. */
export interface BuildCommandInput {
  /** The command's arguments (`process.argv.slice(2)`). */
  args?: string[];
  /** The project's settings (`projectSettings()`, which reads astro.config.mjs). */
  settings?: () => Promise<ProjectSettings>;
}

/** The command, as `node scripts/build.ts` runs it, with `buildPages` writing the pages into the new folder. */
export async function main(
  buildPages: BuildPages = astroPages,
  { args = process.argv.slice(2), settings: readSettings = projectSettings }: BuildCommandInput = {},
): Promise<void> {
  const { values } = readOptions(
    'build',
    'usage: npm run build [-- --clean] [-- --strict] [-- --out DIR] [-- --no-search]',
    {
      args,
      options: {
        out: { type: 'string', default: 'dist' },
        'no-search': { type: 'boolean', default: false },
        clean: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
    },
  );
  const out = values.out.replace(/\/$/, '');
  const next = `${out}.next`;
  // The site's settings, as astro.config.mjs gives them to gloss(): a bad option stops the build in one line.
  const settings = await readSettings().catch((error: unknown) =>
    fail('build', error instanceof Error ? error.message : String(error)),
  );
  const cache = settings.cacheDir.replace(/\/$/, '');
  const notes = settings.options.notes;
  const swap = {
    out,
    next,
    // Unique, as the last build's old output may still be being deleted (see below).
    old: `${out}.old-${process.pid}`,
    // Written before `out` is swapped for the new build and removed after: a build killed between the two renames
    // is finished by the next one.
    journal: join(cache, 'swap.json'),
  };
  const flags = [...(values['no-search'] ? ['--no-search'] : []), ...(values.strict ? ['--strict'] : [])];

  try {
    noteFilesIn(notes);
  } catch (error) {
    fail('build', error instanceof Error ? error.message.replace(/^Gloss: /, '') : String(error));
  }
  const unwritable = canWrite([cache, resolve(out, '..'), '.']);
  if (unwritable) fail('build', `${unwritable}; nothing was changed.`);
  if (!onSameDisk(resolve(out, '..'), '.'))
    fail(
      'build',
      `${out}/ would be on another disk than the project, and Astro moves its files there by renaming: build inside the project's disk, then copy.`,
    );

  const locks: BuildLock[] = [];
  for (const path of [join(cache, 'build.lock'), `${out}.build-lock`]) {
    const lock = takeBuildLock(path);
    if ('heldBy' in lock) {
      for (const held of locks) held.release();
      const { pids, started } = lock.heldBy;
      fail(
        'build',
        `another build is running in this folder (process ${pids.join(', ') || 'unknown'}${started ? `, started ${started}` : ''}; lock ${path}): wait for it to finish, or stop it.`,
      );
    }
    locks.push(lock);
  }
  const releaseLocks = (): void => {
    for (const lock of locks) lock.release();
  };
  process.on('exit', releaseLocks);
  // Run in a test's process, the command returns: what it holds is let go here, as its exit would.
  const listeners: Array<[NodeJS.Signals, () => void]> = [];
  try {
    /** Stops with a one-line reason; `out` is left as it was. */
    function refuse(reason: string): never {
      rmSync(next, { recursive: true, force: true });
      console.error(
        `\nThe build failed${reason ? ` (${reason})` : ''}: ${existsSync(out) ? `${out}/ still holds the last good build` : `there is no ${out}/`}; nothing was changed.`,
      );
      process.exit(1);
    }

    // A build killed between its two renames left its links to record beside its site: once its site is put in
    // place, they are recorded, as a published link must be.
    if (finishSwap(swap)) {
      try {
        recordPending(cache);
      } catch {
        // A record that cannot be read is refused just below, in one line naming its file and line.
      }
    }
    rmSync(join(cache, PENDING_LOCK), { force: true });
    // A record of published links that cannot be read (cut short, left with a merge's conflict markers) is refused in
    // one line naming its file and line, before Astro runs: nothing is built and `out` is left as it was.
    const badLock = lockProblemOf(lockPathOf(process.cwd(), settings.options));
    if (badLock) fail('build', `${badLock} (nothing was built: ${out}/ is as it was)`);
    // Old builds whose removal was stopped (the machine went down, say) are removed now.
    for (const name of readdirSync(resolve(out, '..')))
      if (name.startsWith(`${basename(out)}.old-`)) removeInBackground(join(resolve(out, '..'), name));

    if (!values.clean && upToDate(cache, out, buildFingerprint(out, flags, settings))) {
      console.log(`Nothing the build reads has changed since the last build: ${out}/ is up to date.`);
      process.exit(0);
    }
    // What the notes and the code were when the build started: a note saved during the build is not in it.
    const started = buildFingerprint(out, flags, settings, false);
    forgetBuild(cache);
    const pageCache = openPageCache(cache);
    if (pageCache.dropped > 0)
      console.log(
        `${pageCache.dropped} page(s) of the cache were not the ones the last build sealed: they are rendered again.`,
      );
    if (!values.clean) {
      const unreadable = discardUnreadableStore(cache);
      if (unreadable) console.log(unreadable);
    }

    let interrupted: NodeJS.Signals | undefined;
    // Pagefind's process, while it indexes (see search-index.ts): stopped and waited for on an interruption.
    let pagefind: ChildProcess | undefined;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      const listener = (): void => {
        interrupted = signal;
        if (pagefind && pagefind.exitCode === null && pagefind.signalCode === null) pagefind.kill(signal);
        else stopInterrupted();
      };
      process.on(signal, listener);
      listeners.push([signal, listener]);
    }

    function stopInterrupted(): never {
      rmSync(next, { recursive: true, force: true });
      console.error(
        `\nThe build was stopped (${interrupted}): ${existsSync(out) ? `${out}/ still holds the last good build` : `there is no ${out}/`}.`,
      );
      process.exit(130);
    }

    rmSync(next, { recursive: true, force: true });
    // --strict: any draft stops the build (the strictDrafts option, which astro.config.mjs reads from GLOSS_STRICT).
    if (values.strict) process.env['GLOSS_STRICT'] = '1';
    try {
      await buildPages({
        outDir: next,
        clean: values.clean,
        cache,
        settings,
        search: !values['no-search'],
        started: (child) => (pagefind = child),
        // Said in one line; stopped by a signal, Pagefind fails, and the build says it was stopped.
        refuse: (reason) => (interrupted ? stopInterrupted() : refuse(reason)),
      });
    } catch (error) {
      if (interrupted) stopInterrupted();
      refuse(failureReason(error));
    }
    if (interrupted) stopInterrupted();

    swapIn(swap);
    // What later builds trust, in this order, once the new site is in place.
    try {
      recordPending(cache);
      const unsealed = sealPageCache(cache);
      if (unsealed) console.warn(`Gloss: the pages of this build are not kept for the next one: ${unsealed}.`);
      // Recorded with the links the build added, and only if nothing changed while it ran.
      if (buildFingerprint(out, flags, settings, false) === started)
        recordBuild(cache, buildFingerprint(out, flags, settings), siteDigest(out));
    } catch (error) {
      // The site is published; the next build, finding no seal or stamp, builds every page again.
      console.error(
        `\nBuilt into ${out}/, but what the next build would reuse could not be written (${reasonOf(error)}).`,
      );
      process.exit(1);
    }
    console.log(`Built into ${out}/.`);
    try {
      // Share cards no page shows any more (see card-cache.ts). The site is in place: a failure here costs nothing.
      pruneCardCache(cache, out);
    } catch {
      // Left for the next build.
    }
  } finally {
    releaseLocks();
    process.off('exit', releaseLocks);
    for (const [signal, listener] of listeners) process.off(signal, listener);
  }
}

/** Adds the links a build left to the record of published links, once its site is in place. */
function recordPending(cache: string): void {
  const recorded = applyPendingLock(join(cache, PENDING_LOCK));
  if (recorded) console.log(`Recorded new links in ${recorded}.`);
}

// Run as the command, not imported (the tests' stand-in imports `main`).
if (isTheCommand(import.meta.url)) await main();
