/**
 * `npm run bench`: how fast the site builds as notes pile up, and how light its reader page is.
 *
 * Builds N synthetic notes (default 1,000; `--notes N`) three ways: this site; this site with the annotations
 * stripped from the notes; a plain Astro 7 site at its defaults over the same Markdown (and, for reference, the
 * same with Astro's `unified()` processor and no plugins). Reports wall time and peak memory (median of `--runs`
 * runs after a warm-up), pages, and ratios; times anchoring alone on a 200 KB note with 1,000 annotations;
 * weighs the reader page and runs Lighthouse on it (mobile and desktop, with the system Chromium). Prints each
 * budget as pass or fail. `--quick` skips the builds with annotation pages and search.
 *
 * Then how the site grows (see bench/growth.ts): cold and warm builds of the whole site, the search index, the
 * heaviest page, a search query's download and the dev server's save-to-page time against plain Astro's. Each
 * run keeps its growth numbers in `.bench/results/`, so a run at 10,000 notes compares its cost per note with a
 * run at 1,000. `--growth` measures that alone (the comparisons above take hours at 10,000 notes).
 *
 * `--import` measures only how well `npm run new` finds a page's article, on the public article-extraction
 * benchmark, beside Readability alone (see bench/extraction.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchableText } from '../src/anchoring/find-quote.ts';
import { placeAnnotations } from '../src/anchoring/place-annotations.ts';
import { withSuggestions } from '../src/suggest/add-suggestions.ts';
import { suggestAnnotations } from '../src/suggest/suggest-annotations.ts';
import { noteChecker } from '../src/check/check-note.ts';
import { readNote } from '../src/check/read-note.ts';
import { projectSettings } from '../src/options/project-settings.ts';
import { createNoteRenderer, renderNote } from '../src/markdown/pipeline.ts';
import { anchorRequestOf } from '../src/markdown/rehype-anchor-annotations.ts';
import { annotationsOf, noteSchema } from '../src/schemas/note.ts';
import { benchExtraction } from './bench/extraction.ts';
import { measureGrowth, type Growth } from './bench/growth.ts';
import { measure, median, settle, type Measurement } from './bench/measure.ts';
import { writePlainAstroSite } from './bench/plain-astro.ts';
import { syntheticNote } from './bench/synthetic-notes.ts';
import { readerPageWeight, lighthouseScores } from './bench/reader-page.ts';
import { measureShareCards } from './bench/share-cards.ts';
import { renderInWorkers } from './bench/workers.ts';
import { readOptions } from './command-line.ts';

const { values } = readOptions(
  'bench',
  'usage: npm run bench [-- --notes N] [-- --runs R] [-- --quick] [-- --growth] [-- --import]',
  {
    options: {
      notes: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      growth: { type: 'boolean', default: false },
      import: { type: 'boolean', default: false },
    },
  },
);
const NOTES = Number(values.notes);
const RUNS = Number(values.runs);
const WORK = '.bench';
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const node = process.execPath;

const RESULTS = join(WORK, 'results');

function writeNotes(): number {
  // Everything but the results of earlier runs.
  if (existsSync(WORK))
    for (const entry of readdirSync(WORK))
      if (entry !== 'results') rmSync(join(WORK, entry), { recursive: true, force: true });
  mkdirSync(join(WORK, 'notes-annotated'), { recursive: true });
  mkdirSync(join(WORK, 'notes-plain'), { recursive: true });
  let annotations = 0;
  for (let i = 0; i < NOTES; i++) {
    const note = syntheticNote(i);
    writeFileSync(join(WORK, 'notes-annotated', `note-${i}.md`), note.annotated);
    writeFileSync(join(WORK, 'notes-plain', `note-${i}.md`), note.plain);
    annotations += note.annotations;
  }
  writePlainAstroSite(join(WORK, 'plain-astro'), join(WORK, 'notes-plain'), 'default');
  writePlainAstroSite(join(WORK, 'plain-unified'), join(WORK, 'notes-plain'), 'unified');
  return annotations;
}

const countPages = (folder: string): number =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('index.html')).length;

interface BuildResult {
  name: string;
  seconds: number;
  peakMiB: number;
  pages: number;
  /** Each round's measurement, in round order, for ratios taken round by round. */
  rounds: Measurement[];
}

