/**
 * Reads a rendered article (hast) as a reader sees its text: runs of inline text (a paragraph, a heading,
 * a list item) joined by blank lines, with every text node's place in that text. Quotes never cross runs.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { TextRange } from '../anchoring/find-quote.ts';

/** Elements that stay inside a line of text; any other element starts a new run. */
// prettier-ignore
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'img',
]);
const RUN_SEPARATOR = '\n\n';

export interface TextSegment extends TextRange {
  node: Text;
  /** From the top-level block down to the text node's parent. */
  ancestors: Element[];
}

export interface Block {
  /** A direct child of the root: margin notes for its passages go right after it. */
  element: Element;
  /** Offset of the block's first run in the article text. */
  start: number;
  /** Offset just past the block's last run. */
  end: number;
}

interface ArticleText {
  text: string;
  runs: TextRange[];
  blocks: Block[];
}

interface BlockText {
  segments: TextSegment[];
  runs: TextRange[];
  text: string;
}

/**
 * Walks one top-level block in reading order. Its first run starts at `start`; each later run is preceded by
 * the separator, so walking the same block again after wrapping gives the same offsets.
 */
export function blockText(block: Element, start: number): BlockText {
  const result: BlockText = { segments: [], runs: [], text: '' };
  let offset = start;
  let run: TextRange | undefined;

  const endRun = (): void => {
    if (run) result.runs.push(run);
    run = undefined;
  };
  const visit = (node: ElementContent, ancestors: Element[]): void => {
    if (node.type === 'text') {
      if (node.value === '') return;
      if (!run) {
        if (result.runs.length > 0) {
          result.text += RUN_SEPARATOR;
          offset += RUN_SEPARATOR.length;
        }
        run = { start: offset, end: offset };
      }
      result.segments.push({ node, start: offset, end: offset + node.value.length, ancestors });
      result.text += node.value;
      offset += node.value.length;
      run.end = offset;
      return;
    }
    // Script, style and the like never get here: the sanitizer has dropped them.
    if (node.type !== 'element') return;
    const inline = INLINE.has(node.tagName);
    if (!inline) endRun();
    const inside = [...ancestors, node];
    for (const child of node.children) visit(child, inside);
    if (!inline) endRun();
  };
  visit(block, []);
  endRun();
  return result;
}

export function articleText(tree: Root): ArticleText {
  const article: ArticleText = { text: '', runs: [], blocks: [] };
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const separator = article.runs.length > 0 ? RUN_SEPARATOR : '';
    const start = article.text.length + separator.length;
    const { runs, text } = blockText(child, start);
    if (runs.length === 0) continue;
    article.text += separator + text;
    article.runs.push(...runs);
    article.blocks.push({ element: child, start, end: start + text.length });
  }
  return article;
}
