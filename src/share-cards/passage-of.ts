/** An annotation's passage as its pages print it (the words of the text), else the quote it was anchored by. */
import type { SiteNote } from '../data/notes.ts';
import type { Annotation } from '../schemas/note.ts';

export const passageOf = (indexed: Pick<SiteNote, 'inContext'>, annotation: Annotation): string =>
  indexed.inContext.find((quoted) => quoted.id === annotation.id && !quoted.mention)?.passage ?? annotation.quote;
