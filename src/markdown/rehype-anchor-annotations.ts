/**
 * rehype plugin: anchors a note's annotations (from its frontmatter) in its rendered text.
 *
 * 1. Reads the text as a reader sees it and places every annotation (`placeAnnotations`).
 * 2. Wraps each passage in `<mark id>` (the link target) and each other mention of a party in a link to it.
 * 3. Marks the place right after each block that holds passages, where the page puts their margin notes.
 * Anything it cannot place is reported, never dropped: by default it throws, naming the note and annotation.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { searchableText } from '../lib/find-quote.ts';
import { ANCHORS_KEY, type AnchoredText } from '../lib/anchored-text.ts';
import { placeAnnotations, type AnchorRequest } from '../lib/place-annotations.ts';
import { annotationsOf, parseNote, type Annotation } from '../schemas/note.ts';
import { articleText, type Block } from './article-text.ts';
import { element } from './element.ts';
import { marginSlotComment } from './margin-slots.ts';
import { NoteProblemsError, schemaProblems, type NoteProblem } from '../lib/note-problems.ts';
import { wrapRange } from './wrap-range.ts';

export interface AnchorOptions {
  /** Receives the note's problems instead of the plugin throwing them (used by `npm run check`). */
  onProblems?: ((problems: NoteProblem[], file: VFile) => void) | undefined;
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

const BLOCK_NAMES: Record<string, string> = {
  p: 'paragraph',
  ul: 'list',
  ol: 'list',
  blockquote: 'quotation',
  table: 'table',
};

/** "paragraph 3", "heading 2", "list 5": what a group of notes is about, by its place in the text. */
function describeBlock(element: Element, position: number): string {
  const name = /^h[1-6]$/.test(element.tagName) ? 'heading' : (BLOCK_NAMES[element.tagName] ?? 'block');
  return `${name} ${position}`;
}

function markMarginSlots(tree: Root, notesByBlock: Map<Element, Annotation[]>): void {
  const elements = tree.children.filter((node): node is Element => node.type === 'element');
  elements.forEach((block, index) => {
    const notes = notesByBlock.get(block);
    if (!notes) return;
    let span = 1;
    while (span < MAX_SPAN && elements[index + span] && !notesByBlock.has(elements[index + span] as Element)) span++;
    const slot = marginSlotComment({
      ids: notes.map((annotation) => annotation.id),
      span,
      block: describeBlock(block, index + 1),
    });
    tree.children.splice(tree.children.indexOf(block) + 1, 0, slot);
  });
}

export default function rehypeAnchorAnnotations(options: AnchorOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const report = (problems: NoteProblem[]): void => {
      if (options.onProblems) options.onProblems(problems, file);
      else throw new NoteProblemsError(file.path, problems);
    };
    const parsed = parseNote(file.data.astro?.frontmatter ?? {});
    if (!parsed.success) return report(schemaProblems(parsed.error));

    const annotations = annotationsOf(parsed.data);
    const article = articleText(tree);
    const source = searchableText(article.text, article.runs);
    const placement = placeAnnotations(source, annotations.map(anchorRequestOf));
    const taken = bodyIds(tree);
    const problems: NoteProblem[] = placement.problems.map((problem) => ({ ...problem, source }));
    for (const annotation of annotations) {
      if ([annotation.id, ...annotation.formerIds].some((id) => taken.has(id))) {
        problems.push({ problem: 'id-taken', annotation: anchorRequestOf(annotation) });
      }
    }
    if (problems.length > 0) return report(problems);

    const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
    const notesByBlock = new Map<Element, Annotation[]>();
    for (const passage of placement.passages) {
      const block = blockAt(article.blocks, passage.start);
      const notes = notesByBlock.get(block.element) ?? [];
      notes.push(byId.get(passage.id) as Annotation);
      notesByBlock.set(block.element, notes);
      const position = String(notes.length);
      const mark = element('mark', {
        id: passage.id,
        className: ['passage', `passage-${passage.type}`],
        dataN: position,
      });
      wrapRange(block, passage, mark);
      // Ids the annotation had before still land on its passage (and mark its note, by the same position).
      const former = (byId.get(passage.id) as Annotation).formerIds;
      mark.children.unshift(...former.map((id) => element('span', { id, className: ['former-id'], dataN: position })));
    }
    for (const mention of placement.mentions) {
      const block = blockAt(article.blocks, mention.start);
      const wrapper = element('a', { href: `#${mention.id}`, className: ['mention'] });
      const ancestors = wrapRange(block, mention, wrapper);
      // Links cannot nest: a mention within (or around) an author's link is marked but not linked.
      if (ancestors.some(isLink) || containsLink(wrapper)) {
        wrapper.tagName = 'span';
        delete wrapper.properties['href'];
      }
    }
    markMarginSlots(tree, notesByBlock);
    // Handed to the pages through the rendered entry's metadata (Astro's "remarkPluginFrontmatter"). Only
    // this: the pages take the note itself from its parsed entry, so the raw frontmatter need not be kept twice.
    const anchors: AnchoredText = {
      text: article.text,
      runs: article.runs,
      passages: placement.passages,
      mentions: placement.mentions,
    };
    file.data.astro = { ...file.data.astro, frontmatter: { [ANCHORS_KEY]: anchors } };
  };
}
