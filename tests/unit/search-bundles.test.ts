import { expect, test } from 'vitest';
import { searchBundles, searchLanguageOf } from '../../src/search/search-bundles.ts';
import { foldLigatures } from '../../src/search/search-folding.ts';

test("one bundle per language some note is in, the site's first, at Pagefind's usual place", () => {
  expect(searchBundles(['fr', undefined, 'pt-BR', 'en', 'fr-CA'], 'en')).toEqual([
    { language: 'en', path: 'pagefind/' },
    { language: 'fr', path: 'pagefind-fr/' },
    { language: 'pt', path: 'pagefind-pt/' },
  ]);
});

test("no bundle for the site's language when no note is in it: Pagefind refuses every search of an empty index", () => {
  expect(searchBundles(['fr', 'ar'], 'en')).toEqual([
    { language: 'ar', path: 'pagefind-ar/' },
    { language: 'fr', path: 'pagefind-fr/' },
  ]);
  expect(searchBundles([], 'en')).toEqual([]);
  expect(searchLanguageOf(undefined, 'en')).toBe('en');
  expect(searchLanguageOf(undefined, 'fr-CA')).toBe('fr');
});

test('ligatures are written out, accents left to Pagefind', () => {
  expect(foldLigatures('Cœuré, Ærø, Straße, ﬁnance')).toBe('Coeuré, AEro, Strasse, finance');
});
