/**
 * The search page's script: loads Pagefind's index from this site and lists results for notes and for single
 * annotations (which land on their passage). Nothing here runs on any other page.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');

if (form && input && status && list) {
  const base = form.dataset['base'] ?? '/';
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return pagefind;
  };

  /** Pagefind's excerpt marks the words found with <mark>; only those are kept as elements. */
  const decoder = document.createElement('textarea');
  const excerptOf = (html: string): DocumentFragment => {
    const fragment = document.createDocumentFragment();
    for (const [index, part] of html.split(/<\/?mark>/).entries()) {
      // A textarea only decodes character references; nothing in it is ever parsed as markup.
      decoder.innerHTML = part;
      const text = decoder.value;
      fragment.append(index % 2 === 1 ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
    }
    return fragment;
  };

  let latest = 0;
  const run = async (query: string): Promise<void> => {
    const ticket = ++latest;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const { results } = await (await load()).search(query);
    const found = await Promise.all(results.slice(0, 20).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...found.map((result) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), {
          href: result.url,
          textContent: result.meta.title ?? result.url,
        });
        const excerpt = document.createElement('p');
        excerpt.append(excerptOf(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”.`;
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
