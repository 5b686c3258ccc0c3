/**
 * `npm run build`: builds the site into a fresh folder and puts it in place of `dist/` only when every step
 * succeeded, so a failed build never leaves a half-written site where a deploy would pick it up: `dist/` keeps
 * the last good build. The search index is built over the result with Pagefind. `--out DIR` builds elsewhere
 * (the tests use it); `--no-search` skips the search index (the benchmark compares builds without it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { indexSearch } from './index-search.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, 'no-search': { type: 'boolean', default: false } },
});
const out = values.out;
const next = `${out.replace(/\/$/, '')}.next`;
const old = `${out.replace(/\/$/, '')}.old`;
// The package does not export its bin, so it is found where npm puts it.
const astro = 'node_modules/astro/bin/astro.mjs';

/** Runs a build step with the same Node; false if it failed. */
function step(args: string[]): boolean {
  return spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;
}

rmSync(next, { recursive: true, force: true });
// --force: the content cache is keyed on the notes alone, so a change to the pipeline would otherwise not show.
let built = step([astro, 'build', '--force', '--outDir', next]);
if (built && !values['no-search']) {
  try {
    await indexSearch(next, process.env['BASE_PATH'] ?? '/');
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
rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
console.log(`Built into ${out}/.`);
