/** An annotation said in one line, for page titles, link previews, feeds and search records. */
import { formatDate } from '../values/format-date.ts';
import { formatFigure } from '../values/format-figure.ts';
import type { Annotation } from '../schemas/note.ts';
import type { SiteWords } from '../words/site-words.ts';

/** Its name: the party's name, or what the date or figure is about. */
export const titleOf = (annotation: Annotation): string =>
  annotation.type === 'party' ? annotation.name : annotation.label;

/** What it tells a reader, in a sentence, in the site's words. */
export function summaryOf(annotation: Annotation, WORDS: SiteWords): string {
  const { colon } = WORDS;
  const basis = annotation.type !== 'party' && annotation.basis ? `. ${annotation.basis}` : '';
  switch (annotation.type) {
    case 'party':
      return [`${annotation.name} (${WORDS.kinds[annotation.kind]})`, annotation.role].filter(Boolean).join(colon);
    case 'date':
      return `${formatDate(annotation.date, WORDS.dates, { approximate: annotation.approximate })}${colon}${annotation.label}${basis}`;
    case 'figure':
      return `${formatFigure(annotation, WORDS.locale)}${colon}${annotation.label}${basis}`;
  }
}