/**
 * How `a` compares with `b`: the median, over rounds, of the ratio of the two builds of one round. Builds of a
 * round run minutes apart at most, so a slower spell of the machine divides out.
 */
function ratio(a: BuildResult, b: BuildResult, of: (run: Measurement) => number): number {
  return median(roundRatios(a, b, of));
}

/** The ratio of `a` to `b` in each round: their spread shows how far one run of the bench can be trusted. */
const roundRatios = (a: BuildResult, b: BuildResult, of: (run: Measurement) => number): number[] =>
  a.rounds.map((run, index) => of(run) / of(b.rounds[index] as Measurement));

interface Build {
  name: string;
  out: string;
  command: () => [string, string[], NodeJS.ProcessEnv];
  /** Caches to empty before each run, so that every run builds from nothing. */
  clean: string[];
}

/**
 * A warm-up round, then `RUNS` rounds; each round builds every variant once, from a clean cache and output.
 * Taking turns, rather than running one variant's builds back to back, spreads the load of a shared machine
 * over all of them alike, which keeps the ratios honest when it changes during the run. Medians per variant.
 */
async function benchBuilds(builds: Build[]): Promise<BuildResult[]> {
  const runs = new Map<string, Measurement[]>(builds.map((build) => [build.name, []]));
  for (let round = 0; round <= RUNS; round++) {
    for (const { name, out, command, clean } of builds) {
      for (const folder of [out, ...clean]) rmSync(folder, { recursive: true, force: true });
      for (const build of builds) await settle(build.out);
      const [cmd, args, env] = command();
      const result = await measure(cmd, args, env);
      if (!result.ok) throw new Error(`${name}: the build failed\n${result.output.slice(-3000)}`);
      if (round > 0) runs.get(name)?.push(result);
      process.stderr.write(
        `  ${name}: ${round === 0 ? 'warm-up' : `round ${round}`} ${result.seconds.toFixed(2)} s, ${result.peakMiB.toFixed(0)} MiB\n`,
      );
    }
  }
  return builds.map(({ name, out }) => {
    const measured = runs.get(name) ?? [];
    return {
      name,
      seconds: median(measured.map((run) => run.seconds)),
      peakMiB: median(measured.map((run) => run.peakMiB)),
      pages: countPages(out),
      rounds: measured,
    };
  });
}

const plainBuild = (name: string, root: string): Build => ({
  name,
  out: join(root, 'dist'),
  command: () => [node, [ASTRO, 'build', '--root', root], { ...process.env }],
  clean: [join(root, 'node_modules/.astro'), join(root, '.astro')],
});

const glossBuild =
  (notes: string, out: string, extra: NodeJS.ProcessEnv, search = false) =>
  (): [string, string[], NodeJS.ProcessEnv] => [
    node,
    // --clean: every round builds from nothing, as plain Astro's do (their caches are emptied before each).
    ['scripts/build.ts', '--out', out, '--clean', ...(search ? [] : ['--no-search'])],
    { ...process.env, GLOSS_NOTES: notes, GLOSS_CACHE_DIR: `${out}.cache`, ...extra },
  ];

async function anchoringAlone() {
  const big = syntheticNote(424242, { paragraphs: 415, parties: 12, dates: 500, figures: 488 });
  const file = readNote('large.md', big.annotated);
  const annotations = annotationsOf(noteSchema.parse(file.data));
  const requests = annotations.map(anchorRequestOf);
  const renderer = await createNoteRenderer(await projectSettings());
  const place: number[] = [];
  const render: number[] = [];
  let textBytes = 0;
  for (let run = 0; run < 6; run++) {
    let started = performance.now();
    const { html: code, anchoring } = await renderNote(renderer, file.body, annotations);
    if (run > 0) render.push(performance.now() - started);
    const anchors = anchoring.anchors;
    if (!anchors) throw new Error('the large note did not anchor');
    textBytes = Buffer.byteLength(anchors.text);
    started = performance.now();
    const placement = placeAnnotations(searchableText(anchors.text, anchors.runs), requests);
    if (run > 0) place.push(performance.now() - started);
    if (placement.problems.length > 0 || !code.includes('id="figure-487"'))
      throw new Error('the large note did not anchor');
  }
  return { textKB: textBytes / 1024, annotations: requests.length, placeMs: median(place), renderMs: median(render) };
}

