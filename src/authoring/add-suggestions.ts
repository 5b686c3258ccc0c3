/**
 * Adds suggestions to a note's file, keeping everything already there: the annotations, comments, key order
 * and formatting of the frontmatter (`yaml`'s Document API edits the document, it does not rewrite it), and the
 * text byte for byte.
 */
import { Document, isSeq } from 'yaml';
import { frontmatterDocument } from './frontmatter-document.ts';
import type { Suggestions } from './suggest-annotations.ts';

const LISTS = ['parties', 'dates', 'figures'] as const;

export function withSuggestions(file: string, suggestions: Pick<Suggestions, (typeof LISTS)[number]>): string {
  const { document, toFile } = frontmatterDocument(file);
  for (const list of LISTS) {
    if (suggestions[list].length === 0) continue;
    const existing = document.get(list, true);
    if (isSeq(existing)) for (const item of suggestions[list]) existing.add(document.createNode(item));
    else document.set(list, document.createNode(suggestions[list]));
  }
  return toFile();
}

/** The suggestions as YAML ready to paste under the frontmatter's `parties:`, `dates:` and `figures:`. */
export function suggestionsYaml(suggestions: Pick<Suggestions, (typeof LISTS)[number]>): string {
  const lists = Object.fromEntries(
    LISTS.filter((list) => suggestions[list].length > 0).map((list) => [list, suggestions[list]]),
  );
  return new Document(lists).toString({ lineWidth: 0 });
}
