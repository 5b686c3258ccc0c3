/**
 * rehype plugin for imports: the blank text between blocks (the line breaks between a page's `<p>`s, `<tr>`s or
 * `<li>`s) is taken out in one pass, before rehype-remark. rehype-remark would take out the same nodes itself
 * (hast-util-minify-whitespace drops blank text after a block, or at the start of one), but it does so one
 * `splice` at a time, so its time grows with the square of the number of blocks. The tree is walked with a stack of its own, not by recursion.
 */
import type { Element, Root, RootContent } from 'hast';

/** The elements hast-util-minify-whitespace treats as blocks: blank text after one, or first in one, goes. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose whitespace is kept, or collapsed but not trimmed: nothing under them is touched. */
const KEEPS_WHITESPACE = new Set(['listing', 'plaintext', 'script', 'style', 'xmp', 'nobr', 'pre', 'textarea']);

/** Whitespace as hast-util-minify-whitespace collapses it. */
const BLANK = /^[\t\n\v\f\r ]*$/;

const isBlock = (node: RootContent | undefined): boolean => node?.type === 'element' && BLOCKS.has(node.tagName);

export default function rehypeBlockWhitespace() {
  return (tree: Root): void => {
    const stack: Array<Root | Element> = [tree];
    for (let parent = stack.pop(); parent; parent = stack.pop()) {
      if (parent.type === 'element') {
        if (KEEPS_WHITESPACE.has(parent.tagName)) continue;
        if ((parent.tagName === 'td' || parent.tagName === 'th') && parent.properties['noWrap']) continue;
      }
      const startsBlock = parent.type === 'root' || BLOCKS.has(parent.tagName);
      let previous: RootContent | undefined;
      const kept: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        const blank = child.type === 'text' && BLANK.test(child.value);
        // Comments and doctypes do not count as what comes before.
        const afterBlock = previous === undefined ? startsBlock : isBlock(previous);
        if (blank && afterBlock) continue;
        kept.push(child);
        if (child.type !== 'comment' && child.type !== 'doctype') previous = child;
        if (child.type === 'element') stack.push(child);
      }
      if (kept.length !== parent.children.length) parent.children = kept as typeof parent.children;
    }
  };
}