/**
 * What `npm run suggest` does for a 200 KB text with no annotations: check and render it, find its dates and
 * figures, and check it again with them in (as the command does before it prints any).
 */
async function suggestionsAlone() {
  const big = syntheticNote(424242, { paragraphs: 415, parties: 12, dates: 500, figures: 488 });
  const body = readNote('large.md', big.annotated).body;
  const text = `---\ntitle: A long note\nsource:\n  published: 2025-06\n---\n${body}`;
  const check = noteChecker(await createNoteRenderer(await projectSettings()));
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < 4; run++) {
    const started = performance.now();
    const checked = await check('large.md', text);
    const anchors = checked.rendered?.anchoring.anchors;
    if (!checked.note || !anchors) throw new Error('the long note did not render');
    const suggestions = suggestAnnotations(checked.note, anchors);
    await check('large.md', withSuggestions(text, suggestions));
    if (run > 0) times.push(performance.now() - started);
    found = suggestions.dates.length + suggestions.figures.length;
  }
  return { textKB: Buffer.byteLength(body) / 1024, found, ms: median(times) };
}

const verdict = (ok: boolean): string => (ok ? 'pass' : 'FAIL');

/** The builds compared round by round, anchoring, suggestions and the reader page: their report. */
async function comparisons(annotations: number, say: (line?: string) => number): Promise<void> {
  process.stderr.write(`Building (a warm-up round, then ${RUNS} rounds)…\n`);
  const glossVariant = (name: string, folder: string, notes: string, env: NodeJS.ProcessEnv, search = false) => ({
    name,
    out: join(WORK, folder),
    command: glossBuild(join(WORK, notes), join(WORK, folder), env, search),
    clean: [],
  });
  const builds: Build[] = [
    glossVariant('this site', 'out-gloss', 'notes-annotated', { ANNOTATION_PAGES: 'off' }),
    glossVariant('this site, annotations stripped', 'out-stripped', 'notes-plain', { ANNOTATION_PAGES: 'off' }),
    plainBuild('plain Astro 7', join(WORK, 'plain-astro')),
    plainBuild('plain Astro 7 with unified(), no plugins', join(WORK, 'plain-unified')),
  ];
  if (!values.quick) {
    builds.push(
      glossVariant('this site, annotation pages on', 'out-pages', 'notes-annotated', {}),
      glossVariant('this site, with search index', 'out-search', 'notes-annotated', { ANNOTATION_PAGES: 'off' }, true),
    );
  }
  const [gloss, stripped, plain, plainUnified, ...extras] = (await benchBuilds(builds)) as [
    BuildResult,
    BuildResult,
    BuildResult,
    BuildResult,
    ...BuildResult[],
  ];
  process.stderr.write('Anchoring the large note…\n');
  const anchoring = await anchoringAlone();
  process.stderr.write('Suggesting for the large note…\n');
  const suggesting = await suggestionsAlone();
  process.stderr.write('Weighing the reader page…\n');
  const site = join(WORK, 'out-site');
  const built = await measure(node, ['scripts/build.ts', '--out', site], {
    ...process.env,
    GLOSS_CACHE_DIR: `${site}.cache`,
    // A record of its own: the bench publishes nothing, so the site's links.lock.json is left alone.
    GLOSS_LOCK: join(WORK, 'links.lock.json'),
  });
  if (!built.ok) throw new Error(`the site did not build\n${built.output.slice(-3000)}`);
  const weight = await readerPageWeight(site, '/notes/openai-google-cloud/');
  const lighthouse = await lighthouseScores(site, '/notes/openai-google-cloud/');

  say(
    `## Builds: ${NOTES} notes, ${annotations} annotations (median of ${RUNS} rounds after a warm-up round; each round builds every variant once, in turn)`,
  );
  say();
  say('| build | wall time | peak memory (Node processes) | pages | time per page |');
  say('| --- | --- | --- | --- | --- |');
  for (const build of [gloss, stripped, plain, plainUnified, ...extras]) {
    say(
      `| ${build.name} | ${build.seconds.toFixed(2)} s | ${build.peakMiB.toFixed(0)} MiB | ${build.pages} | ${((build.seconds / build.pages) * 1000).toFixed(2)} ms |`,
    );
  }
  say();
  say('Ratios are the median over rounds of the ratio within each round.');
  say();
  say('| budget | measured | limit | result |');
  say('| --- | --- | --- | --- |');
  const budget = (
    name: string,
    measured: number,
    limit: number,
    show: (value: number) => string = (value) => `${value.toFixed(2)}x`,
  ) => say(`| ${name} | ${show(measured)} | ${show(limit)} | ${verdict(measured <= limit)} |`);
  const time = (run: Measurement): number => run.seconds;
  const memory = (run: Measurement): number => run.peakMiB;
  budget('build time vs annotations stripped', ratio(gloss, stripped, time), 1.15);
  budget('build time vs plain Astro', ratio(gloss, plain, time), 2);
  budget('peak memory vs annotations stripped', ratio(gloss, stripped, memory), 1.2);
  budget('peak memory vs plain Astro', ratio(gloss, plain, memory), 1.5);
  say(
    `| (not a budget) plain Astro with unified() vs plain Astro at its defaults | ${ratio(plainUnified, plain, time).toFixed(2)}x | | |`,
  );
  const pagesOn = extras.find((build) => build.name.includes('annotation pages'));
  if (pagesOn)
    budget(
      'time per page with annotation pages vs plain Astro',
      ratio(pagesOn, plain, time) * (plain.pages / pagesOn.pages),
      1.2,
    );
  budget(
    `anchoring ${anchoring.textKB.toFixed(0)} KB, ${anchoring.annotations} annotations (placing)`,
    anchoring.placeMs,
    1000,
    (value) => `${value.toFixed(0)} ms`,
  );
  budget(
    `anchoring ${anchoring.textKB.toFixed(0)} KB, ${anchoring.annotations} annotations (whole plugin pipeline)`,
    anchoring.renderMs,
    1000,
    (value) => `${value.toFixed(0)} ms`,
  );
  budget(
    `suggestions for ${suggesting.textKB.toFixed(0)} KB of text (${suggesting.found} found; check, suggest, check again)`,
    suggesting.ms,
    2000,
    (value) => `${value.toFixed(0)} ms`,
  );
  const spread = (b: BuildResult): string =>
    roundRatios(gloss, b, time)
      .map((value) => `${value.toFixed(2)}x`)
      .join(', ');
  say();
  say(`Build time in each round: ${spread(stripped)} of annotations stripped; ${spread(plain)} of plain Astro.`);
  say();
  say(`## The reader page (/notes/openai-google-cloud/)`);
  say();
  say('| part | raw | gzip |');
  say('| --- | --- | --- |');
  for (const [part, size] of Object.entries(weight.bytes)) say(`| ${part} | ${size.raw} B | ${size.gzip} B |`);
  say(`| requests | ${weight.requests} | |`);
  say(`| other origins | ${weight.foreign} | |`);
  say(`| web fonts | ${weight.fonts} | |`);
  say();
  const total = weight.bytes.html.gzip + weight.bytes.css.gzip + weight.bytes.js.gzip;
  say('| budget | measured | limit | result |');
  say('| --- | --- | --- | --- |');
  say(`| HTML + CSS + JS, gzip | ${total} B | 20480 B | ${verdict(total <= 20480)} |`);
  say(`| JS, gzip | ${weight.bytes.js.gzip} B | 3072 B | ${verdict(weight.bytes.js.gzip <= 3072)} |`);
  say(`| requests to other origins | ${weight.foreign} | 0 | ${verdict(weight.foreign === 0)} |`);
  say(`| web fonts | ${weight.fonts} | 0 | ${verdict(weight.fonts === 0)} |`);
  for (const [form, scores] of Object.entries(lighthouse)) {
    for (const [category, score] of Object.entries(scores))
      say(`| Lighthouse ${form} ${category} | ${score} | 100 | ${verdict(score >= 100)} |`);
  }
}

