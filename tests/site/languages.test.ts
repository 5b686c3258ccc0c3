/**
 * Notes in another language than the site's, built as a site of their own (a French note and an Arabic one): the
 * text is marked with its language, and with its direction when it is written right to left; the margin notes,
 * in the site's words, are marked as such; the open data gives the passages the text's language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { HtmlValidate } from 'html-validate';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { english as englishWords } from '../../src/words/english.ts';
import { french as frenchWords } from '../../src/words/french.ts';
import { buildOrThrow, runBuild } from '../support/build.ts';
import { htmlValidateConfig } from '../html-validate.config.ts';
import { LANGUAGE_NOTES, LANGUAGE_SITE_PATHS } from '../paths.ts';
import { pagesOf } from '../site-pages.ts';
import { marginNoteId } from '../../src/site/margin-note-id.ts';
import { entryIdOf } from '../../src/site/site-links.ts';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

const OUT = testSite('languages').out;
/** The `inLanguage` of a reader page's schema.org Article. */
const articleLanguage = (page: ReturnType<typeof fromHtml>): unknown =>
  (
    JSON.parse(toString(select('script[type="application/ld+json"]', page) ?? { type: 'root', children: [] })) as {
      inLanguage?: string;
    }
  ).inLanguage;
const html = (site: string, slug: string): string => readFileSync(join(site, 'notes', slug, 'index.html'), 'utf8');
const attributes = (element: Element | undefined) => ({
  lang: element?.properties['lang'],
  dir: element?.properties['dir'],
});

test.each([
  ['hydrogene', 'fr', undefined],
  ['tahlia', 'ar', 'rtl'],
])('the text of %s is marked as %s, its direction %s', (slug, lang, dir) => {
  const page = fromHtml(html(OUT, slug));
  expect(attributes(select('.note-body', page))).toEqual({ lang, dir });
  expect(attributes(select('.note-header h1', page))).toEqual({ lang, dir });
  // Each margin note, and the marker that opens it, stands in the text and says it is in the site's language.
  const notes = selectAll('.note-body :is(.gloss, .gloss-marker, aside.margin)', page);
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) expect(attributes(note)).toEqual({ lang: 'en', dir: 'ltr' });
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
  const page = builtPage(testSite('site').out, 'notes/openai-google-cloud');
  expect(attributes(select('.note-body', page))).toEqual({ lang: undefined, dir: undefined });
  expect(select('html', page)?.properties['lang']).toBe('en');
  // Its schema.org data says the language it is in all the same: the site's.
  expect(articleLanguage(page)).toBe('en');
});

