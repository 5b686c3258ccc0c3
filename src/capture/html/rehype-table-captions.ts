/**
 * rehype plugin for imports: a table's caption survives as Markdown. Markdown tables have no caption, and
 * rehype-remark drops `<caption>`, so it becomes an emphasised paragraph right before its table.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export default function rehypeTableCaptions() {
  return (tree: Root): void => {
    visit(tree, 'element', (table: Element, index, parent) => {
      if (table.tagName !== 'table' || !parent || index === undefined) return undefined;
      const caption = table.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'caption',
      );
      if (!caption) return undefined;
      table.children = table.children.filter((child) => child !== caption);
      const paragraph: Element = {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [{ type: 'element', tagName: 'em', properties: {}, children: caption.children }],
      };
      parent.children.splice(index, 0, paragraph);
      // The table has moved one place on; it is visited there.
      return [SKIP, index + 2];
    });
  };
}
