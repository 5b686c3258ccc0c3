/**
 * The margin notes of a heading or a table, which cannot hold them (a note inside a table cell could not leave
 * it for the margin): one `<aside>`, which the margin notes plugin puts right before the block, so that its notes
 * start level with it. Every other block holds its notes itself, each right after its passage.
 */
import type { Element } from 'hast';
import type { Annotation } from '../schemas/note.ts';
import type { BlockKind } from '../words/site-words.ts';
import { element } from './element.ts';
import { siteLanguage, type MarginContext } from './margin-note.ts';

export interface MarginPlace {
  /** The annotations whose notes go here, in the order their passages come in the block. */
  annotations: ReadonlyArray<{ annotation: Annotation; position: number }>;
  /** What the notes are beside: the kind of block and its place in the text ("heading 2", "table 3"). */
  block: { kind: BlockKind; position: number };
}

/** Named, so that each group is a landmark a screen reader can list and jump to. */
export function marginAside(
  place: MarginPlace,
  context: MarginContext,
  notesOf: (annotation: Annotation, position: number, context: MarginContext) => Element[],
): Element {
  return element(
    'aside',
    {
      className: ['margin'],
      ariaLabel: context.words.margin.notesOn(place.block.kind, place.block.position),
      ...siteLanguage(context),
    },
    place.annotations.flatMap(({ annotation, position }) => notesOf(annotation, position, context)),
  );
}
