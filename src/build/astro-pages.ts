/**
 * The step of `npm run build` that writes the pages into the new folder: Astro's own build, in this process, with
 * the check of its pages and the search index in its hooks (build-hooks.ts). The wrapper around it (lock, swap,
 * up-to-date stamp, record of links, failures said in one line) takes it as a parameter, so that the fault tests
 * drive the wrapper with a stand-in that writes pages and fails on cue (tests/support/stand-in-pages.ts).
 */
import type { ChildProcess } from 'node:child_process';
import type { ProjectSettings } from '../options/project-settings.ts';

export interface PagesStep {
  /** The folder the pages go into: the wrapper swaps it in once the step has returned. */
  outDir: string;
  /** `--clean`: nothing of the cache folder is reused. */
  clean: boolean;
  /** The cache folder, where the links to record are left (links.lock.pending.json). */
  cache: string;
  settings: ProjectSettings;
  search: boolean;
  /** Given the search indexer's process, which the wrapper stops with itself when it is interrupted. */
  started: (child: ChildProcess) => void;
  /** Says the reason in one line and ends the build; a step may also throw, and the wrapper says why. */
  refuse: (reason: string) => never;
}

/** Builds the pages; resolves once every page is written and checked, throws or refuses otherwise. */
export type BuildPages = (step: PagesStep) => Promise<void>;

export const astroPages: BuildPages = async ({ outDir, clean, settings, search, started, refuse }) => {
  // Imported once the build may run: Astro and Pagefind take seconds to import on a busy machine, which a build
  // refused at once, or with nothing to do, should not wait for.
  const [{ build }, { default: buildHooks }] = await Promise.all([import('astro'), import('./build-hooks.ts')]);
  await build({
    outDir,
    force: clean,
    integrations: [buildHooks({ notes: settings.options.notes, language: settings.language, search, started, refuse })],
  });
};
