/**
 * The place the anchoring plugin leaves after each block that has notes: a comment naming the block's
 * annotations, which the reader page swaps for the `<aside>` of their notes as it renders. The notes stay out
 * of the rendered Markdown because Astro keeps that in its content store and walks it again after the plugin
 * (its final raw-HTML pass): with the notes in it, the store held three times the text.
 */
import type { Comment } from 'hast';

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
export const MARGIN_SLOT = new RegExp(`<!--${PREFIX}(\\{.*?\\})-->`, 'g');

export const isMarginSlot = (comment: Comment): boolean => comment.value.startsWith(PREFIX);

export const marginSlotComment = (slot: MarginSlot): Comment => ({
  type: 'comment',
  value: PREFIX + JSON.stringify(slot),
});
