/**
 * rehype plugin: where each passage and each margin slot stands in the text of the rendered body as a browser's
 * DOM has it (`textContent`: every text node, whitespace between blocks and heading links included), so that the
 * open data can give positions any W3C client finds again in the page.
 *
 * Runs last, when the tree is as it will be written. Out: `file.data.glossTextLayout`.
 */
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import type { TextLayout } from '../anchoring/anchored-text.ts';
import { isMarginSlot } from './margin-slot.ts';

declare module 'vfile' {
  interface DataMap {
    /** The text layout plugin's output. */
    glossTextLayout: TextLayout;
  }
}

const isPassage = (element: Element): boolean =>
  element.tagName === 'mark' &&
  typeof element.properties['id'] === 'string' &&
  Array.isArray(element.properties['className']) &&
  element.properties['className'].includes('passage');

export default function rehypeTextLayout() {
  return (tree: Root, file: VFile): void => {
    const layout: TextLayout = { text: '', blocks: [], passages: {}, slots: [] };
    const walk = (nodes: RootContent[], topLevel: boolean): void => {
      for (const node of nodes) {
        if (node.type === 'text') layout.text += node.value;
        else if (node.type === 'comment' && isMarginSlot(node)) layout.slots.push(layout.text.length);
        else if (node.type === 'element') {
          const start = layout.text.length;
          walk(node.children, false);
          if (isPassage(node)) layout.passages[node.properties['id'] as string] = [start, layout.text.length];
          if (topLevel) layout.blocks.push([start, layout.text.length]);
        }
      }
    };
    walk(tree.children, true);
    file.data.glossTextLayout = layout;
  };
}
