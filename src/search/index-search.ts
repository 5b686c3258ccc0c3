/**
 * Builds the Pagefind index of a built site from its note pages alone (the parts marked `data-pagefind-body`).
 * The rest of the site (annotation pages, pages across notes) repeats what they hold, and parsing it all took
 * longer than the build itself. A note's annotations are found through its page: the search page reads which
 * passages and margin notes hold the words found (`search-passages.ts`), so they need no records of their
 * own, which would have grown the index every search loads first twelvefold.
 *
 * Each page is indexed under the language its text is written in, one bundle per language (see search-bundles.ts),
 * with its ligatures written out ("Cœuré" as "Coeuré"), as the search page writes out those of a query.
 *
 * Pagefind's Node API drives a binary of its own, which writes to our stderr, and whose death it never notices:
 * a request it was killed in the middle of (a signal, a full disk: a Rust panic) is a promise that never settles,
 * and Node ended the build with "Detected unsettled top-level await" (exit 13). So `indexSearch` rejects when
 * the event loop runs dry while it waits on Pagefind, and a build runs it in a process of its own
 * (`indexSearchApart`), whose output is its own to read, so that any failure is said in one line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchBundles, searchLanguageOf } from './search-bundles.ts';
import { foldLigatures } from './search-folding.ts';
import { fileSystemReason } from '../cli/writable.ts';

/** The language NoteBody.astro marks a note's text with, when it is not the site's. */
const TEXT_LANGUAGE = /<div class="note-body"(?: lang="([^"]+)")?/;

interface NotePage {
  url: string;
  content: string;
  language: string;
}

function notePages(site: string, siteLanguage: string): NotePage[] {
  const folder = join(site, 'notes');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((slug) => {
    const file = join(folder, slug, 'index.html');
    if (!existsSync(file)) return [];
    const content = readFileSync(file, 'utf8');
    // A note's former address has a page that only points on, with no `data-pagefind-body`: it is left out.
    if (!content.includes('data-pagefind-body')) return [];
    const language = searchLanguageOf(TEXT_LANGUAGE.exec(content)?.[1], siteLanguage);
    return [{ url: `/notes/${slug}/`, content: foldLigatures(content), language }];
  });
}

/** `siteLanguage`: the language of the site's own words, which a note with no language of its own is in. */
export async function indexSearch(site: string, siteLanguage: string): Promise<void> {
  // Nothing but Pagefind's pipes keeps the process alive while it works: once they are closed, the loop runs dry.
  let stopped: () => void = () => {};
  const dead = new Promise<never>((_, reject) => {
    stopped = () => reject(new Error('Pagefind stopped before it finished (its process ended)'));
    process.once('beforeExit', stopped);
  });
  try {
    await Promise.race([writeIndex(site, siteLanguage), dead]);
  } finally {
    process.off('beforeExit', stopped);
    await pagefind.close();
  }
}

async function writeIndex(site: string, siteLanguage: string): Promise<void> {
  const pages = notePages(site, siteLanguage);
  for (const bundle of searchBundles(
    pages.map((page) => page.language),
    siteLanguage,
  )) {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: bundle.language,
      // Link labels and hidden helper text are not what a note says.
      excludeSelectors: ['.gloss-links', '.visually-hidden', '.heading-link', '.overview'],
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const page of pages.filter((each) => each.language === bundle.language)) {
      const added = await index.addHTMLFile({ url: page.url, content: page.content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, bundle.path) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
  }
}

const SELF = fileURLToPath(import.meta.url);

/**
 * Indexes `site` in a process of its own: resolves to undefined when it succeeded, or to why it failed, in one
 * line (the file system's reason when Pagefind or Node names one, such as a full disk). `started` is given the
 * process, which a build stops with itself when it is interrupted; the process ends too if the build dies.
 */
export function indexSearchApart(
  site: string,
  siteLanguage: string,
  started?: (child: ChildProcess) => void,
): Promise<string | undefined> {
  const child = spawn(process.execPath, [SELF, site, siteLanguage], { stdio: ['pipe', 'inherit', 'pipe'] });
  started?.(child);
  let errors = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (errors += chunk));
  return new Promise((done) => {
    child.on('error', (error) => done(`the search index could not be started: ${error.message}`));
    child.on('close', (code, signal) => {
      if (code === 0) return done(undefined);
      const said = errors
        .split('\n')
        .filter((line) => line.startsWith('Gloss: '))
        .at(-1)
        ?.slice('Gloss: '.length);
      // What a Rust panic names, as in `Os { code: 27, kind: FileTooLarge, message: "File too large" }`.
      const cause = /kind: \w+, message: "([^"]+)"/.exec(errors)?.[1];
      done(
        fileSystemReason(errors) ??
          (said && cause ? `${said}: ${cause}` : said) ??
          `the search index was not written (its process ${signal ? `was stopped by ${signal}` : `ended with code ${code}`})`,
      );
    });
  });
}

// Run as `node src/search/index-search.ts <site> <language>` by indexSearchApart: says what failed in one line, on stderr.
if (process.argv[1] === SELF) {
  // The build that started it died: so does it (stdin is the build's pipe, which closes then).
  process.stdin.on('end', () => process.exit(1));
  process.stdin.on('error', () => process.exit(1));
  process.stdin.resume();
  (process.stdin as unknown as { unref?: () => void }).unref?.();
  try {
    await indexSearch(process.argv[2] ?? '', process.argv[3] ?? '');
    process.exit(0);
  } catch (error) {
    console.error(`Gloss: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
