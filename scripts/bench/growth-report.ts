/**
 * The growth section of the bench's report (growth.ts measures it). Each run's numbers are kept in `results/`, for
 * a later run at more notes to compare its cost per note with.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureGrowth, type Growth } from './growth.ts';
import type { Measurement } from './measure.ts';
import { verdict, type BenchRun, type Say } from './report.ts';
import { renderInWorkers } from './workers.ts';

const seconds = (value: number): string => `${value.toFixed(2)} s`;
const kilobytes = (value: number): string => `${(value / 1024).toFixed(0)} KB`;

/** The growth section of the report, with the budgets that the issue set for it. */
export async function growth(bench: BenchRun, say: Say): Promise<void> {
  process.stderr.write('Growth: cold and warm builds, search, heaviest page, dev server…\n');
  const result = await measureGrowth({
    work: bench.work,
    notes: join(bench.work, 'notes-annotated'),
    plainNotes: join(bench.work, 'notes-plain'),
    plainSite: join(bench.work, 'plain-unified'),
    count: bench.notes,
    rounds: bench.runs,
  });
  process.stderr.write('Rendering the notes on one thread, then in worker threads…\n');
  const threads = await renderInWorkers(join(bench.work, 'notes-annotated'));
  const results = join(bench.work, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, `growth-${bench.notes}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const perNote = (run: Growth) => (run.coldSeconds / run.notes) * 1000;
  say(
    `## Growth: ${bench.notes} notes, ${result.pages} pages (the whole site: annotation pages on; builds: median of ${bench.runs} rounds, each cold, warm, warm with one note changed)`,
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
  const smallest = readdirSync(results)
    .map((name) => /^growth-(\d+)\.json$/.exec(name)?.[1])
    .map(Number)
    .filter((count) => count > 0 && count < bench.notes)
    .sort((a, b) => a - b)[0];
  if (smallest) {
    const before = JSON.parse(readFileSync(join(results, `growth-${smallest}.json`), 'utf8')) as Growth;
    budget(
      `cold build time a note, vs ${smallest} notes (${perNote(before).toFixed(1)} ms)`,
      perNote(result) / perNote(before),
      1.2,
      times,
    );
  }
}
