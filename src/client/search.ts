/**
 * The search page's script: loads Pagefind's index from this site and lists the notes found, each with the
 * annotations whose passage or margin note holds the words (each landing on its passage). Nothing here runs on
 * any other page.
 */
import type { SearchBundle } from '../search/search-bundles.ts';
import type { SiteWords } from '../words/site-words.ts';
import { foldLigatures } from '../search/search-folding.ts';
import { passageMatches, type ExcerptPart, type FoundWord, type SearchAnchor } from '../search/search-passages.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
  anchors: SearchAnchor[];
  weighted_locations: FoundWord[];
}
interface PagefindResult {
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

/** The notes shown for one search, and the annotations shown under each. */
const NOTES_SHOWN = 20;
const ANNOTATIONS_SHOWN = 5;

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');

if (form && input && status && list) {
  const base = form.dataset['base'] ?? '/';
  const bundles = JSON.parse(form.dataset['bundles'] ?? '[]') as SearchBundle[];
  // The site's words, written into the page in its language; counts in the form the language's plural rules pick.
  const words = JSON.parse(form.dataset['words'] ?? '{}') as SiteWords['search']['script'];
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const number = new Intl.NumberFormat(document.documentElement.lang);
  const say = (text: string, count: number, query = ''): string =>
    text.replace('{count}', () => number.format(count)).replace('{query}', () => query);
  let pagefind: Promise<Pagefind[]> | undefined;
  // Each language's bundle with its own script, so each is searched with its language's rules: an index merged
  // into another's is searched with the other's (an Arabic word went unfound), and instances made by one script
  // share its WebAssembly (Chromium stopped on "memory access out of bounds").
  const load = (): Promise<Pagefind[]> => {
    pagefind ??= Promise.all(
      bundles.map(async (bundle) => {
        const module = (await import(/* @vite-ignore */ `${base}${bundle.path}pagefind.js`)) as Pagefind;
        await module.options({ baseUrl: base });
        return module;
      }),
    );
    return pagefind;
  };
  /** The results of every language's index, best first. */
  const search = async (query: string): Promise<PagefindResult[]> => {
    const found = await Promise.all((await load()).map((bundle) => bundle.search(foldLigatures(query))));
    return found.flatMap(({ results }) => results).sort((a, b) => b.score - a.score);
  };

  /** Words of an excerpt, those found marked; nothing in them is ever parsed as markup. */
  const marked = (parts: ExcerptPart[]): DocumentFragment => {
    const fragment = document.createDocumentFragment();
    for (const part of parts)
      fragment.append(
        part.found ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      );
    return fragment;
  };

  /** Pagefind's excerpt is HTML whose only elements are the <mark>s around the words found. */
  const decoder = document.createElement('textarea');
  const excerptParts = (html: string): ExcerptPart[] =>
    html.split(/<\/?mark>/).map((part, index) => {
      // A textarea only decodes character references; nothing in it is ever parsed as markup.
      decoder.innerHTML = part;
      return { text: decoder.value, found: index % 2 === 1 };
    });

  /** A note found: its link and excerpt, then the annotations found in it, each linking to its passage. */
  const resultItem = (result: PagefindData): HTMLLIElement => {
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), {
      href: result.url,
      textContent: result.meta.title ?? result.url,
    });
    const excerpt = document.createElement('p');
    excerpt.append(marked(excerptParts(result.excerpt)));
    item.append(link, excerpt);
    const matches = passageMatches(result.content, result.anchors, result.weighted_locations);
    if (matches.length === 0) return item;
    const annotations = Object.assign(document.createElement('ul'), { className: 'search-annotations' });
    for (const match of matches.slice(0, ANNOTATIONS_SHOWN)) {
      const entry = document.createElement('li');
      const passage = Object.assign(document.createElement('a'), { href: `${result.url}#${match.id}` });
      passage.append('“', marked(match.passage), '”');
      entry.append(passage);
      if (match.note.length > 0) {
        const note = document.createElement('p');
        note.append(marked(match.note));
        entry.append(note);
      }
      annotations.append(entry);
    }
    const more = matches.length - ANNOTATIONS_SHOWN;
    if (more > 0)
      annotations.append(Object.assign(document.createElement('li'), { textContent: say(words.more, more) }));
    item.append(annotations);
    return item;
  };

  let latest = 0;
  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = words.searching;
    const results = await search(query);
    const found = await Promise.all(results.slice(0, NOTES_SHOWN).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...found.map(resultItem));
    const sentence = plural.select(results.length) === 'one' ? words.results.one : words.results.other;
    status.textContent = say(sentence, results.length, query);
  };

  status.textContent = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

// A module, so its names stay its own.
export {};
