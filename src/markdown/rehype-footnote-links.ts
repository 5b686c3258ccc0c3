/**
 * rehype plugin: GFM footnotes that work. The sanitiser prefixes every id with `user-content-` (so a note's ids
 * cannot clobber the page's own), but not the links to them; so each footnote reference and back-reference is
 * pointed at its target's id as the sanitiser wrote it. Runs right after the sanitiser.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The sanitiser's prefix (hast-util-sanitize's default `clobberPrefix`). */
const PREFIX = 'user-content-';

const isFootnoteLink = (node: Element): boolean =>
  node.tagName === 'a' &&
  (node.properties['dataFootnoteRef'] !== undefined || node.properties['dataFootnoteBackref'] !== undefined);

export default function rehypeFootnoteLinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (!isFootnoteLink(node) || typeof href !== 'string' || !href.startsWith('#')) return;
      if (!href.startsWith(`#${PREFIX}`)) node.properties['href'] = `#${PREFIX}${href.slice(1)}`;
    });
  };
}
