/**
 * Citations of the built notes: each note page read as Zotero's Embedded Metadata translator reads it (a web page
 * by its annotator, not a journal article), and its source's downloads read back by parsers citation-js does not
 * share code with: JSON.parse and the CSL-JSON schema for CSL-JSON, biblatex-csl-converter for BibTeX and RIS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { parse as parseBibtex, parseRIS } from 'biblatex-csl-converter';
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { testSite } from '../support/test-sites.ts';

import { embeddedMetadata } from '../zotero-embedded-metadata.ts';

const notes = notesIn();
const pageOf = (slug: string) => readFileSync(join(testSite('site').out, 'notes', slug, 'index.html'), 'utf8');
const fileOf = (slug: string, name: string) => readFileSync(join(testSite('site').out, 'notes', slug, name), 'utf8');

/**
 * The CSL-JSON input schema (citation-style-language/schema, `schemas/input/csl-data.json`) for the variables a
 * web page's citation has: an array of items with a type and an id, and nothing the schema does not name.
 */
const name = {
  type: 'object',
  properties: { family: { type: 'string' }, given: { type: 'string' }, literal: { type: 'string' } },
  additionalProperties: false,
};
const cslData = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      id: { type: ['string', 'number'] },
      type: { enum: ['webpage', 'article', 'article-newspaper', 'post-weblog'] },
      title: { type: 'string' },
      author: { type: 'array', items: name },
      'container-title': { type: 'string' },
      issued: {
        type: 'object',
        properties: {
          'date-parts': {
            type: 'array',
            items: { type: 'array', items: { type: ['string', 'number'] }, minItems: 1, maxItems: 3 },
            minItems: 1,
            maxItems: 2,
          },
        },
        additionalProperties: false,
      },
      URL: { type: 'string' },
      language: { type: 'string' },
    },
    required: ['type', 'id'],
    additionalProperties: false,
  },
};
const validCsl = new Ajv({ allErrors: true }).compile(cslData);

describe('a note page read as Zotero reads it', () => {
  test.each(notes.map(({ slug, note }) => [slug, note.title]))(
    '%s is a web page with its title, annotator, date, address and language',
    (slug, title) => {
      const item = embeddedMetadata(pageOf(slug));
      expect(item).toMatchObject({
        itemType: 'webpage',
        title,
        creators: [{ firstName: 'Test', lastName: 'Annotator' }],
        url: `https://gloss.example.org/notes/${slug}/`,
        language: 'en',
      });
      // The day git says the note was first published, as Google Scholar writes dates.
      expect(item.date).toMatch(/^20\d\d\/\d\d\/\d\d$/);
    },
  );

  test('names the article the note annotates, and its summary', () => {
    const head = selectAll('head meta[name^="DC."]', fromHtml(pageOf('crowded-paragraph'))) as Element[];
    const dc = Object.fromEntries(head.map((meta) => [meta.properties['name'], meta.properties['content']]));
    expect(dc['DC.relation']).toBe('https://example.org/chips/crowded-quarter');
    expect(embeddedMetadata(pageOf('crowded-paragraph')).abstractNote).toBe(
      'A fixture note whose first paragraph carries many annotations, beside a heading and a table.',
    );
  });

  test('would be a journal article without z.itemType: the reader follows the translator’s guess', () => {
    const page = pageOf('crowded-paragraph').replace(/<meta name="z\.itemType"[^>]*>/, '');
    expect(embeddedMetadata(page).itemType).toBe('journalArticle');
    const journal = pageOf('crowded-paragraph').replace(
      '</head>',
      '<meta name="citation_journal_title" content="J"></head>',
    );
    expect(embeddedMetadata(journal).itemType).toBe('journalArticle');
  });
});

describe('the downloads citing a note’s source', () => {
  test('are linked from the page, to be downloaded, with the note as Markdown', () => {
    const links = (selectAll('.note-exports a[download]', fromHtml(pageOf('crowded-paragraph'))) as Element[]).map(
      (link) => [link.properties['href'], link.properties['download']],
    );
    expect(links).toEqual([
      ['/notes/crowded-paragraph/cite.json', 'crowded-paragraph.json'],
      ['/notes/crowded-paragraph/cite.bib', 'crowded-paragraph.bib'],
      ['/notes/crowded-paragraph/cite.ris', 'crowded-paragraph.ris'],
      ['/notes/crowded-paragraph.md', 'crowded-paragraph.md'],
    ]);
  });

  test('in CSL-JSON: the article as a web page, valid by the CSL-JSON schema', () => {
    for (const { slug } of notes) expect(validCsl(JSON.parse(fileOf(slug, 'cite.json'))), slug).toBe(true);
    expect(JSON.parse(fileOf('crowded-paragraph', 'cite.json'))).toEqual([
      {
        id: 'crowded-paragraph',
        type: 'webpage',
        title: "A Chip Maker's Crowded Quarter",
        'container-title': 'Test Wire',
        issued: { 'date-parts': [[2024, 3, 15]] },
        URL: 'https://example.org/chips/crowded-quarter',
      },
    ]);
    // A source with a date and nothing else still gives the title and the date.
    expect(JSON.parse(fileOf('openai-google-cloud', 'cite.json'))).toEqual([
      {
        id: 'openai-google-cloud',
        type: 'webpage',
        title: 'OpenAI Partners with Google Cloud in Unexpected AI Collaboration',
        issued: { 'date-parts': [[2025, 6, 11]] },
      },
    ]);
  });

  test('in BibTeX: one entry, read without an error or a warning', () => {
    const bib = parseBibtex(fileOf('crowded-paragraph', 'cite.bib'));
    expect(bib.errors).toEqual([]);
    expect(bib.warnings).toEqual([]);
    const entries = Object.values(bib.entries);
    expect(entries).toHaveLength(1);
    const [entry] = entries as [(typeof entries)[number]];
    expect(entry.bib_type).toBe('misc');
    expect(entry.fields['date']).toBe('2024-03');
    expect(entry.fields['url']).toBe('https://example.org/chips/crowded-quarter');
    const title = entry.fields['title'] as Array<{ text: string }>;
    expect(title.map((part) => part.text).join('')).toBe("A Chip Maker's Crowded Quarter");
  });

  test('in RIS: one electronic source with its title, address and date', () => {
    const text = fileOf('crowded-paragraph', 'cite.ris');
    const ris = parseRIS(text);
    const entries = Object.values(ris.entries);
    expect(entries).toHaveLength(1);
    const [entry] = entries as [(typeof entries)[number]];
    expect(entry.bib_type).toBe('online');
    expect(entry.fields['url']).toBe('https://example.org/chips/crowded-quarter');
    expect((entry.fields['title'] as Array<{ text: string }>)[0]?.text).toBe("A Chip Maker's Crowded Quarter");
    expect(entry.fields['date']).toBe('2024');
    expect(text).toMatch(/^DA {2}- 2024\/03\/15\/$/m);
    expect(text.trimEnd()).toMatch(/^TY {2}- ELEC\n[\s\S]*\nER {2}-$/);
  });
});