const seconds = (value: number): string => `${value.toFixed(2)} s`;
const kilobytes = (value: number): string => `${(value / 1024).toFixed(0)} KB`;

/** The growth section of the report, with the budgets that the issue set for it. */
async function growth(say: (line?: string) => number): Promise<void> {
  process.stderr.write('Growth: cold and warm builds, search, heaviest page, dev server…\n');
  const result = await measureGrowth({
    work: WORK,
    notes: join(WORK, 'notes-annotated'),
    plainNotes: join(WORK, 'notes-plain'),
    plainSite: join(WORK, 'plain-unified'),
    count: NOTES,
    rounds: RUNS,
  });
  process.stderr.write('Rendering the notes on one thread, then in worker threads…\n');
  const threads = await renderInWorkers(join(WORK, 'notes-annotated'));
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `growth-${NOTES}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const perNote = (run: Growth) => (run.coldSeconds / run.notes) * 1000;
  say(
    `## Growth: ${NOTES} notes, ${result.pages} pages (the whole site: annotation pages on; builds: median of ${RUNS} rounds, each cold, warm, warm with one note changed)`,
  );
  say();
  say('| measure | value |');
  say('| --- | --- |');
  say(
    `| cold build (\`--clean\`, no search index) | ${seconds(result.coldSeconds)} (${perNote(result).toFixed(1)} ms a note) |`,
  );
  say(`| warm build, nothing changed | ${seconds(result.warmNothingSeconds)} |`);
  say(`| warm build, one note changed | ${seconds(result.warmOneSeconds)} |`);
  say(`| search index (Pagefind, the note pages) | ${seconds(result.searchSeconds)} |`);
  say(`| peak memory of a cold build | ${result.coldPeakMiB.toFixed(0)} MiB |`);
  say(`| largest page, HTML | ${kilobytes(result.largestHtml.bytes)} (${result.largestHtml.path}) |`);
  say(`| largest page, gzip | ${kilobytes(result.largestGzip.bytes)} (${result.largestGzip.path}) |`);
  say(`| a search query's download | ${kilobytes(result.queryBytes)} |`);
  const saves = (times: number[]) => times.map((time) => time.toFixed(2)).join(', ');
  say(
    `| dev server, save to page: this site | ${seconds(result.devSave.gloss)} (${saves(result.devSave.glossSaves)}) |`,
  );
  say(
    `| dev server, save to page: plain Astro, unified(), glob() | ${seconds(result.devSave.plain)} (${saves(result.devSave.plainSaves)}) |`,
  );
  say(
    `| review mode under dev: Accept to the page showing it | ${seconds(result.reviewSave.median)} (${saves(result.reviewSave.saves)}) |`,
  );
  say(
    `| check and render every note: one thread / ${threads.threads} worker threads | ${seconds(threads.oneThread)} / ${seconds(threads.workers)} (${(threads.workers / threads.oneThread).toFixed(2)}x) |`,
  );
  const roundRatios = (of: (round: Growth['rounds'][number]) => Measurement) =>
    result.rounds.map((round) => `${(of(round).seconds / round.cold.seconds).toFixed(2)}x`).join(', ');
  say(
    `| warm vs cold in each round: nothing changed / one note changed | ${roundRatios((round) => round.warmNothing)} / ${roundRatios((round) => round.warmOne)} |`,
  );
  say();
  say('| budget | measured | limit | result |');
  say('| --- | --- | --- | --- |');
  const budget = (name: string, measured: number, limit: number, show: (value: number) => string) =>
    say(`| ${name} | ${show(measured)} | ${show(limit)} | ${verdict(measured <= limit)} |`);
  const times = (value: number) => `${value.toFixed(2)}x`;
  // 0.25x: the budget of #22 (it was 0.5x); docs/performance.md says why a warm build on Astro 7.3.5 stays over it.
  budget('warm build, one note changed, vs cold', result.warmOneRatio, 0.25, times);
  budget('warm build, nothing changed, vs cold', result.warmNothingRatio, 0.4, times);
  budget('dev save to page vs plain Astro', result.devSave.gloss / result.devSave.plain, 1.1, times);
  budget('review mode: Accept to the page showing it', result.reviewSave.median, 1, seconds);
  budget('largest page, HTML', result.largestHtml.bytes, 500 * 1024, kilobytes);
  budget('largest page, gzip', result.largestGzip.bytes, 100 * 1024, kilobytes);
  budget('search index time vs the build', result.searchSeconds / result.coldSeconds, 1, times);
  budget("a search query's download", result.queryBytes, 300 * 1024, kilobytes);
  budget('peak memory', result.coldPeakMiB, 4096, (value) => `${value.toFixed(0)} MiB`);
  const smallest = readdirSync(RESULTS)
    .map((name) => /^growth-(\d+)\.json$/.exec(name)?.[1])
    .map(Number)
    .filter((count) => count > 0 && count < NOTES)
    .sort((a, b) => a - b)[0];
  if (smallest) {
    const before = JSON.parse(readFileSync(join(RESULTS, `growth-${smallest}.json`), 'utf8')) as Growth;
    budget(
      `cold build time a note, vs ${smallest} notes (${perNote(before).toFixed(1)} ms)`,
      perNote(result) / perNote(before),
      1.2,
      times,
    );
  }
}

