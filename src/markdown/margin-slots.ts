/**
 * Where a block's margin notes go, and putting them there. The plugin leaves a comment after each block that
 * has notes; the reader page swaps each comment for the `<aside>` of notes as it renders. The notes stay out
 * of the rendered Markdown because Astro keeps that in its content store and walks it again after the plugin
 * (its final raw-HTML pass): with the notes in it, the store held three times the text.
 */
import type { Comment, Element } from 'hast';
import { annotationsOf, type Annotation, type Note } from '../schemas/note.ts';
import { element, elementHtml } from './element.ts';
import { marginNote, type NoteContext } from './margin-note.ts';

export interface MarginSlot {
  /** The annotations whose notes go here, in the order their passages come in the block. */
  ids: string[];
  /** How many blocks the notes may run beside, their own and the next ones that have no notes. */
  span: number;
  /** What the notes are about, by the block's place in the text: "paragraph 3", "heading 2". */
  block: string;
}

const PREFIX = 'gloss-margin ';
/** Body comments never get this far (the sanitizer drops them), so every match is one of the plugin's. */
const SLOT = new RegExp(`<!--${PREFIX}(\\{.*?\\})-->`, 'g');

export const marginSlotComment = (slot: MarginSlot): Comment => ({
  type: 'comment',
  value: PREFIX + JSON.stringify(slot),
});

/** The `<aside>` of one slot. Named, so that each group is a landmark a screen reader can list and jump to. */
export function marginAside(slot: MarginSlot, annotations: readonly Annotation[], context: NoteContext): Element {
  return element(
    'aside',
    { className: ['margin', `span-${slot.span}`], ariaLabel: `Notes on ${slot.block}` },
    annotations.map((annotation, index) => marginNote(annotation, index + 1, context)),
  );
}

/** A note's rendered text with every slot replaced by its notes. */
export function withMarginNotes(html: string, note: Note, context: NoteContext): string {
  const byId = new Map(annotationsOf(note).map((annotation) => [annotation.id, annotation]));
  return html.replace(SLOT, (_, json: string) => {
    const slot = JSON.parse(json) as MarginSlot;
    const annotations = slot.ids.map((id) => {
      const annotation = byId.get(id);
      // Only a rendering of another version of the note could get here; its notes must not go missing quietly.
      if (!annotation)
        throw new Error(`note "${context.slug}" has a margin place for "${id}", which it does not annotate`);
      return annotation;
    });
    return elementHtml(marginAside(slot, annotations, context));
  });
}
