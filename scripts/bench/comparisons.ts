/** The bench report's first sections: this site's builds against plain Astro's, a large note, the reader page. */
import { join } from 'node:path';
import { benchBuilds, glossBuild, plainBuild, ratio, roundRatios, type Build, type BuildResult } from './builds.ts';
import { anchoringAlone, suggestionsAlone } from './large-note.ts';
import { measure, type Measurement } from './measure.ts';
import { readerPageWeight, lighthouseScores } from './reader-page.ts';
import { verdict, type BenchRun, type Say } from './report.ts';

const node = process.execPath;

/** The builds compared round by round, anchoring, suggestions and the reader page: their report. */
export async function comparisons(bench: BenchRun, annotations: number, say: Say): Promise<void> {
  process.stderr.write(`Building (a warm-up round, then ${bench.runs} rounds)…\n`);
  const glossVariant = (name: string, folder: string, notes: string, env: NodeJS.ProcessEnv, search = false) => ({
    name,
    out: join(bench.work, folder),
    command: glossBuild(join(bench.work, notes), join(bench.work, folder), env, search),
    clean: [],
  });
  const builds: Build[] = [
    glossVariant('this site', 'out-gloss', 'notes-annotated', { ANNOTATION_PAGES: 'off' }),
    glossVariant('this site, annotations stripped', 'out-stripped', 'notes-plain', { ANNOTATION_PAGES: 'off' }),
    plainBuild('plain Astro 7', join(bench.work, 'plain-astro')),
    plainBuild('plain Astro 7 with unified(), no plugins', join(bench.work, 'plain-unified')),
  ];
  if (!bench.quick) {
    builds.push(
      glossVariant('this site, annotation pages on', 'out-pages', 'notes-annotated', {}),
      glossVariant('this site, with search index', 'out-search', 'notes-annotated', { ANNOTATION_PAGES: 'off' }, true),
    );
  }
  const [gloss, stripped, plain, plainUnified, ...extras] = (await benchBuilds(builds, bench.runs)) as [
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
  const site = join(bench.work, 'out-site');
  const built = await measure(node, ['scripts/build.ts', '--out', site], {
    ...process.env,
    GLOSS_CACHE_DIR: `${site}.cache`,
    // A record of its own: the bench publishes nothing, so the site's links.lock.json is left alone.
    GLOSS_LOCK: join(bench.work, 'links.lock.json'),
  });
  if (!built.ok) throw new Error(`the site did not build\n${built.output.slice(-3000)}`);
  const weight = await readerPageWeight(site, '/notes/openai-google-cloud/');
  const lighthouse = await lighthouseScores(site, '/notes/openai-google-cloud/');

  say(
    `## Builds: ${bench.notes} notes, ${annotations} annotations (median of ${bench.runs} rounds after a warm-up round; each round builds every variant once, in turn)`,
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
