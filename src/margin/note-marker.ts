/**
 * The marker after a passage that shows or hides its margin note on narrow screens, without script: a button (the
 * 24 px target, and what Tab reaches) that toggles an empty popover, whose open state the stylesheet reads to show
 * the note right after the marker. A button is phrasing content, so the marker stays inside its `<p>` (a
 * `<details>` could not), and a button toggles on a tap, Enter and Space alike, with or without JavaScript; the
 * popover itself is never drawn. The number the reader sees is drawn by CSS; wide screens and paper hide the button.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Annotation } from '../schemas/note.ts';
import { marginNoteId } from '../site/margin-note-id.ts';
import { element as h } from './element.ts';
import { headline, siteLanguage, type MarginContext } from './margin-note.ts';

/** The id of an annotation's marker button; annotation ids never contain "--". */
export const markerId = (id: string): string => `${id}--show`;

/** The id of the popover whose open state says that an annotation's note is shown. */
const openStateId = (id: string): string => `${id}--open`;

export function noteMarker(annotation: Annotation, context: MarginContext): Element {
  const what = toString(h('span', {}, headline(annotation, context.words)));
  const state = openStateId(annotation.id);
  return h('span', { className: ['gloss-marker'], dataPagefindIgnore: '', ...siteLanguage(context) }, [
    // A word joiner: the marker never starts a line of its own, away from the words it follows.
    '\u2060',
    // The browser tells a screen reader whether the button has its popover open, as for a disclosure ("expanded").
    h(
      'button',
      {
        type: 'button',
        id: markerId(annotation.id),
        className: ['gloss-toggle'],
        popoverTarget: state,
        ariaControls: [marginNoteId(annotation.id)],
      },
      h('span', { className: ['visually-hidden'] }, context.words.margin.showNote(what)),
    ),
    h('span', { id: state, className: ['gloss-open'], popover: 'manual' }),
  ]);
}
