/**
 * rehype plugin: each passage's W3C selectors, from the text of the rendered body as a browser's DOM has it
 * (`textContent`: every text node, whitespace between blocks, heading links and margin notes included), so that
 * the open data gives quotes and positions any W3C client finds again in the page.
 *
 * Runs last, when the tree is as it will be written. Out: `file.data.glossSelectors`.
 */
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { passageSelectors, type BodyText, type PassageSelectors } from '../open-data/text-selectors.ts';

declare module 'vfile' {
  interface DataMap {
    /** The selectors plugin's output: each passage's selectors, by annotation id. */
    glossSelectors: Record<string, PassageSelectors>;
  }
}

const isPassage = (element: Element): boolean =>
  element.tagName === 'mark' &&
  typeof element.properties['id'] === 'string' &&
  Array.isArray(element.properties['className']) &&
  element.properties['className'].includes('passage');

/** A margin note or its marker, which stands inside its passage's paragraph but is not part of its text. */
const isMarginNote = (element: Element): boolean =>
  Array.isArray(element.properties['className']) &&
  element.properties['className'].some((name) => name === 'gloss' || name === 'gloss-marker');

export default function rehypePassageSelectors() {
  return (tree: Root, file: VFile): void => {
    const body: BodyText = { text: '', blocks: [], notes: [], passages: {} };
    const walk = (nodes: RootContent[], topLevel: boolean): void => {
      for (const node of nodes) {
        if (node.type === 'text') body.text += node.value;
        else if (node.type === 'element') {
          const start = body.text.length;
          walk(node.children, false);
          if (isPassage(node)) body.passages[node.properties['id'] as string] = [start, body.text.length];
          if (topLevel) body.blocks.push([start, body.text.length]);
          else if (isMarginNote(node)) body.notes.push([start, body.text.length]);
        }
      }
    };
    walk(tree.children, true);
    file.data.glossSelectors = passageSelectors(body);
  };
}
