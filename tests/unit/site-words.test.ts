import { describe, expect, test } from 'vitest';
import { english } from '../../src/words/english.ts';
import { french } from '../../src/words/french.ts';
import { sentenceParts } from '../../src/words/sentence-parts.ts';
import { siteWordsFor, type SiteWords } from '../../src/words/site-words.ts';

/** Every string of a table, by its path, functions called with sample values. */
function strings(table: unknown, path = ''): Array<[string, string]> {
  if (typeof table === 'string') return [[path, table]];
  if (typeof table === 'function') {
    const said = (table as (...values: unknown[]) => unknown)(2, 3, 4);
    return typeof said === 'string' ? [[path, said]] : [];
  }
  if (table && typeof table === 'object')
    return Object.entries(table).flatMap(([key, value]) => strings(value, `${path}.${key}`));
  return [];
}

describe('the tables of the site’s words', () => {
  test('French has every word English has, and says them in French', () => {
    const inEnglish = new Map(strings(english));
    const inFrench = new Map(strings(french));
    expect([...inFrench.keys()]).toEqual([...inEnglish.keys()]);
    // Words the two languages share may be the same; nothing else may, or it was left untranslated.
    const shared = new Set([
      '.site.navigation',
      '.site.sections.notes',
      '.site.page',
      '.note.annotationsLink',
      '.note.dateBasis',
      '.note.source',
      '.note.original',
      '.margin.date',
      '.kinds.initiative',
      '.timeline.dates',
      '.parties.columns.notes',
      '.parties.columns.mentions',
      '.figures.columns.note',
    ]);
    const same = [...inFrench].filter(([path, text]) => inEnglish.get(path) === text).map(([path]) => path);
    expect(same.filter((path) => !shared.has(path))).toEqual([]);
  });

  test('each sentence has as many links as the page gives it addresses', () => {
    const links: Array<[(words: SiteWords) => string, number]> = [
      [(words) => words.notFound.text, 1],
      [(words) => words.lists.pastTheEnd, 1],
      [(words) => words.note.moved, 1],
      [(words) => words.annotation.of, 1],
      [(words) => words.annotation.moved, 1],
      [(words) => words.search.withoutScript, 3],
      [(words) => words.vocabulary.intro, 0],
    ];
    for (const words of [english, french])
      for (const [sentence, count] of links) {
        const hrefs = Array.from({ length: count }, (_, index) => `/${index}/`);
        expect(sentenceParts(sentence(words), hrefs).filter((part) => 'href' in part)).toHaveLength(count);
      }
  });
});

describe('sentenceParts', () => {
  test('cuts out links and code, and fills values after, so a value is never read as either', () => {
    expect(sentenceParts('See [{title}] and `x`: {list}.', ['/a/'], { title: '[Not] `a` link', list: 'y' })).toEqual([
      { text: 'See ' },
      { text: '[Not] `a` link', href: '/a/' },
      { text: ' and ' },
      { text: 'x', code: true },
      { text: ': y.' },
    ]);
  });

  test('refuses a sentence whose links and addresses do not match', () => {
    expect(() => sentenceParts('[one] and [two]', ['/a/'])).toThrow('more links than the 1 addresses');
    expect(() => sentenceParts('none', ['/a/'])).toThrow('0 links for 1 addresses');
  });
});

describe('siteWordsFor', () => {
  test('picks the table by the language, and Intl’s locale by its region when it names one', () => {
    expect(siteWordsFor('fr').words.site.sections.timeline).toBe('Chronologie');
    expect(siteWordsFor('fr').words.locale).toBe('fr-FR');
    expect(siteWordsFor('fr_CA')).toMatchObject({
      language: 'fr-CA',
      words: { locale: 'fr-CA', dates: { locale: 'fr-CA' } },
    });
    expect(siteWordsFor('en-US').words.dates.locale).toBe('en-US');
    expect(siteWordsFor('en').words.dates.locale).toBe('en-GB');
  });

  test('refuses a tag that is not one, and a language with no table, naming those there are', () => {
    expect(() => siteWordsFor('english please')).toThrow('is not a language tag');
    expect(() => siteWordsFor('de')).toThrow('written in en and fr only');
  });
});
