/**
 * rehype plugin: anchors a note's annotations in its rendered text.
 *
 * In: `file.data.glossAnnotations`, the annotations already parsed (none if absent), and `file.data.glossMargin`,
 * what their margin notes link to. Out: `file.data.glossAnchoring`, where each one stands, or what kept some from
 * being placed.
 * 1. Reads the text as a reader sees it and places every annotation (`placeAnnotations`).
 * 2. Wraps each passage in `<mark id>` (the link target) and each other mention of a party in a link to it.
 * 3. Puts each passage's margin note, with the marker that shows it on narrow screens, right after the passage
 *    (a heading's or a table's in an `<aside>` right before it).
 * When anything cannot be placed the tree is left as it was: a note is published whole or not at all.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { sentenceAround, type AnchoredText, type PassageInContext } from '../anchoring/anchored-text.ts';
import { element } from '../margin/element.ts';
import { marginAside } from '../margin/margin-aside.ts';
import { marginNote, type MarginContext, type NoteContext, type SiteText } from '../margin/margin-note.ts';
import { noteMarker } from '../margin/note-marker.ts';
import { searchableText, type SearchableText } from '../anchoring/find-quote.ts';
import { placeAnnotations, type AnchorRequest, type PlacementProblem } from '../anchoring/place-annotations.ts';
import type { Annotation } from '../schemas/note.ts';
import { articleText, type Block } from './article-text.ts';
import { wrapRange } from './wrap-range.ts';
import type { BlockKind } from '../words/site-words.ts';

/** Why an annotation could not be placed: the quote's own trouble, or an id a heading already has. */
export type AnchoringProblem = PlacementProblem | { problem: 'id-taken'; annotation: AnchorRequest };

export interface Anchoring {
  /** The text the quotes were looked for in, to say what stands there instead. */
  source: SearchableText;
  problems: AnchoringProblem[];
  /** Where every annotation stands; only when there is no problem. */
  anchors?: AnchoredText | undefined;
  /** Every passage and mention in its sentence, in text order: what pages away from the note quote. */
  inContext?: PassageInContext[] | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** The anchoring plugin's input: the note's annotations, already parsed and checked by the schema. */
    glossAnnotations: readonly Annotation[];
    /** The anchoring plugin's input: what the margin notes link to (their note's slug alone if absent). */
    glossMargin: NoteContext;
    /** The anchoring plugin's output. */
    glossAnchoring: Anchoring;
  }
}

const isLink = (element: Element): boolean => element.tagName === 'a';

function containsLink(element: Element): boolean {
  let found = false;
  visit(element, 'element', (node) => {
    if (node !== element && isLink(node)) found = true;
  });
  return found;
}

/** What placing an annotation needs to know of it. */
export const anchorRequestOf = (annotation: Annotation): AnchorRequest => ({
  id: annotation.id,
  type: annotation.type,
  quote: annotation.quote,
  prefix: annotation.prefix,
  suffix: annotation.suffix,
  ...(annotation.type === 'party' ? { names: [annotation.name, ...annotation.aliases] } : {}),
});

function blockAt(blocks: Block[], offset: number): Block {
  const block = blocks.find((candidate) => offset >= candidate.start && offset < candidate.end);
  if (!block) throw new Error(`no block holds offset ${offset}`);
  return block;
}

/** Ids already in the rendered body (headings): an annotation may not take one, or its link would be ambiguous. */
function bodyIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (element) => {
    const id = element.properties['id'];
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
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

/** A passage's mark, the note that goes with it, and its place among its block's notes. */
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
 * Puts each passage's marker and note right after the passage, lifted out of the inline elements around it, so
 * that on wide screens the note floats into the margin level with its passage's line. The notes of a heading or a
 * table go in an aside right before it.
 */
function putMarginNotes(tree: Root, notesByBlock: Map<Element, PlacedNote[]>, context: MarginContext): void {
  const after = new Map<Element, Element[]>();
  const before = new Map<Element, PlacedNote[]>();
  const parents = new Map<Element, Element[]>();
  visitParents(tree, 'element', (node, ancestors) => {
    if (node.tagName === 'mark')
      parents.set(
        node,
        ancestors.filter((a): a is Element => a.type === 'element'),
      );
  });
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

/** Wraps every passage and mention in the tree, and puts each margin note after its passage. */
function markPlaces(
  tree: Root,
  blocks: Block[],
  annotations: readonly Annotation[],
  anchors: AnchoredText,
  context: MarginContext,
): void {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const notesByBlock = new Map<Element, PlacedNote[]>();
  for (const passage of anchors.passages) {
    const block = blockAt(blocks, passage.start);
    const annotation = byId.get(passage.id) as Annotation;
    const notes = notesByBlock.get(block.element) ?? [];
    const mark = element('mark', {
      id: passage.id,
      className: ['passage', `passage-${passage.type}`, ...(annotation.draft ? ['passage-draft'] : [])],
      dataN: String(notes.length + 1),
    });
    notes.push({ mark, annotation, position: notes.length + 1 });
    notesByBlock.set(block.element, notes);
    const position = String(notes.length);
    wrapRange(block, passage, mark);
    // Ids the annotation had before still land on its passage (and mark its note, by the same position).
    mark.children.unshift(
      ...annotation.formerIds.map((id) => element('span', { id, className: ['former-id'], dataN: position })),
    );
  }
  for (const mention of anchors.mentions) {
    const wrapper = element('a', { href: `#${mention.id}`, className: ['mention'] });
    const ancestors = wrapRange(blockAt(blocks, mention.start), mention, wrapper);
    // Links cannot nest: a mention within (or around) an author's link is marked but not linked.
    if (ancestors.some(isLink) || containsLink(wrapper)) {
      wrapper.tagName = 'span';
      delete wrapper.properties['href'];
    }
  }
  putMarginNotes(tree, notesByBlock, context);
}

/** Every passage and mention in its sentence, in text order (a passage before a mention at the same place). */
function inContextOf(anchors: AnchoredText): PassageInContext[] {
  return [
    ...anchors.passages.map((range) => ({ range, mention: false })),
    ...anchors.mentions.map((range) => ({ range, mention: true })),
  ]
    .sort((a, b) => a.range.start - b.range.start || Number(a.mention) - Number(b.mention))
    .map(({ range, mention }) => ({
      id: range.id,
      ...sentenceAround(anchors, range),
      ...(mention ? { mention } : {}),
    }));
}

/** Options: the site's own words and language, which the margin notes are written in. */
export default function rehypeAnchorAnnotations({ words, language }: SiteText) {
  return (tree: Root, file: VFile): void => {
    const annotations = file.data.glossAnnotations ?? [];
    const article = articleText(tree);
    const source = searchableText(article.text, article.runs);
    const placement = placeAnnotations(source, annotations.map(anchorRequestOf));
    const taken = bodyIds(tree);
    const problems: AnchoringProblem[] = [...placement.problems];
    for (const annotation of annotations) {
      if ([annotation.id, ...annotation.formerIds].some((id) => taken.has(id))) {
        problems.push({ problem: 'id-taken', annotation: anchorRequestOf(annotation) });
      }
    }
    if (problems.length > 0) {
      file.data.glossAnchoring = { source, problems };
      return;
    }
    const anchors: AnchoredText = {
      text: article.text,
      runs: article.runs,
      passages: placement.passages,
      mentions: placement.mentions,
    };
    const context = { ...(file.data.glossMargin ?? { slug: '' }), words, language };
    markPlaces(tree, article.blocks, annotations, anchors, context);
    file.data.glossAnchoring = { source, problems, anchors, inContext: inContextOf(anchors) };
  };
}
