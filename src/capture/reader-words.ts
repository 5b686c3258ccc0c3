/**
 * The words a reader sees in a note's Markdown, as plain text a block a line: no link targets, image addresses or
 * alt text (an image's title is its printed caption, and counts), and no markup. What the extraction benchmark compares with the article extracted by hand.
 */
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The text of a Markdown document, each block on its own line, so no two blocks' words run together. */
export function readerWords(markdown: string): string {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    // An image's alt text describes it; its title is the caption the site prints under it.
    if (node.type === 'image' && node.title) out.push(`\n${node.title}\n`);
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    else if (node.type === 'break') out.push('\n');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (
      !('value' in node) &&
      node.type !== 'root' &&
      !/^(?:emphasis|strong|delete|link|linkReference)$/.test(node.type)
    )
      out.push('\n');
  };
  walk(parser.parse(markdown));
  return out
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}