/** The share cards: the time to draw one, their size, and how many each kind of build draws (see bench/share-cards.ts). */
async function shareCards(say: (line?: string) => number): Promise<void> {
  process.stderr.write('Share cards: drawing, then a small site built four times…\n');
  const cards = await measureShareCards({ work: WORK, notes: join(WORK, 'notes-annotated') });
  say(`## Share cards (${cards.cards} distinct cards after a warm-up; a site of 30 notes built four times)`);
  say();
  say('| measure | value |');
  say('| --- | --- |');
  say(`| card PNG, median / largest | ${cards.medianBytes} B / ${cards.largestBytes} B |`);
  const { cold, nothingChanged, everyPageAgain, oneNote } = cards.drawn;
  say(
    `| cards drawn: cold build / nothing changed / every page again (\`--clean\`) / one note's title changed | ${cold} / ${nothingChanged} / ${everyPageAgain} / ${oneNote} |`,
  );
  say();
  say('| budget | measured | limit | result |');
  say('| --- | --- | --- | --- |');
  say(`| drawing a card, median | ${cards.medianMs.toFixed(1)} ms | 50 ms | ${verdict(cards.medianMs <= 50)} |`);
  say(`| cards drawn by a warm build, nothing changed | ${nothingChanged} | 0 | ${verdict(nothingChanged === 0)} |`);
  say(
    `| cards drawn rendering every page again, cache kept | ${everyPageAgain} | 0 | ${verdict(everyPageAgain === 0)} |`,
  );
  say(
    `| cards drawn, one note changed (its cards: ${cards.oneNoteCards}) | ${oneNote} | ${cards.oneNoteCards} | ${verdict(oneNote <= cards.oneNoteCards)} |`,
  );
}

async function main(): Promise<void> {
  // `--import`: how well `npm run new` finds a page's article (bench/extraction.ts), alone.
  if (values.import) {
    const lines: string[] = [];
    const passed = await benchExtraction((line = '') => lines.push(line), WORK);
    console.log(lines.join('\n'));
    if (!passed) process.exitCode = 1;
    return;
  }
  process.stderr.write(`Writing ${NOTES} synthetic notes…\n`);
  const annotations = writeNotes();
  const lines: string[] = [];
  const say = (line = ''): number => lines.push(line);
  if (!values.growth) {
    await comparisons(annotations, say);
    say();
    await shareCards(say);
    say();
  }
  await growth(say);
  const report = lines.join('\n');
  console.log(report);
  writeFileSync(join(WORK, 'report.md'), `${report}\n`);
}

await main();
