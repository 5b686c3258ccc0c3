/**
 * Search in every language the notes are written in. Pagefind stems and splits words by language, and keeps one
 * index per language; the search page searches every language's bundle, each with its own language's rules, and
 * lists their results together, best first. The bundle of the site's language is at `pagefind/`, Pagefind's usual
 * place, and each other language's at `pagefind-<language>/`, each with its own copy of Pagefind's script.
 */
export interface SearchBundle {
  /** The primary subtag of the language, lower-cased (`pt` for `pt-BR`): Pagefind's stemmers go by it. */
  language: string;
  /** The bundle's folder, from the site's root. */
  path: string;
}

/** The language a text in `tag` is indexed under; a text with none is in the site's language. */
export const searchLanguageOf = (tag: string | undefined, siteLanguage: string): string =>
  (tag ?? siteLanguage).split('-')[0]?.toLowerCase() || siteLanguage;

/**
 * The bundles for notes in these languages, one for each language some note is in (an index with no page in it
 * makes Pagefind refuse every search): the site's language first, then the others, sorted.
 */
export function searchBundles(languages: Iterable<string | undefined>, siteLanguage: string): SearchBundle[] {
  const site = searchLanguageOf(siteLanguage, siteLanguage);
  const present = new Set([...languages].map((tag) => searchLanguageOf(tag, siteLanguage)));
  const others = [...present].filter((language) => language !== site).sort();
  return [
    ...(present.has(site) ? [{ language: site, path: 'pagefind/' }] : []),
    ...others.map((language) => ({ language, path: `pagefind-${language}/` })),
  ];
}
