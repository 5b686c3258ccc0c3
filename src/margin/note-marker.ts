/**
 * The marker after a passage that shows or hides its margin note on narrow screens, without script: a checkbox
 * (the 24 px target, on top, and what Space and the keyboard reach) with its label (the number the reader sees),
 * right before the note, so CSS shows the note of a ticked marker. Wide screens and paper hide it.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Annotation } from '../schemas/note.ts';
import { element as h } from './element.ts';
import { headline, siteLanguage, type MarginContext } from './margin-note.ts';

/** The id of the checkbox of an annotation's marker; annotation ids never contain "--". */
export const markerId = (id: string): string => `${id}--show`;

export function noteMarker(annotation: Annotation, context: MarginContext): Element {
  const id = markerId(annotation.id);
  const what = toString(h('span', {}, headline(annotation, context.words)));
  return h('span', { className: ['gloss-marker'], dataPagefindIgnore: '', ...siteLanguage(context) }, [
    // A word joiner: the marker never starts a line of its own, away from the words it follows.
    '\u2060',
    h('input', { type: 'checkbox', id, className: ['gloss-toggle'] }),
    // The number the reader sees is the stylesheet's count of the markers, so it runs on through the whole text.
    h('label', { htmlFor: [id] }, h('span', { className: ['visually-hidden'] }, context.words.margin.showNote(what))),
  ]);
}