describe('a site whose own words are French (SITE_LANGUAGE=fr)', () => {
  const FRENCH = testSite('languagesFrench').out;
  const pages = (): string[] => pagesOf(FRENCH).map((path) => join(FRENCH, path, 'index.html'));
  /** What a reader reads of a page, the notes' own words left out (their text, titles, labels and roles). */
  const siteText = (file: string): string => {
    const page = fromHtml(readFileSync(file, 'utf8'));
    for (const element of selectAll(
      'title, script, style, code, .note-body > :not(aside), .gloss-what, .gloss-basis, .gloss-comment, .in-context, h1, h2, a[href^="/notes/"]',
      page,
    ))
      element.children = [];
    // Each text on its own, as a reader reads the words of one element apart from the next one's.
    const texts: string[] = [];
    visit(page, 'text', (node: Text) => {
      texts.push(node.value);
    });
    return texts.join(' ').replace(/\s+/g, ' ');
  };

  test('every page is in French: <html lang="fr">, and not one of the English table’s words is left', () => {
    const english = new Set(
      Object.values(flatten(englishWords))
        .filter((text) => !Object.values(flatten(frenchWords)).includes(text))
        // A word of four letters or more in English that French does not also use.
        .filter((text) => /\p{L}{4}/u.test(text) && !/^(notes|source|original|initiative|mentions)$/i.test(text)),
    );
    expect(pages().length).toBeGreaterThan(10);
    const left: string[] = [];
    for (const file of pages()) {
      expect(fromHtml(readFileSync(file, 'utf8')).children.find((node) => node.type === 'element')).toMatchObject({
        tagName: 'html',
        properties: { lang: 'fr' },
      });
      const text = siteText(file);
      for (const words of english)
        if (new RegExp(`(?<!\\p{L})${RegExp.escape(words)}(?!\\p{L})`, 'u').test(text))
          left.push(`${file}: "${words}"`);
    }
    expect(left).toEqual([]);
  });

  test('a French note is not marked again; an Arabic note is, and its margin notes are marked French', () => {
    expect(attributes(select('.note-body', fromHtml(html(FRENCH, 'hydrogene'))))).toEqual({
      lang: undefined,
      dir: undefined,
    });
    const arabic = fromHtml(html(FRENCH, 'tahlia'));
    expect(attributes(select('.note-body', arabic))).toEqual({ lang: 'ar', dir: 'rtl' });
    const notes = selectAll('.note-body :is(.gloss, .gloss-marker, aside.margin)', arabic);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(attributes(note)).toEqual({ lang: 'fr', dir: 'ltr' });
  });

  test('dates and figures in the margin are written by Intl for French, kinds and precisions in French words', () => {
    const page = fromHtml(html(FRENCH, 'hydrogene'));
    // Intl's no-break spaces, and the page's line breaks, as plain spaces.
    const spaced = (text: string): string => text.replace(/\s+/g, ' ');
    const note = (id: string): string =>
      spaced(toString(select(`#${marginNoteId(id)}`, page) ?? { type: 'root', children: [] }));
    expect(note('decision')).toContain('3 mars 2025');
    expect(note('decision')).toContain('date, au jour près');
    expect(note('prix')).toContain('15 milliards €');
    expect(note('prix')).toContain(spaced('15 000 000 000 EUR'));
    expect(note('autorite-de-la-concurrence')).toContain('acteur, organisation');
  });

  test('a figure with no label is said with the words of its sentence, quoted in French, and headed by its value', () => {
    const text = (file: string, selector: string): string =>
      toString(select(selector, fromHtml(readFileSync(join(FRENCH, file), 'utf8'))) ?? { type: 'root', children: [] })
        .replace(/\s+/g, ' ')
        .trim();
    // French quotes, their narrow no-break spaces read as spaces.
    const quoted = "« …le rachat a été autorisé le 3 mars pour 15 milliards d'euros »";
    expect(text('figures/index.html', `tr[id="${entryIdOf('hydrogene', 'prix')}"] th`)).toBe(quoted);
    expect(text('notes/hydrogene/index.html', '.overview-figures li')).toContain(quoted);
    // Beside its passage, the margin note says the value alone: the words are right there.
    expect(select(`#${marginNoteId('prix')} .gloss-what`, fromHtml(html(FRENCH, 'hydrogene')))).toBeUndefined();
    expect(text('notes/hydrogene/prix/index.html', 'h1')).toBe('15 milliards €');
  });

  test.each([...LANGUAGE_SITE_PATHS, '/404/'])('the French %s is valid HTML', async (path) => {
    const file = path === '/404/' ? join(FRENCH, '404.html') : join(FRENCH, path, 'index.html');
    const report = await new HtmlValidate(htmlValidateConfig).validateString(readFileSync(file, 'utf8'));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  test('the open data describes each annotation in French, and the feed says its language', () => {
    const collection = JSON.parse(readFileSync(join(FRENCH, 'notes/tahlia/annotations.jsonld'), 'utf8')) as {
      label: string;
      first: { items: Array<{ target: { language: string }; body: Array<{ purpose?: string; language?: string }> }> };
    };
    expect(collection.label).toBe('Annotations de «\u202fافتتاح محطة جديدة للطاقة الشمسية\u202f»');
    for (const item of collection.first.items) {
      expect(item.target.language).toBe('ar');
      expect(item.body.find((body) => body.purpose === 'describing')?.language).toBe('fr');
    }
    expect(readFileSync(join(FRENCH, 'rss.xml'), 'utf8')).toContain('<language>fr</language>');
    expect(articleLanguage(fromHtml(html(FRENCH, 'tahlia')))).toBe('ar');
    expect(articleLanguage(fromHtml(html(FRENCH, 'hydrogene')))).toBe('fr');
  });
});

/** Every string of a words table, functions called with sample values, by path. */
function flatten(table: unknown, path = ''): Record<string, string> {
  if (typeof table === 'string') return { [path]: table };
  if (typeof table === 'function') {
    const said = (table as (...values: unknown[]) => unknown)(2, 3, 4);
    return typeof said === 'string' ? { [path]: said } : {};
  }
  if (table && typeof table === 'object')
    return Object.assign({}, ...Object.entries(table).map(([key, value]) => flatten(value, `${path}.${key}`)));
  return {};
}

test('a build in French into a folder last built in English rewrites every page, reusing nothing English', () => {
  const out = '.test-dist/languages-switch';
  buildOrThrow(out, { GLOSS_NOTES: LANGUAGE_NOTES });
  buildOrThrow(out, { GLOSS_NOTES: LANGUAGE_NOTES, SITE_LANGUAGE: 'fr' });
  const languages = pagesOf(out).map((path) => select('html', builtPage(out, path))?.properties['lang']);
  expect(languages.length).toBeGreaterThan(10);
  expect(languages.filter((lang) => lang !== 'fr')).toEqual([]);
  const arabic = fromHtml(html(out, 'tahlia'));
  const notes = selectAll('.note-body .gloss', arabic);
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) expect(attributes(note).lang).toBe('fr');
  expect(toString(select('.gloss-kind', arabic) ?? { type: 'root', children: [] })).toBe('acteur, organisation');
});

test('a SITE_LANGUAGE with no table stops the build in one line, naming the tables there are, building nothing', () => {
  const out = '.test-dist/languages-de';
  const result = runBuild(out, { GLOSS_NOTES: LANGUAGE_NOTES, SITE_LANGUAGE: 'de' });
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split('\n')).toEqual([
    `npm run build: gloss option language "de": the site's own words are written in en and fr only; add a table for it in src/words/`,
  ]);
  expect(existsSync(out)).toBe(false);
});
