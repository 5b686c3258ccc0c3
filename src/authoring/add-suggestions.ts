/**
 * Adds suggestions to a note's file, keeping everything already there: the annotations, comments, key order
 * and formatting of the frontmatter (`yaml`'s Document API edits the document, it does not rewrite it), and the
 * text byte for byte.
 */
import { Document, isSeq, parseDocument } from 'yaml';
import type { Suggestions } from './suggest-annotations.ts';

const FENCE = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n?)(---[ \t]*(?:\r?\n|$))/;

const LISTS = ['parties', 'dates', 'figures'] as const;

export function withSuggestions(file: string, suggestions: Pick<Suggestions, (typeof LISTS)[number]>): string {
  const match = FENCE.exec(file.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('the note has no frontmatter');
  const [whole, open, yaml, close] = match as unknown as [string, string, string, string];
  const document = parseDocument(yaml, { schema: 'core' });
  for (const list of LISTS) {
    if (suggestions[list].length === 0) continue;
    const existing = document.get(list, true);
    if (isSeq(existing)) for (const item of suggestions[list]) existing.add(document.createNode(item));
    else document.set(list, document.createNode(suggestions[list]));
  }
  return `${open}${document.toString({ lineWidth: 0 })}${close}${file.replace(/^\uFEFF/, '').slice(whole.length)}`;
}

/** The suggestions as YAML ready to paste under the frontmatter's `parties:`, `dates:` and `figures:`. */
export function suggestionsYaml(suggestions: Pick<Suggestions, (typeof LISTS)[number]>): string {
  const lists = Object.fromEntries(
    LISTS.filter((list) => suggestions[list].length > 0).map((list) => [list, suggestions[list]]),
  );
  return new Document(lists).toString({ lineWidth: 0 });
}
