/**
 * The built site, read as HTML after one real build of the tests' own notes: every annotation of the news
 * article (a copy of the first note, as it was written) is there and linked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

const page = (path: string) => builtPage(testSite('site').out, path);
const notes = notesIn();
const { annotations } = notes.find((note) => note.slug === 'openai-google-cloud') as (typeof notes)[number];
const reader = page('notes/openai-google-cloud');
const article = select('.note-body', reader) as Element;

/** A block's text as read, without the margin notes and markers that stand in it. */
const textOf = (element: Element): string =>
  element.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element') return '';
      const names = (child.properties['className'] as string[] | undefined) ?? [];
      return names.includes('gloss') || names.includes('gloss-marker') ? '' : textOf(child);
    })
    .join('');

describe('the reader page of the news article', () => {
  test('holds the seven paragraphs of the article and none of the source site’s navigation', () => {
    const paragraphs = selectAll('.note-body > p', reader);
    expect(paragraphs).toHaveLength(7);
    expect(textOf(paragraphs[0] as Element)).toMatch(/^OpenAI has decided to utilize Google's cloud services/);
    expect(toString(article)).not.toMatch(/Lire aussi|Latest News|Harvey Weinstein|nuclear watchdog/);
  });

  test.each(annotations.map((annotation) => [annotation.type, annotation.id, annotation] as const))(
    '%s "%s" has exactly one passage, a margin note that links to it, and an overview entry',
    (_type, id, annotation) => {
      const targets = selectAll(`[id="${id}"]`, reader);
      expect(targets).toHaveLength(1);
      const passage = targets[0] as Element;
      expect(passage.tagName).toBe('mark');
      expect(selectAll(`[id="${id}"]`, article)).toHaveLength(1);
      const note = select(`[id="${id}--note"]`, article) as Element;
      expect(note).toBeTruthy();
      expect(selectAll(`a[href="#${id}"]`, note).length).toBeGreaterThan(0);
      expect(selectAll(`.overview a[href="#${id}"]`, reader)).toHaveLength(1);
      if (annotation.type !== 'party') {
        expect(toString(passage).replace(/[’]/g, "'")).toBe(annotation.quote.replace(/[’]/g, "'"));
      }
    },
  );

  test('shows dates in words at their precision and figures formatted', () => {
    const text = (id: string) => toString(select(`[id="${id}--note"] .gloss-link`, article) as Element);
    expect(text('deal-finalized')).toContain('May 2025');
    expect(text('chatgpt-launch')).toContain('late 2022');
    expect(toString(select('[id="chatgpt-launch--note"]', article) as Element)).toContain('approximate');
    expect(text('revenue-run-rate')).toContain('US$10 billion');
    expect(text('alphabet-ai-investment')).toContain('US$75 billion');
  });

  test('marks other mentions of a party as links to its passage, without ids', () => {
    const mentions = selectAll('a.mention[href="#openai"]', article);
    expect(mentions.length).toBeGreaterThanOrEqual(8);
    expect(mentions.every((mention) => mention.properties['id'] === undefined)).toBe(true);
  });

  test('puts each margin note right after its passage and its marker, in the paragraph that holds the passage', () => {
    const blocks = article.children.filter((node): node is Element => node.type === 'element');
    for (const annotation of annotations) {
      const holder = blocks.find((block) => select(`[id="${annotation.id}"]`, block)) as Element;
      expect(holder.tagName).toBe('p');
      const note = select(`[id="${annotation.id}--note"]`, holder) as Element;
      expect(note.tagName).toBe('span');
      // In the same parent as the passage (or the link or passage around it), right after the passage's marker.
      const parent = selectAll('*', holder).find((node) => node.children.includes(note)) ?? holder;
      const siblings = parent.children.filter((node): node is Element => node.type === 'element');
      const marker = siblings[siblings.indexOf(note) - 1] as Element;
      // Its button opens the note by toggling the popover beside it, with or without script.
      const toggle = select('button.gloss-toggle', marker) as Element;
      expect(toggle.properties).toMatchObject({
        type: 'button',
        id: `${annotation.id}--show`,
        popoverTarget: `${annotation.id}--open`,
        ariaControls: [`${annotation.id}--note`],
      });
      expect(select(`[id="${annotation.id}--open"]`, marker)?.properties['popover']).toBe('manual');
      const before = siblings.slice(0, siblings.indexOf(marker));
      expect(
        before.some((node) => node.properties['id'] === annotation.id || select(`[id="${annotation.id}"]`, node)),
      ).toBe(true);
    }
  });

  test('puts the notes of a table in an aside right before it, and no note inside a table or a heading', () => {
    const crowded = select('.note-body', page('notes/crowded-paragraph')) as Element;
    expect(selectAll(':is(table, h1, h2, h3, h4) .gloss', crowded)).toEqual([]);
    const blocks = crowded.children.filter((node): node is Element => node.type === 'element');
    const table = blocks.findIndex((block) => block.tagName === 'table');
    const aside = blocks[table - 1] as Element;
    expect(aside.tagName).toBe('aside');
    expect(select('[id="staff--note"]', aside)).toBeTruthy();
  });

  test('uses no script and requests nothing from another origin', () => {
    expect(selectAll('script[src]', reader)).toEqual([]);
    const sources = selectAll('[src], link[rel~="stylesheet"], link[rel~="icon"]', reader).map((node) =>
      String(node.properties['src'] ?? node.properties['href']),
    );
    expect(sources.every((source) => source.startsWith('/'))).toBe(true);
  });
});

describe('the home page', () => {
  test('lists every note, newest first, with title, source date and summary', () => {
    const cards = selectAll('.note-card', page(''));
    // Newest first by their source's date: 2025-06-11, 2025-06, 2024-03-15.
    const expected = [
      [
        'openai-google-cloud',
        'OpenAI Partners with Google Cloud in Unexpected AI Collaboration',
        'In May 2025 OpenAI agreed to buy computing capacity from Google Cloud, loosening its dependence on Microsoft, while Google wins a prominent customer for its cloud and its TPU chips although the two compete in AI.',
      ],
      [
        'outage-chart',
        'Fewer Outages After the Lines Went Underground',
        'A fixture note with an image of its own beside it, shown as a figure with its caption.',
      ],
      [
        'crowded-paragraph',
        "A Chip Maker's Crowded Quarter",
        'A fixture note whose first paragraph carries many annotations, beside a heading and a table.',
      ],
    ];
    expect(cards.map((card) => select('h2 a', card)?.properties['href'])).toEqual(
      expected.map(([slug]) => `/notes/${slug}/`),
    );
    expected.forEach(([, title, summary], index) => {
      const card = cards[index] as Element;
      expect(toString(select('h2 a', card) as Element)).toBe(title);
      expect(toString(card)).toContain(summary);
    });
    expect(toString(cards[0] as Element)).toContain('11 June 2025');
  });
});

describe('the review mode of npm run dev', () => {
  test('leaves nothing in a build: no script, style or markup of it in any file', () => {
    const files = readdirSync(testSite('site').out, { recursive: true, encoding: 'utf8' }).filter(
      (path) => !statSync(join(testSite('site').out, path)).isDirectory(),
    );
    expect(files.length).toBeGreaterThan(10);
    const traces = files.filter((path) => {
      const text = readFileSync(join(testSite('site').out, path), 'latin1');
      return ['gloss-review', 'Review this note', 'dev-toolbar', 'toolbar-app'].some((trace) => text.includes(trace));
    });
    expect(traces).toEqual([]);
  });
});

test("the built site has Netlify's and Cloudflare Pages' _headers file, as Netlify's own parser reads it", async () => {
  const { parseAllHeaders } = await import('@netlify/headers-parser');
  const parsed = await parseAllHeaders({
    headersFiles: [join(testSite('site').out, '_headers')],
    configHeaders: undefined,
    minimal: true,
  });
  expect(parsed).toEqual({
    errors: [],
    headers: [
      {
        for: '/*',
        values: {
          'Content-Security-Policy': "frame-ancestors 'none'",
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'strict-origin-when-cross-origin',
        },
      },
    ],
  });
});
