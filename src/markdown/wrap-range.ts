/**
 * Wraps a range of an article's text in one element, however the range cuts across inline formatting:
 * text nodes are split at its edges, and inline elements that it enters half-way are split in two.
 */
import type { Element, ElementContent, Text } from 'hast';
import type { TextRange } from '../anchoring/find-quote.ts';
import { blockText, type Block, type TextSegment } from './article-text.ts';

type Parent = Element;

function segmentsIn(block: Block, range: TextRange): TextSegment[] {
  return blockText(block.element, block.start).segments.filter(
    (segment) => segment.end > range.start && segment.start < range.end,
  );
}

/** Splits a text node in two at `offset` (global), in place; the second half keeps the rest. */
function splitText(segment: TextSegment, offset: number): void {
  const parent = segment.ancestors.at(-1) as Parent;
  const at = offset - segment.start;
  const index = parent.children.indexOf(segment.node);
  const left: Text = { type: 'text', value: segment.node.value.slice(0, at) };
  const right: Text = { type: 'text', value: segment.node.value.slice(at) };
  parent.children.splice(index, 1, left, right);
}

/** A shallow copy of an element with other children; an id stays with the original part only. */
function cloneWith(element: Element, children: ElementContent[], keepId: boolean): Element {
  const { id, ...properties } = element.properties;
  return { ...element, properties: keepId && id !== undefined ? { ...properties, id } : properties, children };
}

/**
 * Makes `path[depth]` (an element on the way to `node`) start with `node` (`side` before) or end with it
 * (`side` after), by moving the children on the other side into a copy of the element next to it.
 */
function splitAround(path: Element[], depth: number, node: ElementContent, side: 'before' | 'after'): void {
  const element = path[depth] as Element;
  const child = (path[depth + 1] ?? node) as ElementContent;
  if (child !== node) splitAround(path, depth + 1, node, side);
  const parent = path[depth - 1] as Parent;
  const index = element.children.indexOf(child);
  if (side === 'before' && index > 0) {
    parent.children.splice(
      parent.children.indexOf(element),
      0,
      cloneWith(element, element.children.slice(0, index), true),
    );
    element.children = element.children.slice(index);
    delete element.properties['id'];
  } else if (side === 'after' && index < element.children.length - 1) {
    const rest = cloneWith(element, element.children.slice(index + 1), false);
    parent.children.splice(parent.children.indexOf(element) + 1, 0, rest);
    element.children = element.children.slice(0, index + 1);
  }
}

/**
 * Wraps the text of `range` (inside one block) in `wrapper`, which receives the wrapped nodes as children.
 * Returns the wrapper's ancestors, from the block down.
 */
export function wrapRange(block: Block, range: TextRange, wrapper: Element): Element[] {
  let segments = segmentsIn(block, range);
  const first = segments[0];
  if (first && first.start < range.start) {
    splitText(first, range.start);
    segments = segmentsIn(block, range);
  }
  const last = segments.at(-1);
  if (last && last.end > range.end) {
    splitText(last, range.end);
    segments = segmentsIn(block, range);
  }
  const head = segments[0];
  const tail = segments.at(-1);
  if (!head || !tail) throw new Error(`no text at ${range.start}–${range.end} to wrap`);

  // The deepest element that holds both ends; everything between them among its children gets wrapped.
  let depth = 0;
  while (
    depth + 1 < head.ancestors.length &&
    depth + 1 < tail.ancestors.length &&
    head.ancestors[depth + 1] === tail.ancestors[depth + 1]
  ) {
    depth++;
  }
  const common = head.ancestors[depth] as Element;
  const startChild = (head.ancestors[depth + 1] ?? head.node) as ElementContent;
  if (startChild !== head.node) splitAround(head.ancestors, depth + 1, head.node, 'before');
  const endChild = (tail.ancestors[depth + 1] ?? tail.node) as ElementContent;
  if (endChild !== tail.node) splitAround(tail.ancestors, depth + 1, tail.node, 'after');

  const from = common.children.indexOf(startChild);
  const to = common.children.indexOf(endChild);
  wrapper.children = common.children.slice(from, to + 1);
  common.children.splice(from, to - from + 1, wrapper);
  return head.ancestors.slice(0, depth + 1);
}
