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
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisons } from './bench/comparisons.ts';
import { benchExtraction } from './bench/extraction.ts';
import { growth } from './bench/growth-report.ts';
import type { BenchRun } from './bench/report.ts';
import { shareCards } from './bench/share-cards-report.ts';
import { writeNotes } from './bench/workspace.ts';
import { readOptions } from '../src/cli/command-line.ts';

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
const bench: BenchRun = { work: '.bench', notes: Number(values.notes), runs: Number(values.runs), quick: values.quick };

async function main(): Promise<void> {
  // `--import`: how well `npm run new` finds a page's article (bench/extraction.ts), alone.
  if (values.import) {
    const lines: string[] = [];
    const passed = await benchExtraction((line = '') => lines.push(line), bench.work);
    console.log(lines.join('\n'));
    if (!passed) process.exitCode = 1;
    return;
  }
  process.stderr.write(`Writing ${bench.notes} synthetic notes…\n`);
  const annotations = writeNotes(bench.work, bench.notes);
  const lines: string[] = [];
  const say = (line = ''): number => lines.push(line);
  if (!values.growth) {
    await comparisons(bench, annotations, say);
    say();
    await shareCards(bench, say);
    say();
  }
  await growth(bench, say);
  const report = lines.join('\n');
  console.log(report);
  writeFileSync(join(bench.work, 'report.md'), `${report}\n`);
}

await main();
