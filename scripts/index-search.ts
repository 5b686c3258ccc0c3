/**
 * Builds the Pagefind index of a built site: each note page (the parts marked `data-pagefind-body`), plus one
 * record per annotation, read from the notes' annotations.jsonld, whose result lands on its passage. Pagefind is
 * handed those files alone: the rest of the site (annotation pages, pages across notes) repeats what they hold,
 * and parsing it all took longer than the build itself.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

interface CollectionItem {
  id: string;
  body: Array<{ purpose?: string; value?: string; 'schema:name'?: string }>;
  target: { source: string; selector: Array<{ type: string; exact?: string }> };
}

/**
 * The slugs of the notes' pages. A note's former address has a page that only points on, with nothing to find:
 * it has no `data-pagefind-body`, so Pagefind leaves it out, and so do the records.
 */
function noteSlugs(site: string): string[] {
  const notes = join(site, 'notes');
  if (!existsSync(notes)) return [];
  return readdirSync(notes)
    .sort()
    .filter((slug) => {
      const file = join(notes, slug, 'index.html');
      return existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body');
    });
}

/** Every annotation of the built site as a search record; URLs without the base path, as Pagefind adds it. */
function annotationRecords(site: string, base: string, slugs: string[]): pagefind.CustomRecord[] {
  return slugs.flatMap((slug) => {
    const file = join(site, 'notes', slug, 'annotations.jsonld');
    if (!existsSync(file)) return [];
    const collection = JSON.parse(readFileSync(file, 'utf8')) as { label: string; first: { items: CollectionItem[] } };
    return collection.first.items.map((item) => {
      // The passage: the annotation's own IRI is `annotations.jsonld#<id>`, and `<id>` is its passage's fragment too.
      const page = new URL(item.target.source);
      const fragment = new URL(item.id).hash;
      const exact = item.target.selector.find((selector) => selector.type === 'TextQuoteSelector')?.exact ?? '';
      const described = item.body.filter((body) => body.value).map((body) => body.value);
      const name = item.body.find((body) => body['schema:name'])?.['schema:name'] ?? exact;
      return {
        url: `${page.pathname.slice(base.length - 1)}${fragment}`,
        content: [exact, ...described].join('\n'),
        language: 'en',
        meta: { title: `${name}: ${collection.label.replace(/^Annotations of /, '')}` },
      };
    });
  });
}

export async function indexSearch(site: string, base: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // Link labels and hidden helper text are not what a note says.
    excludeSelectors: ['.gloss-links', '.visually-hidden', '.heading-link', '.overview'],
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads the note pages itself: handing it their text took longer than reading them.
  const pages = await index.addDirectory({ path: site, glob: 'notes/*/index.html' });
  if (pages.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${pages.errors.join('; ')}`);
  // Sent all at once: Pagefind's service answers in parallel, and one at a time is most of the indexing time.
  const records = annotationRecords(site, base, noteSlugs(site));
  const recorded = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  const failed = recorded.flatMap((result, at) => result.errors.map((error) => `${records[at]?.url}: ${error}`));
  if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
}
