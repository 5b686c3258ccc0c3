/**
 * rehype plugin: parses raw HTML written in a note (so it can be sanitised before anything else sees it), and
 * only when there is some: reparsing a whole tree through parse5 costs more than rendering most notes.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { EXIT, visit } from 'unist-util-visit';

export default function rehypeRawWhenNeeded() {
  return (tree: Root): Root => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return EXIT;
    });
    return hasRaw ? (raw(tree) as Root) : tree;
  };
}
