/**
 * `npm run build`: builds the site into a fresh folder and puts it in place of `dist/` only when every step
 * succeeded, so a failed build never leaves a half-written site where a deploy would pick it up: `dist/` keeps
 * the last good build. The search index is built over the result with Pagefind. `--out DIR` builds elsewhere
 * (the tests use it); `--no-search` skips the search index (the benchmark compares builds without it).
 *
 * A build reuses what the last one left in the cache folder (`.cache/`, or GLOSS_CACHE_DIR): notes whose digest is
 * unchanged are not rendered again, and pages whose data and code are unchanged are copied. `--clean` ignores it
 * and builds everything from the notes alone; the output is the same byte for byte. When nothing the build
 * reads has changed since the last good build into the same folder, that build is kept as it is.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { buildFingerprint, recordBuild, upToDate } from './build-fingerprint.ts';
import { readOptions } from './command-line.ts';
import { indexSearch } from './index-search.ts';

const { values } = readOptions('build', 'usage: npm run build [-- --clean] [-- --out DIR] [-- --no-search]', {
  options: {
    out: { type: 'string', default: 'dist' },
    'no-search': { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
  },
});
const out = values.out;
const next = `${out.replace(/\/$/, '')}.next`;
// Unique, as the last build's old output may still be being deleted (see below).
const old = `${out.replace(/\/$/, '')}.old-${process.pid}`;
// The package does not export its bin, so it is found where npm puts it.
const astro = 'node_modules/astro/bin/astro.mjs';

/** Runs a build step with the same Node; false if it failed. */
function step(args: string[]): boolean {
  return spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;
}

const cache = process.env['GLOSS_CACHE_DIR'] ?? '.cache';
const flags = values['no-search'] ? ['--no-search'] : [];
if (!values.clean && upToDate(cache, out, buildFingerprint(out, flags))) {
  console.log(`Nothing the build reads has changed since the last build: ${out}/ is up to date.`);
  process.exit(0);
}
// What the notes and the code were when the build started: a note saved during the build is not in it.
const started = buildFingerprint(out, flags, false);

rmSync(next, { recursive: true, force: true });
let built = step([astro, 'build', ...(values.clean ? ['--force'] : []), '--outDir', next]);
if (built && !values['no-search']) {
  try {
    await indexSearch(next);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    built = false;
  }
}
if (!built) {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `\nThe build failed: ${existsSync(out) ? `${out}/ still holds the last good build` : `there is no ${out}/`}; nothing was changed.`,
  );
  process.exit(1);
}
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
// The last build is taken away by a process of its own: the new one is in place already, and deleting tens of
// thousands of files took longer than a warm build's own work.
spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(old)}, { recursive: true, force: true })`], {
  detached: true,
  stdio: 'ignore',
}).unref();
// Recorded with the links the build added, and only if nothing changed while it ran.
if (buildFingerprint(out, flags, false) === started) recordBuild(cache, buildFingerprint(out, flags));
console.log(`Built into ${out}/.`);
