/**
 * Open data built from the same annotations: each note's W3C Web Annotation collection (held to the model's
 * MUSTs and to the SHOULDs a static site can meet, expanded by a JSON-LD processor, its selectors re-finding
 * their passage in the built page), schema.org data in the page, the feed and the sitemap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

import {
  annotationMustFailures,
  annotationShouldFailures,
  collectionMustFailures,
  collectionShouldFailures,
  isIri,
  pageMustFailures,
  shouldFailures,
} from '../web-annotation-model.ts';

type Json = Record<string, unknown>;
interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  value?: string;
  refinedBy?: Selector;
  start?: number;
  end?: number;
}
interface Item extends Json {
  id: string;
  body: Json[];
  target: { type: string; source: string; format: string; selector: Selector[] };
}

/** The W3C's final context, from a copy kept with the tests (see its README): the build machine has no network. */
const ANNO_CONTEXT = JSON.parse(readFileSync('tests/fixtures/w3c/anno.jsonld', 'utf8'));
const documentLoader = async (url: string) => {
  if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`no context at ${url} offline`);
  return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT };
};

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
/** The properties the final context types, and their XML Schema datatypes. */
const DATATYPES: Record<string, string> = {
  'http://purl.org/dc/terms/created': 'dateTime',
  'http://purl.org/dc/terms/modified': 'dateTime',
  [`${AS}totalItems`]: 'nonNegativeInteger',
  [`${AS}startIndex`]: 'nonNegativeInteger',
  [`${OA}start`]: 'nonNegativeInteger',
  [`${OA}end`]: 'nonNegativeInteger',
};

const slugsOf = (site: string) => readdirSync(`${site}/notes`).filter((slug) => !slug.includes('.'));
const collectionOf = (site: string, slug: string) =>
  JSON.parse(readFileSync(`${site}/notes/${slug}/annotations.jsonld`, 'utf8')) as Json & {
    first: Json & { items: Item[] };
  };

describe.each([testSite('site').out, testSite('cross').out])('the notes built in %s', (site) => {
  test.each(slugsOf(site))('%s: the collection, its page and every annotation meet the model’s MUSTs', (slug) => {
    const collection = collectionOf(site, slug);
    const context = collection['@context'];
    const failures = [
      ...collectionMustFailures(collection),
      ...pageMustFailures(collection.first, context),
      ...collection.first.items.flatMap((item) => annotationMustFailures(item, context)),
    ];
    expect(failures).toEqual([]);
    expect(collection.total).toBe(collection.first.items.length);
    expect(collection.first.items.length).toBeGreaterThan(0);
  });

  test.each(slugsOf(site))('%s: each annotation has an IRI of its own, not its passage’s', (slug) => {
    const collection = collectionOf(site, slug);
    for (const item of collection.first.items) {
      const fragment = new URL(item.id).hash.slice(1);
      expect(item.id).toBe(`${collection['id']}#${fragment}`);
      expect(item.id).not.toBe(`${item.target.source}#${fragment}`);
    }
  });

  test.each(slugsOf(site))('%s: every selector finds its passage in the page’s text, once', (slug) => {
    const page = builtPage(site, `notes/${slug}`);
    const bodyText = toString(select('body', page) as Element);
    const noteBody = toString(select('.note-body', page) as Element);
    for (const item of collectionOf(site, slug).first.items) {
      const [quote, css] = item.target.selector as [Selector, Selector];
      const whole = `${quote.prefix}${quote.exact}${quote.suffix}`;
      expect({ id: item.id, times: bodyText.split(whole).length - 1 }).toEqual({ id: item.id, times: 1 });
      expect(css).toMatchObject({
        type: 'CssSelector',
        value: '.note-body',
        refinedBy: { type: 'TextPositionSelector' },
      });
      const { start, end } = css.refinedBy as Selector;
      expect(noteBody.slice(start, end)).toBe(quote.exact);
      expect(noteBody.slice((start as number) - (quote.prefix as string).length, end)).toBe(
        `${quote.prefix}${quote.exact}`,
      );
    }
  });

  test.each(slugsOf(site))('%s: expanded by a JSON-LD processor, every link is an IRI', async (slug) => {
    const expanded = await jsonld.expand(collectionOf(site, slug) as jsonld.JsonLdDocument, { documentLoader });
    const literals: string[] = [];
    const walk = (node: unknown, key = ''): void => {
      if (Array.isArray(node)) return node.forEach((child) => walk(child, key));
      if (typeof node !== 'object' || node === null) return;
      const value = (node as Json)['@value'];
      // Quoted text may hold an address; anything else that looks like one must be an IRI, not a string.
      if (typeof value === 'string' && /^https?:\/\//.test(value) && !/#(exact|prefix|suffix|value)$/.test(key))
        literals.push(`${key}: ${value}`);
      for (const [child, inner] of Object.entries(node)) walk(inner, child);
    };
    walk(expanded);
    expect(literals).toEqual([]);
    const text = JSON.stringify(expanded);
    expect(text).toContain('"http://www.w3.org/ns/oa#hasTarget"');
    expect(text).not.toContain('"@id":"schema:');
  });

  test.each(slugsOf(site))(
    '%s: expanded, each date and count keeps the datatype the W3C context gives it',
    async (slug) => {
      const expanded = await jsonld.expand(collectionOf(site, slug) as jsonld.JsonLdDocument, { documentLoader });
      const typed: Record<string, Set<unknown>> = {};
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (typeof node !== 'object' || node === null) return;
        for (const [key, inner] of Object.entries(node)) {
          if (DATATYPES[key] && Array.isArray(inner))
            for (const value of inner) (typed[key] ??= new Set()).add((value as Json)['@type']);
          walk(inner);
        }
      };
      walk(expanded);
      const expected = Object.fromEntries(
        Object.keys(typed).map((key) => [key, new Set([`http://www.w3.org/2001/XMLSchema#${DATATYPES[key]}`])]),
      );
      expect(typed).toEqual(expected);
      for (const key of ['totalItems', 'startIndex', 'start', 'end'])
        expect(Object.keys(typed)).toContain(key === 'start' || key === 'end' ? `${OA}${key}` : `${AS}${key}`);
    },
  );
});

