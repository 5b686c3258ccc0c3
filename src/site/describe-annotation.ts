/** An annotation said in one line, for page titles, link previews, feeds and search records. */
import { formatDate } from '../values/format-date.ts';
import { formatFigure } from '../values/format-figure.ts';
import type { Annotation } from '../schemas/note.ts';
import type { DatedEvent } from '../schemas/dated-event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { SiteWords } from '../words/site-words.ts';

/** A date or a figure as its margin note heads it: the date or the number in words. */
export const valueOf = (annotation: DatedEvent | Figure, WORDS: SiteWords): string =>
  annotation.type === 'date'
    ? formatDate(annotation.date, WORDS.dates, { approximate: annotation.approximate })
    : formatFigure(annotation, WORDS.locale);

/** Its name: the party's name, or what the date or figure is about (its value, where it has no label). */
export const titleOf = (annotation: Annotation, WORDS: SiteWords): string =>
  annotation.type === 'party' ? annotation.name : (annotation.label ?? valueOf(annotation, WORDS));

/**
 * What a date or figure is about, in a list of them: its label, or, where the author gave none, the words of the
 * text around it (`excerpt`: see passage-excerpt.ts), quoted.
 */
export const aboutOf = (annotation: DatedEvent | Figure, WORDS: SiteWords, excerpt: string | undefined): string =>
  annotation.label ?? WORDS.quoted(excerpt ?? annotation.quote);

/**
 * What it tells a reader, in a sentence, in the site's words; a date or figure with no label is said with the
 * words of the text around it, where `excerpt` gives them.
 */
export function summaryOf(annotation: Annotation, WORDS: SiteWords, excerpt?: string): string {
  const { colon } = WORDS;
  if (annotation.type === 'party')
    return [`${annotation.name} (${WORDS.kinds[annotation.kind]})`, annotation.role].filter(Boolean).join(colon);
  const basis = annotation.basis ? `. ${annotation.basis}` : '';
  const about = annotation.label ?? (excerpt === undefined ? undefined : WORDS.quoted(excerpt));
  return `${[valueOf(annotation, WORDS), about].filter(Boolean).join(colon)}${basis}`;
}
