/**
 * Builds that reuse the last one's cache: a warm build writes, byte for byte, what a cold build of the same notes
 * writes; a note edited, a setting changed or a line of the Markdown pipeline changed shows in the next build.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { buildOrThrow, runBuild } from '../support/build.ts';
import { filesOf } from '../site-files.ts';
import { SITE_NOTES } from '../paths.ts';

const WORK = resolve('.test-dist/warm');
const NOTES = join(WORK, 'notes');
/** The site built warm, again and again, with one cache. */
const WARM = join(WORK, 'warm');
const env = { GLOSS_NOTES: NOTES, SITE_AUTHOR: 'Test Annotator' };
/** Several builds in one test: each can take a minute on two busy cores. */
const BUILDS_TIMEOUT = 600_000;

/** The text Pagefind indexed for a page of a built site, from its fragment (gzipped, after a signature). */
function searchTextOf(site: string, url: string): string {
  const folder = join(site, 'pagefind', 'fragment');
  for (const name of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    if (fragment.url === url) return fragment.content;
  }
  throw new Error(`the search index of ${site} has no page ${url}`);
}

/** A cold build of the same notes, with a cache of its own that it ignores (`--clean`). */
function coldBuild(name: string, extra: Record<string, string> = {}): Record<string, string> {
  const out = join(WORK, name);
  buildOrThrow(out, { ...env, ...extra }, { args: ['--clean'] });
  return filesOf(out);
}

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(SITE_NOTES, NOTES, { recursive: true });
});

test(
  'a warm build, with nothing changed or one note edited, writes what a cold build of the same notes writes',
  () => {
    const [first] = readdirSync(NOTES).sort();
    const path = join(NOTES, first as string);
    const original = readFileSync(path, 'utf8');
    // The cache is filled from other notes than the ones compared, so that the comparisons are of warm builds.
    writeFileSync(path, `${original}\nA sentence the next builds take out again.\n`);
    buildOrThrow(WARM, env);
    // Nothing it reads has changed: the last build is kept as it is.
    expect(runBuild(WARM, env).stdout).toContain('is up to date');

    writeFileSync(path, original);
    expect(runBuild(WARM, env).stdout).toContain(`Built into ${WARM}/.`);
    const warm = filesOf(WARM);
    expect(Object.keys(warm).length).toBeGreaterThan(50);
    expect(warm).toEqual(coldBuild('cold-1'));

    writeFileSync(path, `${original}\nA sentence added to see it in the warm build.\n`);
    expect(runBuild(WARM, env).stdout).toContain(`Built into ${WARM}/.`);
    const edited = filesOf(WARM);
    expect(edited).toEqual(coldBuild('cold-2'));
    const page = readFileSync(join(WARM, 'notes', (first as string).replace(/\.md$/, ''), 'index.html'), 'utf8');
    expect(page).toContain('A sentence added to see it in the warm build.');
    expect(page).not.toContain('A sentence the next builds take out again.');
    // The search index was built again with it.
    expect(searchTextOf(WARM, `/notes/${(first as string).replace(/\.md$/, '')}/`)).toContain(
      'A sentence added to see it in the warm build.',
    );
  },
  BUILDS_TIMEOUT,
);

test(
  'a warm build under another base path writes what a cold build under it writes',
  () => {
    buildOrThrow(WARM, { ...env, BASE_PATH: '/reading/' });
    const warm = filesOf(WARM);
    expect(readFileSync(join(WARM, 'index.html'), 'utf8')).toContain('href="/reading/notes/');
    expect(warm).toEqual(coldBuild('cold-base', { BASE_PATH: '/reading/' }));
  },
  BUILDS_TIMEOUT,
);

test(
  'a line of the Markdown pipeline changed renders every note again in the next warm build',
  () => {
    // A copy of the project, to change its code; its packages are this project's.
    const project = join(WORK, 'project');
    for (const path of [
      'src',
      'scripts',
      'public',
      'astro.config.mjs',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ])
      cpSync(path, join(project, path), { recursive: true });
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
    const out = join(WORK, 'project-site');
    buildOrThrow(out, env, { cwd: project });
    const plugin = join(project, 'src/markdown/rehype-anchor-annotations.ts');
    const code = readFileSync(plugin, 'utf8');
    expect(code).toContain('dataN: String(marks.length + 1),');
    writeFileSync(
      plugin,
      code.replace('dataN: String(marks.length + 1),', "dataN: String(marks.length + 1), dataChanged: 'yes',"),
    );
    buildOrThrow(out, env, { cwd: project });
    const page = readFileSync(join(out, 'notes/openai-google-cloud/index.html'), 'utf8');
    expect(page).toContain('data-changed="yes"');
  },
  BUILDS_TIMEOUT,
);
