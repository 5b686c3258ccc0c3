/**
 * rehype plugin: puts each anchored passage's margin note in the text, in the site's words.
 *
 * In: the passages the anchoring plugin marked (`file.data.glossAnchoring`, and in the tree each `<mark>` with its
 * annotation's id and its number in its block), the annotations (`file.data.glossAnnotations`), and what the note's
 * margin notes link to (`file.data.glossMargin`). Out: the tree, with each passage's marker and margin note right
 * after the passage, lifted out of the inline elements around it, so that on wide screens the note floats into the
 * margin level with its passage's line; the notes of a heading or a table go in an `<aside>` right before it.
 * When the anchoring plugin placed nothing (a note with a problem), the tree is left as it is.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { marginAside } from '../margin/margin-aside.ts';
import { marginNote, type MarginContext, type NoteContext } from '../margin/margin-note.ts';
import { noteMarker } from '../margin/note-marker.ts';
import type { Annotation } from '../schemas/note.ts';
import type { SiteLinks } from '../site/site-links.ts';
import type { BlockKind, SiteWords } from '../words/site-words.ts';

/** What the margin notes are written with, the same for every note of the site. */
export interface Options {
  /** The site's words, which every margin note is written in (required: there is no default language). */
  words: SiteWords;
  /** The language of those words, marked on the notes that stand in a text of another language (required). */
  language: string;
  /**
   * The site's addresses: each note links to its annotation's share page and to its entry across notes (a
   * party's page, a date's row in the timeline). Default: none, and a note links only to its own passage and,
   * when the note names its source, to the same words there.
   */
  links?: SiteLinks | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** The margin notes plugin's input: what the note's margin notes link to (its slug alone if absent). */
    glossMargin: NoteContext;
  }
}

const BLOCK_NAMES: Record<string, BlockKind> = {
  p: 'paragraph',
  ul: 'list',
  ol: 'list',
  blockquote: 'quotation',
  table: 'table',
};

const isHeading = (element: Element): boolean => /^h[1-6]$/.test(element.tagName);

/** "paragraph 3", "heading 2", "list 5": what a group of notes is about, by its place in the text. */
function describeBlock(element: Element, position: number): { kind: BlockKind; position: number } {
  return { kind: isHeading(element) ? 'heading' : (BLOCK_NAMES[element.tagName] ?? 'block'), position };
}

/** Inline elements a note is lifted out of, so that it never sits inside a link, a passage or emphasis. */
const PHRASING = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var'.split(' '),
);
/** Blocks that cannot hold a note (a cell cannot let it into the margin): their notes go in an aside before them. */
const HOLDS_NO_NOTES = /^(h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|pre)$/;

/**
 * What ends a passage's phrase, which its marker follows rather than precedes: a possessive ('s) and closing
 * punctuation ("Google's,⁷"), but not an apostrophe inside a word.
 */
const CLOSING_PUNCTUATION = /^(?:['’]s(?![\p{L}\p{N}]))?(?:[.,;:!?…)\]»”"]|['’](?![\p{L}\p{N}]))*/u;

/** A passage's mark, the note that goes with it, and its place among its block's notes (the mark's number). */
interface PlacedNote {
  mark: Element;
  annotation: Annotation;
  position: number;
}

/** The marker and note of one passage, in the order CSS reads them: an open marker shows its note. */
const noteInText = (annotation: Annotation, position: number, context: MarginContext): Element[] => [
  noteMarker(annotation, context),
  marginNote(annotation, position, context),
];

/**
 * Each passage's mark with the elements it stands in (from its top-level block down), in the order the passages
 * were placed, grouped by that block.
 */
function placedNotes(
  tree: Root,
  passages: ReadonlyArray<{ id: string }>,
  annotations: readonly Annotation[],
): { notesByBlock: Map<Element, PlacedNote[]>; parents: Map<Element, Element[]> } {
  const marks = new Map<string, Element>();
  const parents = new Map<Element, Element[]>();
  visitParents(tree, 'element', (node, ancestors) => {
    const id = node.properties['id'];
    if (node.tagName !== 'mark' || typeof id !== 'string') return;
    marks.set(id, node);
    parents.set(
      node,
      ancestors.filter((a): a is Element => a.type === 'element'),
    );
  });
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const notesByBlock = new Map<Element, PlacedNote[]>();
  for (const { id } of passages) {
    const mark = marks.get(id);
    const block = mark && parents.get(mark)?.[0];
    if (!mark || !block) throw new Error(`the passage of "${id}" is not marked in the text`);
    const notes = notesByBlock.get(block) ?? [];
    notes.push({ mark, annotation: byId.get(id) as Annotation, position: Number(mark.properties['dataN']) });
    notesByBlock.set(block, notes);
  }
  return { notesByBlock, parents };
}

/**
 * Puts each passage's marker and note right after the passage, lifted out of the inline elements around it. The
 * notes of a heading or a table go in an aside right before it.
 */
function putMarginNotes(
  tree: Root,
  { notesByBlock, parents }: ReturnType<typeof placedNotes>,
  context: MarginContext,
): void {
  const after = new Map<Element, Element[]>();
  const before = new Map<Element, PlacedNote[]>();
  for (const [block, notes] of notesByBlock) {
    for (const placed of notes) {
      const path = [...(parents.get(placed.mark) ?? []), placed.mark];
      if (path.some((element) => HOLDS_NO_NOTES.test(element.tagName))) {
        before.set(block, [...(before.get(block) ?? []), placed]);
        continue;
      }
      let depth = path.length - 1;
      while (depth > 1 && PHRASING.has((path[depth - 1] as Element).tagName)) depth--;
      const anchor = path[depth] as Element;
      after.set(anchor, [...(after.get(anchor) ?? []), ...noteInText(placed.annotation, placed.position, context)]);
      parents.set(anchor, path.slice(0, depth));
    }
  }
  for (const [anchor, nodes] of after) {
    const parent = (parents.get(anchor) ?? []).at(-1) as Element;
    let at = parent.children.indexOf(anchor) + 1;
    // After the punctuation that closes the passage, as a footnote's number goes ("Microsoft,⁴ its").
    const next = parent.children[at];
    const closing = next?.type === 'text' ? CLOSING_PUNCTUATION.exec(next.value)?.[0] : undefined;
    if (next?.type === 'text' && closing) {
      parent.children.splice(
        at,
        1,
        { type: 'text', value: closing },
        { type: 'text', value: next.value.slice(closing.length) },
      );
      at++;
    }
    parent.children.splice(at, 0, ...nodes);
  }
  const elements = tree.children.filter((node): node is Element => node.type === 'element');
  for (const [block, notes] of before) {
    const aside = marginAside(
      { annotations: notes, block: describeBlock(block, elements.indexOf(block) + 1) },
      context,
      noteInText,
    );
    tree.children.splice(tree.children.indexOf(block), 0, aside);
  }
}

/** Options: the site's words and language (required), and its addresses (default: none). */
export default function rehypeMarginNotes({ words, language, links }: Options) {
  return (tree: Root, file: VFile): void => {
    const passages = file.data.glossAnchoring?.anchors?.passages;
    if (!passages || passages.length === 0) return;
    const context = { ...(file.data.glossMargin ?? { slug: '' }), links, words, language };
    putMarginNotes(tree, placedNotes(tree, passages, file.data.glossAnnotations ?? []), context);
  };
}
