/** An annotation said in one line, for page titles, link previews, feeds and search records. */
import { formatDate } from '../values/format-date.ts';
import { formatFigure } from '../values/format-figure.ts';
import type { Annotation } from '../schemas/note.ts';

/** Its name: the party's name, or what the date or figure is about. */
export const titleOf = (annotation: Annotation): string =>
  annotation.type === 'party' ? annotation.name : annotation.label;

/** What it tells a reader, in a sentence. */
export function summaryOf(annotation: Annotation): string {
  switch (annotation.type) {
    case 'party':
      return [`${annotation.name} (${annotation.kind})`, annotation.role].filter(Boolean).join(': ');
    case 'date':
      return `${formatDate(annotation.date, { approximate: annotation.approximate })}: ${annotation.label}${annotation.basis ? `. ${annotation.basis}` : ''}`;
    case 'figure':
      return `${formatFigure(annotation)}: ${annotation.label}${annotation.basis ? `. ${annotation.basis}` : ''}`;
  }
}
