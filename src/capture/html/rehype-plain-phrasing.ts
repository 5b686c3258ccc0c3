/**
 * rehype plugin for imports: the elements rehype-remark writes as their words alone (`<span>`, `<font>`,
 * `<small>`, `<time>`, …) are replaced by their children, and the text nodes that then sit side by side are joined,
 * in one pass. rehype-remark gives the same Markdown by itself, but it joins the side-by-side text nodes one
 * `splice` at a time, so its time grows with the square of their number. Whitespace is left as it is: rehype-remark collapses runs of it across text
 * nodes as it would within one. An emphasis inside an emphasis of the same kind (`<em>` in `<i>`, `<b>` in
 * `<strong>`) is unwrapped as well: Markdown cannot say it, and the Markdown writer's time grows with the fourth
 * power of their nesting, so at most three (one of each
 * kind) are left nested. The tree is walked with a stack of its own, not by recursion.
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

/** The elements rehype-remark writes as Markdown's emphasis, strong emphasis and strikethrough, by kind. */
const ATTENTION: Record<string, number> = { em: 1, i: 1, mark: 1, u: 1, b: 2, strong: 2, del: 4, s: 4, strike: 4 };

export default function rehypePlainPhrasing() {
  return (tree: Root): void => {
    // Every parent, parents before their children; they are rewritten in the reverse order, children first, so an
    // element unwrapped has no transparent element left in it.
    const parents: Array<Root | Element> = [];
    const unwrapped = new Set<Element>();
    // Each parent with the kinds of emphasis around it, as bits.
    const stack: Array<[Root | Element, number]> = [[tree, 0]];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      const [parent, around] = entry;
      parents.push(parent);
      for (const child of parent.children) {
        if (child.type !== 'element') continue;
        const kind = ATTENTION[child.tagName] ?? 0;
        if ((TRANSPARENT.has(child.tagName) && !child.properties['hidden']) || (kind & around) !== 0)
          unwrapped.add(child);
        stack.push([child, around | kind]);
      }
    }
    for (let at = parents.length - 1; at >= 0; at--) {
      const parent = parents[at] as Root | Element;
      const children = parent.children as RootContent[];
      if (!children.some((child) => child.type === 'text' || (child.type === 'element' && unwrapped.has(child))))
        continue;
      const kept: RootContent[] = [];
      const add = (node: RootContent): void => {
        const last = kept[kept.length - 1];
        if (node.type === 'text' && last?.type === 'text')
          kept[kept.length - 1] = { type: 'text', value: last.value + node.value };
        else kept.push(node);
      };
      for (const child of children) {
        if (child.type === 'element' && unwrapped.has(child)) for (const grandchild of child.children) add(grandchild);
        else add(child);
      }
      if (kept.length !== children.length || kept.some((node, index) => node !== children[index]))
        parent.children = kept as ElementContent[];
    }
  };
}
