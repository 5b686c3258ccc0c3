/**
 * Open data built from the same annotations: each note's W3C Web Annotation collection (whose selectors must
 * re-find their text in the built page), schema.org data in the page, the feed and the sitemap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { articleText } from '../../src/markdown/article-text.ts';
import { CROSS_DIST, TEST_DIST } from '../paths.ts';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** The text of a built note page as the annotations see it: the article body without margin notes and heading links. */
function pageText(html: string): string {
  const body = select('.note-body', fromHtml(html)) as Element;
  const children = body.children.filter(
    (node) => !(node.type === 'element' && (node.tagName === 'aside' || node.tagName === 'script')),
  );
  const root: Root = { type: 'root', children: JSON.parse(JSON.stringify(children)) };
  for (const link of selectAll('.heading-link', root)) link.children = [];
  return articleText(root).text;
}

const sites = [TEST_DIST, CROSS_DIST];

describe.each(sites)('the notes built in %s', (site) => {
  const slugs = readdirSync(`${site}/notes`).filter((slug) => !slug.includes('.'));

  test.each(slugs)('%s: every selector of annotations.jsonld re-finds its exact text in the page', (slug) => {
    const collection = JSON.parse(readFileSync(`${site}/notes/${slug}/annotations.jsonld`, 'utf8'));
    const text = pageText(readFileSync(`${site}/notes/${slug}/index.html`, 'utf8'));
    expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({
      type: 'AnnotationCollection',
      id: expect.stringMatching(/^https?:\/\//),
      label: expect.any(String),
    });
    const items = collection.first.items as Array<{
      id: string;
      type: string;
      body: unknown[];
      target: { source: string; selector: Selector[] };
    }>;
    expect(collection.total).toBe(items.length);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toMatchObject({
        type: 'Annotation',
        id: expect.stringMatching(/^https?:\/\/.+#/),
        target: { source: expect.stringMatching(/^https?:\/\//) },
      });
      expect(item.body.length).toBeGreaterThan(0);
      const quote = item.target.selector.find((selector) => selector.type === 'TextQuoteSelector') as Selector;
      const position = item.target.selector.find((selector) => selector.type === 'TextPositionSelector') as Selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice((position.start as number) - (quote.prefix as string).length, position.start)).toBe(
        quote.prefix,
      );
      expect(text.slice(position.end, (position.end as number) + (quote.suffix as string).length)).toBe(quote.suffix);
    }
  });
});

describe('the seed note page', () => {
  const html = readFileSync(`${TEST_DIST}/notes/openai-google-cloud/index.html`, 'utf8');
  const tree = fromHtml(html);

  test('links its annotations as alternate data', () => {
    expect(select('link[rel="alternate"][type="application/ld+json"]', tree)?.properties['href']).toBe(
      '/notes/openai-google-cloud/annotations.jsonld',
    );
  });

  test('describes itself in schema.org JSON-LD, with the parties it mentions and their sameAs', () => {
    const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree) as Element));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'OpenAI Partners with Google Cloud in Unexpected AI Collaboration',
      datePublished: '2025-06-11',
    });
    expect(data.mentions).toContainEqual({
      '@type': 'Organization',
      name: 'OpenAI',
      sameAs: 'https://www.wikidata.org/wiki/Q21708200',
    });
    expect(data.mentions).toContainEqual({
      '@type': 'Person',
      name: 'Sundar Pichai',
      sameAs: 'https://www.wikidata.org/wiki/Q3503829',
    });
  });
});

describe('feed and sitemap', () => {
  test('the RSS feed lists the note with its absolute URL and date', () => {
    const feed = readFileSync(`${TEST_DIST}/rss.xml`, 'utf8');
    expect(feed).toContain('<link>https://gloss.example.org/notes/openai-google-cloud/</link>');
    expect(feed).toContain('<pubDate>Wed, 11 Jun 2025 00:00:00 GMT</pubDate>');
  });

  test('the sitemap lists the pages under SITE_URL', () => {
    const sitemap = readFileSync(`${TEST_DIST}/sitemap-0.xml`, 'utf8');
    for (const path of ['', 'notes/openai-google-cloud/', 'parties/', 'timeline/', 'figures/']) {
      expect(sitemap).toContain(`<loc>https://gloss.example.org/${path}</loc>`);
    }
  });
});
