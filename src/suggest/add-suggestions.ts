/**
 * Adds suggestions to a note's file at the end of their lists, keeping every byte already there: the
 * annotations, comments, key order and formatting of the frontmatter, and the text (see
 * note-file/frontmatter-edits.ts).
 */
import { Document } from 'yaml';
import { editFrontmatter } from '../note-file/frontmatter-edits.ts';
import type { Suggestions } from './suggest-annotations.ts';

const LISTS = ['parties', 'dates', 'figures'] as const;

export function withSuggestions(file: string, suggestions: Pick<Suggestions, (typeof LISTS)[number]>): string {
  return editFrontmatter(
    file,
    LISTS.filter((list) => suggestions[list].length > 0).map((list) => ({
      op: 'append' as const,
      list,
      items: suggestions[list] as unknown as Array<Record<string, unknown>>,
    })),
  );
}

/** The suggestions as YAML ready to paste under the frontmatter's `parties:`, `dates:` and `figures:`. */
export function suggestionsYaml(suggestions: Pick<Suggestions, (typeof LISTS)[number]>): string {
  const lists = Object.fromEntries(
    LISTS.filter((list) => suggestions[list].length > 0).map((list) => [list, suggestions[list]]),
  );
  return new Document(lists).toString({ lineWidth: 0 });
}
