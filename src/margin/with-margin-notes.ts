/**
 * Margin notes on the reader page: each place the anchoring plugin left in the rendered text (see
 * `markdown/margin-slot.ts`) becomes the `<aside>` of its block's notes.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { element } from '../markdown/element.ts';
import { MARGIN_SLOT, type MarginSlot } from '../markdown/margin-slot.ts';
import { annotationsOf, type Annotation, type Note } from '../schemas/note.ts';
import { SITE_LANGUAGE } from '../settings.ts';
import { isRightToLeft } from '../values/text-direction.ts';
import { elementHtml } from './element-html.ts';
import { marginNote, type NoteContext } from './margin-note.ts';

/** The `<aside>` of one slot. Named, so that each group is a landmark a screen reader can list and jump to. */
function marginAside(slot: MarginSlot, annotations: readonly Annotation[], context: NoteContext): Element {
  // Inside a text in another language, the notes are marked as the site's own words.
  const language = context.textLanguage
    ? { lang: SITE_LANGUAGE, dir: isRightToLeft(SITE_LANGUAGE) ? 'rtl' : 'ltr' }
    : {};
  return element(
    'aside',
    { className: ['margin', `span-${slot.span}`], ariaLabel: `Notes on ${slot.block}`, ...language },
    annotations.map((annotation, index) => marginNote(annotation, index + 1, context)),
  );
}

/** Builds the `<aside>` of each slot a note's rendered text has, in order, and hands it to `use`. */
function eachAside(html: string, note: Note, context: NoteContext, use: (aside: Element) => string): string {
  const byId = new Map(annotationsOf(note).map((annotation) => [annotation.id, annotation]));
  return html.replace(MARGIN_SLOT, (_, json: string) => {
    const slot = JSON.parse(json) as MarginSlot;
    const annotations = slot.ids.map((id) => {
      const annotation = byId.get(id);
      // Only a rendering of another version of the note could get here; its notes must not go missing quietly.
      if (!annotation)
        throw new Error(`note "${context.slug}" has a margin place for "${id}", which it does not annotate`);
      return annotation;
    });
    return use(marginAside(slot, annotations, context));
  });
}

/** A note's rendered text with every slot replaced by its notes. */
export const withMarginNotes = (html: string, note: Note, context: NoteContext): string =>
  eachAside(html, note, context, elementHtml);

/** The text a reader's browser has for each slot's notes (their `textContent`), in order: what they add to the page. */
export function marginTexts(html: string, note: Note, context: NoteContext): string[] {
  const texts: string[] = [];
  eachAside(html, note, context, (aside) => {
    texts.push(toString(aside));
    return '';
  });
  return texts;
}
