/**
 * rehype plugin: anchors a note's annotations in its rendered text.
 *
 * In: `file.data.glossAnnotations`, the annotations already parsed (none if absent). Out: `file.data.glossAnchoring`,
 * where each one stands, or what kept some from being placed.
 * 1. Reads the text as a reader sees it and places every annotation (`placeAnnotations`).
 * 2. Wraps each passage in `<mark id>` (the link target, numbered in its block) and each other mention of a party in
 *    a link to it.
 * The margin notes are another plugin's (rehype-margin-notes.ts), which finds the passages by their marks. When
 * anything cannot be placed the tree is left as it was: a note is published whole or not at all.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { sentenceAround, type AnchoredText, type PassageInContext } from '../anchoring/anchored-text.ts';
import { element } from '../margin/element.ts';
import { searchableText, type SearchableText } from '../anchoring/find-quote.ts';
import { placeAnnotations, type AnchorRequest, type PlacementProblem } from '../anchoring/place-annotations.ts';
import type { Annotation } from '../schemas/note.ts';
import { articleText, type Block } from './article-text.ts';
import { wrapRange } from './wrap-range.ts';

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

/**
 * Wraps every passage and mention in the tree. A passage's mark is numbered among its block's passages, as its
 * margin note will be, so that CSS can light the note whose passage is the `:target`.
 */
function markPlaces(blocks: Block[], annotations: readonly Annotation[], anchors: AnchoredText): void {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const marksByBlock = new Map<Element, Element[]>();
  for (const passage of anchors.passages) {
    const block = blockAt(blocks, passage.start);
    const annotation = byId.get(passage.id) as Annotation;
    const marks = marksByBlock.get(block.element) ?? [];
    const mark = element('mark', {
      id: passage.id,
      className: ['passage', `passage-${passage.type}`, ...(annotation.draft ? ['passage-draft'] : [])],
      dataN: String(marks.length + 1),
    });
    marks.push(mark);
    marksByBlock.set(block.element, marks);
    const position = String(marks.length);
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

/** No options: what to place comes in `file.data`. */
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
    markPlaces(article.blocks, annotations, anchors);
    file.data.glossAnchoring = { source, problems, anchors, inContext: inContextOf(anchors) };
  };
}
