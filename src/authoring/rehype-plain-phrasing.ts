/**
 * rehype plugin for imports: the elements rehype-remark writes as their words alone (`<span>`, `<font>`,
 * `<small>`, `<time>`, …) are replaced by their children, and the text nodes that then sit side by side are joined,
 * in one pass. rehype-remark gives the same Markdown by itself, but it joins the side-by-side text nodes one
 * `splice` at a time: a paragraph of 36,000 `<span>`s took 6 s there, one of 72,000 took 34 s (the time grows
 * with the square of their number). Whitespace is left as it is: rehype-remark collapses runs of it across text
 * nodes as it would within one. The tree is walked with a stack of its own, not by recursion.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Inline elements hast-util-to-mdast writes as their children, with no mark of their own. */
const TRANSPARENT = new Set([
  'abbr',
  'acronym',
  'bdi',
  'bdo',
  'big',
  'blink',
  'cite',
  'data',
  'dfn',
  'font',
  'ins',
  'small',
  'span',
  'time',
]);

const transparent = (node: RootContent): node is Element =>
  node.type === 'element' && TRANSPARENT.has(node.tagName) && !node.properties['hidden'];

export default function rehypePlainPhrasing() {
  return (tree: Root): void => {
    // Every parent, parents before their children; they are rewritten in the reverse order, children first, so an
    // element unwrapped has no transparent element left in it.
    const parents: Array<Root | Element> = [];
    const stack: Array<Root | Element> = [tree];
    for (let parent = stack.pop(); parent; parent = stack.pop()) {
      parents.push(parent);
      for (const child of parent.children) if (child.type === 'element') stack.push(child);
    }
    for (let at = parents.length - 1; at >= 0; at--) {
      const parent = parents[at] as Root | Element;
      const children = parent.children as RootContent[];
      if (!children.some((child) => transparent(child) || child.type === 'text')) continue;
      const kept: RootContent[] = [];
      const add = (node: RootContent): void => {
        const last = kept[kept.length - 1];
        if (node.type === 'text' && last?.type === 'text')
          kept[kept.length - 1] = { type: 'text', value: last.value + node.value };
        else kept.push(node);
      };
      for (const child of children) {
        if (transparent(child)) for (const grandchild of child.children) add(grandchild);
        else add(child);
      }
      if (kept.length !== children.length || kept.some((node, index) => node !== children[index]))
        parent.children = kept as ElementContent[];
    }
  };
}
