/**
 * Three fixture notes that share parties (OpenAI by `sameAs`, Google by id), with dates of every precision and
 * figures in several units: the pages across notes list exactly what they hold, in the right order. The site is
 * built two items a page, so every list is read across its pages, from the first by its "Next" links.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../link-check.ts';
import { readLock } from '../../src/loading/links-lock.ts';
import { pagesOf } from '../site-pages.ts';
import { serveStatic } from '../support/static-server.ts';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

const OUT = testSite('cross').out;
const page = (path: string) => builtPage(OUT, path);
const texts = (tree: Root | Element, selector: string) =>
  selectAll(selector, tree).map((node) => toString(node).replace(/\s+/g, ' ').trim());

/** The paths of a list's pages, from its first (`path`, relative, no slashes at its ends) by "Next" links. */
function listPages(path: string): string[] {
  const paths = [path];
  for (;;) {
    const next = select('.pager a[rel="next"]', page(paths.at(-1) as string))?.properties['href'];
    if (!next) return paths;
    paths.push(String(next).replace(/^\/|\/$/g, ''));
  }
}

/** What `selector` finds on every page of a list, in order. */
const acrossPages = (path: string, selector: string) => listPages(path).flatMap((each) => texts(page(each), selector));

describe('/parties/', () => {
  test('lists each party once, with its notes and mentions, parties joined by sameAs and by id', () => {
    expect(listPages('parties')).toEqual(['parties', 'parties/page/2']);
    const rows = listPages('parties').flatMap((path) =>
      selectAll('tbody tr', page(path)).map((row) => texts(row, 'th, td')),
    );
    expect(rows).toEqual([
      ['Google', 'organization', '3', '4'],
      ['Microsoft', 'organization', '1', '1'],
      ['OpenAI', 'organization', '2', '4'],
    ]);
  });

  test('a party’s page gives its role in each note (newest first) and every passage that names it, linked', () => {
    for (const id of ['openai', 'open-ai']) {
      const party = page(`parties/${id}`);
      expect(listPages(`parties/${id}`)).toEqual([`parties/${id}`]);
      expect(texts(party, 'h2')).toEqual(['Chip plans', 'A cloud deal']);
      expect(texts(party, 'section section > p')).toEqual(['Plans its own chips.', 'The buyer.']);
      const passages = selectAll('.in-context a', party).map((link) => String(link.properties['href']));
      expect(passages).toEqual([
        '/notes/chip-plans/#open-ai',
        '/notes/cloud-deal/#openai',
        '/notes/cloud-deal/#openai',
        '/notes/cloud-deal/#openai',
      ]);
      expect(texts(party, '.in-context')[2]).toBe(
        'OpenAI has grown since late 2022 and reports a run rate of $10 billion.',
      );
    }
  });
});

describe('/timeline/', () => {
  test('lists the years, each with a page of its dates in time order, at their precision, approximate ones marked', () => {
    const index = page('timeline');
    expect(texts(index, '.year-index a')).toEqual(['2009', '2022', '2025', '2026']);
    const years = selectAll('.year-index a', index).map((link) =>
      String(link.properties['href']).replace(/^\/|\/$/g, ''),
    );
    expect(years).toEqual(['timeline/2009', 'timeline/2022', 'timeline/2025', 'timeline/2026']);
    const entries = years.flatMap((year) => acrossPages(year, '.timeline li'));
    expect(entries.map((entry) => entry.replace(/ in .*$/, ''))).toEqual([
      '1 June 2009: Bing launched',
      'late 2022 approximate: ChatGPT launched',
      'May 2025: Deal finalised',
      '30 June 2025: Talks reported',
      '2026: First chips expected',
    ]);
    expect(select('[id="chip-plans--talks"] a', page('timeline/2025'))?.properties['href']).toBe(
      '/notes/chip-plans/#talks',
    );
  });
});