describe('the open data of the test site (built with SITE_AUTHOR)', () => {
  test.each(slugsOf(testSite('site').out))(
    '%s meets the SHOULDs a static site can: when, by whom, in what language',
    (slug) => {
      const collection = collectionOf(testSite('site').out, slug);
      expect(shouldFailures(collection)).toEqual([]);
      const [item] = collection.first.items;
      expect(item?.['creator']).toEqual({
        id: 'https://annotator.example.org/',
        type: 'Person',
        name: 'Test Annotator',
      });
      expect(item?.['created'] as string).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    },
  );

  test.each(slugsOf(testSite('site').out))(
    '%s meets the Working Group’s SHOULDs but who made and when the page was',
    (slug) => {
      const collection = collectionOf(testSite('site').out, slug);
      expect(collectionShouldFailures(collection)).toEqual([]);
      for (const item of collection.first.items) {
        // The target is a passage of the note's page, whose maker and date the annotations do not state.
        expect({ id: item.id, failed: annotationShouldFailures(item) }).toEqual({
          id: item.id,
          failed: ['3.3.1-targSingleCreator', '3.3.1-targCreated'],
        });
        expect(item['generator']).toEqual({
          id: 'https://gloss.example.org/#gloss',
          type: 'Software',
          name: 'Gloss',
          homepage: 'https://gloss.example.org/',
        });
        expect(item.target).toMatchObject({
          type: 'SpecificResource',
          source: `https://gloss.example.org/notes/${slug}/`,
          format: 'text/html',
        });
        for (const body of item.body.filter((one) => one['type'] === 'TextualBody'))
          expect(body).toMatchObject({ created: item['created'], creator: item['creator'] });
      }
    },
  );

  test('a party is the same type of thing in the page’s schema.org data and in the annotations', () => {
    for (const { slug, note } of notesIn()) {
      const page = builtPage(testSite('site').out, `notes/${slug}`);
      const article = JSON.parse(toString(select('script[type="application/ld+json"]', page) as Element));
      const items = collectionOf(testSite('site').out, slug).first.items;
      for (const party of note.parties) {
        const mention = article.mentions.find((candidate: Json) => candidate['name'] === party.name);
        const body = items.find((item) => item.id.endsWith(`#${party.id}`))?.body.at(-1);
        expect(body?.['type']).toBe(`schema:${mention['@type']}`);
        expect(isIri(body?.['id'])).toBe(true);
        if (party.sameAs) expect(body?.['schema:sameAs']).toEqual({ id: party.sameAs });
      }
    }
  });
});

