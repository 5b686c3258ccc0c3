/**
 * The margin beside a block of the text: one `<aside>` holding the notes of the block's passages, which the
 * anchoring plugin puts right after the block, so the page is written with them in place.
 */
import type { Element } from 'hast';
import type { Annotation } from '../schemas/note.ts';
import { SITE_LANGUAGE, WORDS } from '../settings.ts';
import type { BlockKind } from '../words/site-words.ts';
import { isRightToLeft } from '../values/text-direction.ts';
import { element } from './element.ts';
import { marginNote, type NoteContext } from './margin-note.ts';

export interface MarginPlace {
  /** The annotations whose notes go here, in the order their passages come in the block. */
  annotations: readonly Annotation[];
  /** How many blocks the notes may run beside, their own and the next ones that have no notes. */
  span: number;
  /** What the notes are beside: the kind of block and its place in the text ("paragraph 3", "heading 2"). */
  block: { kind: BlockKind; position: number };
}

/** The `<aside>` of one block. Named, so that each group is a landmark a screen reader can list and jump to. */
export function marginAside(place: MarginPlace, context: NoteContext): Element {
  // Inside a text in another language, the notes are marked as the site's own words.
  const language = context.textLanguage
    ? { lang: SITE_LANGUAGE, dir: isRightToLeft(SITE_LANGUAGE) ? 'rtl' : 'ltr' }
    : {};
  return element(
    'aside',
    {
      className: ['margin', `span-${place.span}`],
      ariaLabel: WORDS.margin.notesOn(place.block.kind, place.block.position),
      ...language,
    },
    place.annotations.map((annotation, index) => marginNote(annotation, index + 1, context)),
  );
}
