/**
 * remark plugin for imports: a heading with nothing under it is taken out. A wiki's "References" or
 * "Einzelnachweise" heading is left empty once its list has become the note's footnotes, and a "Weblinks" heading
 * once its links were cut as furniture; a reader would see a title over nothing. A heading followed by a deeper
 * one is kept: that one is its section's.
 */
import type { Root } from 'mdast';

export default function remarkEmptySections() {
  return (tree: Root): void => {
    const blocks = tree.children;
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index];
      if (block?.type !== 'heading') continue;
      const next = blocks.slice(index + 1).find((after) => after.type !== 'footnoteDefinition');
      if (!next || (next.type === 'heading' && next.depth <= block.depth)) blocks.splice(index, 1);
    }
  };
}
