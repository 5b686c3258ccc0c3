/**
 * `npm run bench -- --import`: how well `npm run new` finds a page's article, on the public article-extraction
 * benchmark in `../shared/benchmarks/article-extraction/` (scored the benchmark's way, see
 * src/capture/shingle-score.ts), beside Mozilla's Readability alone over linkedom on the same pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { importCapture } from '../../src/capture/new-note.ts';
import { readerWords } from '../../src/capture/reader-words.ts';
import { scorePage, scorePages, type PageScore } from '../../src/capture/shingle-score.ts';

export const BENCHMARK = join(import.meta.dirname, '../../../shared/benchmarks/article-extraction');

/** The budgets: F1 and precision at least these, no page refused, and never below Readability alone. */
const BUDGET = { f1: 0.97, precision: 0.96 };

interface PageResult {
  key: string;
  url: string;
  gloss: PageScore;
  readability: PageScore;
  refused?: string;
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

/** Gloss's text of a page: what `npm run new` writes, as the words a reader sees, or why it refused the page. */
async function glossText(html: string, url: string): Promise<{ text: string } | { error: string }> {
  const note = await importCapture('page.html', new TextEncoder().encode(html), url);
  return 'error' in note ? note : { text: readerWords(note.body) };
}

export async function benchExtraction(say: (line?: string) => number, out: string): Promise<boolean> {
  const truth = JSON.parse(readFileSync(join(BENCHMARK, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  const pages: PageResult[] = [];
  for (const [key, { url, articleBody }] of Object.entries(truth)) {
    const html = gunzipSync(readFileSync(join(BENCHMARK, 'html', `${key}.html.gz`))).toString('utf8');
    const gloss = await glossText(html, url);
    pages.push({
      key,
      url,
      gloss: scorePage(articleBody, 'text' in gloss ? gloss.text : ''),
      readability: scorePage(articleBody, readabilityText(html)),
      ...('error' in gloss ? { refused: gloss.error } : {}),
    });
  }
  const gloss = scorePages(pages.map((page) => page.gloss));
  const readability = scorePages(pages.map((page) => page.readability));
  const refused = pages.filter((page) => page.refused);
  const verdict = (ok: boolean): string => (ok ? 'pass' : 'FAIL');
  const n = (value: number): string => value.toFixed(3);
  say(`## Article extraction (${pages.length} pages of the article-extraction benchmark)`);
  say();
  say('| extractor | F1 | precision | recall |');
  say('| --- | --- | --- | --- |');
  say(`| npm run new | ${n(gloss.f1)} | ${n(gloss.precision)} | ${n(gloss.recall)} |`);
  say(`| Readability alone | ${n(readability.f1)} | ${n(readability.precision)} | ${n(readability.recall)} |`);
  say();
  // Two halves by a fixed rule (the pages sorted by key, every other one): a rule that helps one half only is tuned
  // to the pages looked at.
  const sorted = [...pages].sort((a, b) => a.key.localeCompare(b.key));
  say('| half (pages sorted by key) | npm run new F1 / P / R | Readability alone F1 / P / R |');
  say('| --- | --- | --- |');
  for (const [name, half] of [
    ['even', sorted.filter((_, index) => index % 2 === 0)],
    ['odd', sorted.filter((_, index) => index % 2 === 1)],
  ] as const) {
    const [g, r] = [scorePages(half.map((page) => page.gloss)), scorePages(half.map((page) => page.readability))];
    say(
      `| ${name} (${half.length}) | ${n(g.f1)} / ${n(g.precision)} / ${n(g.recall)} | ${n(r.f1)} / ${n(r.precision)} / ${n(r.recall)} |`,
    );
  }
  say();
  const checks: [string, boolean][] = [
    [`F1 >= ${BUDGET.f1}`, gloss.f1 >= BUDGET.f1],
    [`precision >= ${BUDGET.precision}`, gloss.precision >= BUDGET.precision],
    [`no page refused (${refused.length} refused)`, refused.length === 0],
    [
      'F1 and precision not below Readability alone',
      gloss.f1 >= readability.f1 && gloss.precision >= readability.precision,
    ],
  ];
  say('| budget | verdict |');
  say('| --- | --- |');
  for (const [budget, ok] of checks) say(`| ${budget} | ${verdict(ok)} |`);
  for (const page of refused) say(`refused ${page.key.slice(0, 12)} (${page.url}): ${page.refused ?? ''}`);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'extraction.json'), `${JSON.stringify(pages, null, 1)}\n`);
  return checks.every(([, ok]) => ok);
}
