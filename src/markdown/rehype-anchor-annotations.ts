/**
 * rehype plugin: anchors a note's annotations in its rendered text.
 *
 * In: `file.data.glossAnnotations`, the annotations already parsed (none if absent), and `file.data.glossMargin`,
 * what their margin notes link to. Out: `file.data.glossAnchoring`, where each one stands, or what kept some from
 * being placed.
 * 1. Reads the text as a reader sees it and places every annotation (`placeAnnotations`).
 * 2. Wraps each passage in `<mark id>` (the link target) and each other mention of a party in a link to it.
 * 3. Puts the margin notes of each block's passages in an `<aside>` right after the block.
 * When anything cannot be placed the tree is left as it was: a note is published whole or not at all.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { sentenceAround, type AnchoredText, type PassageInContext } from '../anchoring/anchored-text.ts';
import { element } from '../margin/element.ts';
import { marginAside } from '../margin/margin-aside.ts';
import type { NoteContext } from '../margin/margin-note.ts';
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

/** Longer asides may run past this many blocks that have none of their own. */
const MAX_SPAN = 6;

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

function putMarginNotes(tree: Root, notesByBlock: Map<Element, Annotation[]>, context: NoteContext): void {
  const elements = tree.children.filter((node): node is Element => node.type === 'element');
  elements.forEach((block, index) => {
    const notes = notesByBlock.get(block);
    if (!notes) return;
    // Notes run on beside the blocks that follow without notes of their own, but never into the next section:
    // beside its heading, they would read as that section's notes.
    let span = 1;
    for (
      let next = elements[index + span];
      span < MAX_SPAN && next && !notesByBlock.has(next);
      next = elements[index + span]
    ) {
      if (isHeading(next)) break;
      span++;
    }
    const aside = marginAside({ annotations: notes, span, block: describeBlock(block, index + 1) }, context);
    tree.children.splice(tree.children.indexOf(block) + 1, 0, aside);
  });
}

/** Wraps every passage and mention in the tree, and puts the margin notes after each block with passages. */
function markPlaces(
  tree: Root,
  blocks: Block[],
  annotations: readonly Annotation[],
  anchors: AnchoredText,
  context: NoteContext,
): void {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const notesByBlock = new Map<Element, Annotation[]>();
  for (const passage of anchors.passages) {
    const block = blockAt(blocks, passage.start);
    const annotation = byId.get(passage.id) as Annotation;
    const notes = notesByBlock.get(block.element) ?? [];
    notes.push(annotation);
    notesByBlock.set(block.element, notes);
    const position = String(notes.length);
    const mark = element('mark', {
      id: passage.id,
      className: ['passage', `passage-${passage.type}`, ...(annotation.draft ? ['passage-draft'] : [])],
      dataN: position,
    });
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

export default function rehypeAnchorAnnotations() {
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
    markPlaces(tree, article.blocks, annotations, anchors, file.data.glossMargin ?? { slug: '' });
    file.data.glossAnchoring = { source, problems, anchors, inContext: inContextOf(anchors) };
  };
}
