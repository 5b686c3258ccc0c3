/**
 * How the site holds up as notes pile up: a cold build, a warm build with nothing changed and one with one note
 * changed, the search index, the heaviest page, what a search query downloads, and the wait from saving a note
 * to its page under `astro dev`, for this site and for plain Astro on the same notes, and from a click on Accept in
 * review mode to the page showing it.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { projectSettings } from '../../src/options/project-settings.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/support/chromium.ts';
import { indexSearch } from '../../src/search/index-search.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { devSaves } from '../../tests/support/dev-server.ts';
import { measure, median, settle, type Measurement } from './measure.ts';
import { reviewSaves } from './review-save.ts';

interface Round {
  cold: Measurement;
  warmNothing: Measurement;
  warmOne: Measurement;
}

export interface Growth {
  notes: number;
  pages: number;
  /** Medians over rounds; each round builds cold, then warm with nothing changed, then with one note changed. */
  coldSeconds: number;
  warmNothingSeconds: number;
  warmOneSeconds: number;
  coldPeakMiB: number;
  /** Medians of the ratios to the cold build of the same round. */
  warmNothingRatio: number;
  warmOneRatio: number;
  rounds: Round[];
  searchSeconds: number;
  largestHtml: { path: string; bytes: number };
  largestGzip: { path: string; bytes: number };
  queryBytes: number;
  /** Medians of every save, this site's and plain Astro's servers started in turn (this, plain, plain, this). */
  devSave: { gloss: number; plain: number; glossSaves: number[]; plainSaves: number[] };
  /** Median and each of the waits from a click on Accept, in review mode under dev, to the page showing it. */
  reviewSave: { median: number; saves: number[] };
}

/** The heaviest pages: the largest by bytes, and the largest gzipped among the fifty largest by bytes. */
function heaviestPages(site: string) {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ path, bytes: statSync(join(site, path)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const gzipped = pages
    .slice(0, 50)
    .map(({ path }) => ({ path, bytes: gzipSync(readFileSync(join(site, path)), { level: 9 }).length }))
    .sort((a, b) => b.bytes - a.bytes);
  return { count: pages.length, html: pages[0] ?? { path: '', bytes: 0 }, gzip: gzipped[0] ?? { path: '', bytes: 0 } };
}

/** What Chromium downloads from /pagefind/ to show the results of one query on the search page. */
async function queryTransfer(site: string, query: string): Promise<number> {
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
      pending.push(
        response.body().then(
          (body) => void (bytes += body.length),
          () => undefined,
        ),
      );
    });
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, server.url).href);
    await page.locator('.search-results li').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function measureGrowth(options: {
  work: string;
  notes: string;
  plainNotes: string;
  plainSite: string;
  count: number;
  rounds: number;
}): Promise<Growth> {
  const { work, notes, count } = options;
  const out = join(work, 'out-growth');
  const env = {
    ...process.env,
    GLOSS_NOTES: notes,
    GLOSS_CACHE_DIR: `${out}.cache`,
    GLOSS_LOCK: join(work, 'growth-links.lock.json'),
  };
  rmSync(`${out}.cache`, { recursive: true, force: true });
  const build = async (name: string, args: string[] = []) => {
    await settle(out);
    const result = await measure(process.execPath, ['scripts/build.ts', '--out', out, '--no-search', ...args], env);
    if (!result.ok) throw new Error(`${name}: the build failed\n${result.output.slice(-3000)}`);
    process.stderr.write(`  ${name}: ${result.seconds.toFixed(2)} s, ${result.peakMiB.toFixed(0)} MiB\n`);
    return result;
  };
  const edited = join(notes, 'note-1.md');
  const original = readFileSync(edited, 'utf8');
  const rounds: Round[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const cold = await build(`round ${round}: cold build (--clean)`, ['--clean']);
    const warmNothing = await build(`round ${round}: warm build, nothing changed`);
    writeFileSync(edited, `${original.trimEnd()}\n\nA sentence added in round ${round} to see one note changed.\n`);
    const warmOne = await build(`round ${round}: warm build, one note changed`);
    writeFileSync(edited, original);
    rounds.push({ cold, warmNothing, warmOne });
  }

  await settle(out);
  const heaviest = heaviestPages(out);
  const started = performance.now();
  await indexSearch(out, (await projectSettings()).language);
  const searchSeconds = (performance.now() - started) / 1000;
  process.stderr.write(`  search index: ${searchSeconds.toFixed(2)} s\n`);
  const queryBytes = await queryTransfer(out, 'revenue');

  process.stderr.write('  dev server, saving a note: this site, plain Astro, plain Astro, this site…\n');
  const page = '/notes/note-2/';
  const glossSite = { args: [], env: { ...process.env, GLOSS_NOTES: notes }, note: join(notes, 'note-2.md'), page };
  const plainSite = {
    args: ['--root', options.plainSite],
    env: { ...process.env },
    note: join(options.plainNotes, 'note-2.md'),
    page,
  };
  const glossSaves = await devSaves(glossSite, 3);
  const plainSaves = await devSaves(plainSite, 3);
  plainSaves.push(...(await devSaves(plainSite, 3)));
  glossSaves.push(...(await devSaves(glossSite, 3)));
  process.stderr.write('  dev server, review mode: accepting drafts…\n');
  const accepted = await reviewSaves(notes);
  const cold = rounds.map((round) => round.cold);
  const ratios = (of: (round: Round) => Measurement) =>
    median(rounds.map((round) => of(round).seconds / round.cold.seconds));
  return {
    notes: count,
    pages: heaviest.count,
    coldSeconds: median(cold.map((run) => run.seconds)),
    warmNothingSeconds: median(rounds.map((round) => round.warmNothing.seconds)),
    warmOneSeconds: median(rounds.map((round) => round.warmOne.seconds)),
    coldPeakMiB: median(cold.map((run) => run.peakMiB)),
    warmNothingRatio: ratios((round) => round.warmNothing),
    warmOneRatio: ratios((round) => round.warmOne),
    rounds,
    searchSeconds,
    largestHtml: heaviest.html,
    largestGzip: heaviest.gzip,
    queryBytes,
    devSave: { gloss: median(glossSaves), plain: median(plainSaves), glossSaves, plainSaves },
    reviewSave: { median: median(accepted), saves: accepted },
  };
}