describe('/figures/', () => {
  const labels = (path: string) => acrossPages(path, 'tbody th');

  test('lists every figure formatted, by note newest first, and in the other orders on their own pages', () => {
    expect(labels('figures')).toEqual([
      'Engineers on the chip team',
      'Chip budget',
      'Revenue run rate',
      'Share of the market',
      'Early users',
    ]);
    expect(labels('figures/by-size')).toEqual([
      'Share of the market',
      'Engineers on the chip team',
      'Chip budget',
      'Revenue run rate',
      'Early users',
    ]);
    expect(labels('figures/by-label')).toEqual([
      'Chip budget',
      'Early users',
      'Engineers on the chip team',
      'Revenue run rate',
      'Share of the market',
    ]);
    expect(listPages('figures')).toEqual(['figures', 'figures/page/2', 'figures/page/3']);
    expect(acrossPages('figures', 'tbody td.number')).toEqual([
      '40 engineers',
      '€500 million',
      'US$10 billion',
      '12.5%',
      '1 million users',
    ]);
  });

  test('offers the table as CSV, values in full', () => {
    const csv = readFileSync(`${OUT}/figures.csv`, 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('note,id,label,value,unit,approximate,as_of,quote,url');
    expect(csv).toHaveLength(6);
    expect(csv).toContain(
      'cloud-deal,run-rate,Revenue run rate,10000000000,USD,false,,$10 billion,https://gloss.example.org/notes/cloud-deal/#run-rate',
    );
  });
});

describe('margin notes', () => {
  test('link each annotation to its place across notes, its own page and the same words in the original', () => {
    const note = page('notes/cloud-deal');
    const linksOf = (id: string) =>
      selectAll(`[id="${id}--note"] .gloss-links a`, note).map((link) => String(link.properties['href']));
    expect(linksOf('openai')).toEqual([
      '/notes/cloud-deal/openai/',
      '/parties/openai/',
      'https://example.org/cloud-deal#:~:text=OpenAI',
    ]);
    expect(linksOf('deal')).toEqual([
      '/notes/cloud-deal/deal/',
      '/timeline/2025/#cloud-deal--deal',
      'https://example.org/cloud-deal#:~:text=in%20May',
    ]);
    // Its row's page: the figures are two a page, newest note first, and this note's is the third and fourth.
    expect(linksOf('run-rate')[1]).toBe('/figures/page/2/#cloud-deal--run-rate');
    // No original to link to when the note has no source URL.
    expect(selectAll('.gloss-links a[rel~="external"]', page('notes/old-rivals'))).toEqual([]);
  });

  test('and every one of those links, and all others, resolves in the built site', async () => {
    const site = await serveStatic(OUT);
    try {
      const report = await checkLinks(
        site.url,
        pagesOf(OUT).map((path) => path.slice(1)),
      );
      expect(report.broken).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('lists cut into pages', () => {
  test('the home page lists the notes newest first, a page at a time, each page saying where it is', () => {
    expect(listPages('')).toEqual(['', 'page/2']);
    expect(acrossPages('', '.note-card h2')).toEqual(['Chip plans', 'A cloud deal', 'Old rivals']);
    expect(texts(page('page/2'), '.pager span')).toEqual(['Page 2 of 2']);
    expect(texts(page('page/2'), 'title')).toEqual(['Notes, page 2 · Gloss']);
  });

  test('a party named in more notes than a page holds has its notes on pages of its own', () => {
    expect(listPages('parties/google')).toEqual(['parties/google', 'parties/google/page/2']);
    expect(acrossPages('parties/google', 'section section h2')).toEqual(['Chip plans', 'A cloud deal', 'Old rivals']);
  });

  test('a page recorded as published that the lists no longer need still answers, pointing to its list', () => {
    const kept: Array<[string, string]> = [
      ['page/5', '/'],
      ['timeline/1999', '/timeline/'],
      ['figures/by-size/page/9', '/figures/by-size/'],
      ['parties/page/4', '/parties/'],
      ['parties/google/page/3', '/parties/google/'],
    ];
    for (const [path, first] of kept) {
      const standIn = page(path);
      expect(texts(standIn, 'main p').join(' ')).toContain('has grown shorter since it was published');
      expect(select(`main a[href="${first}"]`, standIn), path).toBeTruthy();
    }
    // And the build records the pages it cut, for later builds to keep.
    // The fixture's record is the old JSON form: the build carried it over to one link a line.
    const lock = readLock(testSite('cross').env['GLOSS_LOCK'] as string);
    expect(readFileSync(testSite('cross').env['GLOSS_LOCK'] as string, 'utf8')).toMatch(/^page page\/5\/$/m);
    expect(lock.pages).toEqual(expect.arrayContaining(['page/2/', 'figures/page/3/', 'timeline/2025/', 'page/5/']));
  });

  test('every page of every list is reached from the home page by links alone', async () => {
    const site = await serveStatic(OUT);
    try {
      const report = await checkLinks(site.url);
      expect(report.broken).toEqual([]);
      const reached = new Set(report.pages.map((url) => new URL(url).pathname));
      const lists = pagesOf(OUT).filter((path) => /^\/(?:page|timeline|figures|parties)\/|^\/$/.test(path));
      const standIns = [
        '/page/5/',
        '/timeline/1999/',
        '/figures/by-size/page/9/',
        '/parties/page/4/',
        '/parties/google/page/3/',
      ];
      expect(lists.filter((path) => !reached.has(path) && !standIns.includes(path))).toEqual([]);
      expect(lists.length).toBeGreaterThan(20);
    } finally {
      await site.close();
    }
  });
});

describe('annotation pages', () => {
  test('show the passage in its sentence and the annotation, with link previews and a canonical link', () => {
    const annotation = page('notes/cloud-deal/run-rate');
    const meta = (name: string) =>
      (select(`meta[property="${name}"], meta[name="${name}"]`, annotation) as Element).properties['content'];
    expect(toString(select('h1', annotation) as Element)).toBe('Revenue run rate');
    expect(texts(annotation, '.in-context')).toEqual([
      'OpenAI has grown since late 2022 and reports a run rate of $10 billion.',
    ]);
    expect(select('a[href="/notes/cloud-deal/#run-rate"]', annotation)).toBeTruthy();
    expect(meta('og:title')).toBe('Revenue run rate · A cloud deal');
    expect(meta('og:description')).toBe('US$10 billion: Revenue run rate');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(select('link[rel="canonical"]', annotation)?.properties['href']).toBe(
      'https://gloss.example.org/notes/cloud-deal/run-rate/',
    );
  });

  test('can be switched off with ANNOTATION_PAGES=off', () => {
    const out = testSite('crossNoAnnotationPages').out;
    expect(pagesOf(out).filter((path) => /^\/notes\/[^/]+\/[^/]+\/$/.test(path))).toEqual([]);
    const note = builtPage(out, 'notes/cloud-deal');
    expect(selectAll('.gloss-links a', note).map((link) => toString(link))).not.toContain('Share');
  });
});