describe('the checks themselves', () => {
  test('name each Working Group SHOULD an annotation misses', () => {
    const annotation = {
      id: 'https://example.org/a',
      type: 'Annotation',
      motivation: ['describing', 'tagging'],
      creator: { type: 'Person', name: ['A', 'B'] },
      body: { type: 'TextualBody', value: 'x', format: 'text/plain', language: 'en' },
      target: { source: 'https://example.org/', selector: { type: 'TextQuoteSelector', exact: 'x', prefix: 'a' } },
    };
    expect(annotationShouldFailures(annotation)).toEqual([
      '3.3.5-annotationSingleMotivationImplemented',
      '3.3.2-annotationAgentIdImplemented',
      '3.3.2-annotationCreatorAgentIdImplemented',
      '3.3.2-annotationCreatorAgentSingleNameImplemented',
      '3.3.2-annotationGeneratorAgentIdImplemented',
      '3.3.2-annotationGeneratorAgentTypeImplemented',
      '3.3.2-annotationGeneratorAgentSingleNameImplemented',
      '3.3.1-bodySingleCreator',
      '3.3.1-bodyCreated',
      '3.2.1-targSingleFormat',
      '3.2.1-targSingleLanguage',
      '3.3.1-targSingleCreator',
      '3.3.1-targCreated',
      '4.2.4-suffix',
    ]);
    expect(collectionShouldFailures({ creator: 'https://example.org/me' })).toEqual([
      '3.3.2-collectionCreatorAgentIdImplemented',
      '3.3.2-collectionCreatorAgentTypeImplemented',
      '3.3.2-collectionCreatorAgentSingleNameImplemented',
    ]);
  });

  test('refuse a structured body that is none of the kinds the model allows', () => {
    const annotation = {
      id: 'https://example.org/a',
      type: 'Annotation',
      body: [{ type: 'schema:Organization', 'schema:name': 'OpenAI' }],
      target: 'https://example.org/page',
    };
    expect(annotationMustFailures(annotation, 'http://www.w3.org/ns/anno.jsonld')).toEqual([
      'https://example.org/a: 3.2-bodyObjectsRecognized',
    ]);
  });

  test('refuse a collection without an IRI, a page without partOf, and a date without a time zone', () => {
    expect(collectionMustFailures({ '@context': 'x', type: 'AnnotationCollection', total: -1 })).toEqual([
      'the collection: 5.1-collectionContextValidated',
      'the collection: 5.1-collectionIdValidated',
      'the collection: 5.1-collectionTotalValidated',
    ]);
    expect(shouldFailures({ first: { items: [] } })).toEqual([
      'the collection has no last page',
      'the page has no partOf',
    ]);
    const annotation = { id: 'https://e.org/a', type: 'Annotation', target: 'https://e.org/', created: '2025-06-11' };
    expect(annotationMustFailures(annotation, 'http://www.w3.org/ns/anno.jsonld')).toEqual([
      'https://e.org/a: created is not one xsd:dateTime with a time zone',
    ]);
  });
});

describe('the note page', () => {
  const [first] = notesIn();
  const html = readFileSync(`${testSite('site').out}/notes/${first?.slug}/index.html`, 'utf8');
  const tree = fromHtml(html);

  test('links its annotations as alternate data', () => {
    expect(select('link[rel="alternate"][type="application/ld+json"]', tree)?.properties['href']).toBe(
      `/notes/${first?.slug}/annotations.jsonld`,
    );
  });

  test('describes itself in schema.org JSON-LD, with the parties it mentions and their sameAs', () => {
    const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree) as Element));
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article', headline: first?.note.title });
    for (const party of first?.note.parties ?? []) {
      expect(data.mentions).toContainEqual(expect.objectContaining({ name: party.name }));
    }
  });
});

describe('a source with an archived copy (crowded-paragraph)', () => {
  const tree = builtPage(testSite('site').out, 'notes/crowded-paragraph');
  const ORIGINAL = 'https://example.org/chips/crowded-quarter';
  const COPY = 'https://web.archive.org/web/20240316101500/https://example.org/chips/crowded-quarter';

  test('the link to the original carries the copy as Robust Links do', () => {
    expect(select(`.note-source a[href="${ORIGINAL}"]`, tree)?.properties).toMatchObject({
      dataOriginalurl: ORIGINAL,
      dataVersionurl: COPY,
      dataVersiondate: '2024-03-16T10:15:00Z',
    });
  });

  test('the copy is one click away, with the day it was made', () => {
    const link = select(`.note-source a[href="${COPY}"]`, tree) as Element;
    expect(toString(link)).toBe('archived copy (16 March 2024)');
    expect(select('time', link)?.properties['dateTime']).toBe('2024-03-16');
  });

  test('schema.org names it as the article’s archivedAt', () => {
    const data = JSON.parse(toString(select('script[type="application/ld+json"]', tree) as Element));
    expect(data.archivedAt).toEqual({ '@type': 'WebPage', url: COPY, dateCreated: '2024-03-16T10:15:00Z' });
    expect(data.isBasedOn).toBe(ORIGINAL);
  });
});

describe('feed and sitemap', () => {
  test('the RSS feed lists the notes with their absolute URLs and dates', () => {
    const feed = readFileSync(`${testSite('site').out}/rss.xml`, 'utf8');
    expect(feed).toContain('<link>https://gloss.example.org/notes/openai-google-cloud/</link>');
    expect(feed).toContain('<pubDate>Wed, 11 Jun 2025 00:00:00 GMT</pubDate>');
  });

  test('the sitemap lists the pages under SITE_URL', () => {
    const sitemap = readFileSync(`${testSite('site').out}/sitemap-0.xml`, 'utf8');
    for (const path of ['', 'notes/openai-google-cloud/', 'parties/', 'timeline/', 'figures/']) {
      expect(sitemap).toContain(`<loc>https://gloss.example.org/${path}</loc>`);
    }
  });
});
