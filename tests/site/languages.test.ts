/**
 * Notes in another language than the site's, built as a site of their own (a French note and an Arabic one): the
 * text is marked with its language, and with its direction when it is written right to left; the margin notes,
 * in the site's words, are marked as such; the open data gives the passages the text's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { HtmlValidate } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { buildOrThrow } from '../build.ts';
import { htmlValidateConfig } from '../html-validate.config.ts';
import { LANGUAGE_NOTES, TEST_DIST } from '../paths.ts';

const OUT = '.test-dist/languages';
const html = (site: string, slug: string): string => readFileSync(join(site, 'notes', slug, 'index.html'), 'utf8');
const attributes = (element: Element | undefined) => ({
  lang: element?.properties['lang'],
  dir: element?.properties['dir'],
});

beforeAll(() => {
  buildOrThrow(OUT, { GLOSS_NOTES: LANGUAGE_NOTES });
});

test.each([
  ['hydrogene', 'fr', undefined],
  ['tahlia', 'ar', 'rtl'],
])('the text of %s is marked as %s, its direction %s', (slug, lang, dir) => {
  const page = fromHtml(html(OUT, slug));
  expect(attributes(select('.note-body', page))).toEqual({ lang, dir });
  expect(attributes(select('.note-header h1', page))).toEqual({ lang, dir });
  const asides = selectAll('.note-body aside.margin', page);
  expect(asides.length).toBeGreaterThan(0);
  for (const aside of asides) expect(attributes(aside)).toEqual({ lang: 'en', dir: 'ltr' });
});

test.each(['hydrogene', 'tahlia'])('the page of %s is valid HTML', async (slug) => {
  const report = await new HtmlValidate(htmlValidateConfig).validateString(html(OUT, slug));
  expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
});

test('the open data gives each passage the text’s language, and the site’s words the site’s', () => {
  const collection = JSON.parse(readFileSync(join(OUT, 'notes/hydrogene/annotations.jsonld'), 'utf8')) as {
    first: { items: Array<{ target: { language: string }; body: Array<{ purpose?: string; language?: string }> }> };
  };
  for (const item of collection.first.items) {
    expect(item.target.language).toBe('fr');
    expect(item.body.find((body) => body.purpose === 'describing')?.language).toBe('en');
  }
});

test('a note in the site’s own language is not marked again', () => {
  const page = fromHtml(readFileSync(join(TEST_DIST, 'notes/openai-google-cloud/index.html'), 'utf8'));
  expect(attributes(select('.note-body', page))).toEqual({ lang: undefined, dir: undefined });
  expect(select('html', page)?.properties['lang']).toBe('en');
});
