/**
 * Renders an author's inline Markdown (a `note` field) to hast that is safe to put in a page:
 * emphasis, code and http(s) links survive; block structure, raw HTML and script never do.
 */
import type { ElementContent, Root } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

const INLINE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: ['a', 'em', 'strong', 'code', 'del', 'sub', 'sup', 'abbr', 'q', 'br', 'span'],
  attributes: { a: ['href', 'title'], abbr: ['title'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobberPrefix: '',
  strip: ['script', 'style'],
};

/** Every paragraph's inline content, joined by a space: a margin note is one short paragraph. */
export function inlineMarkdown(markdown: string): ElementContent[] {
  const hast = toHast(fromMarkdown(markdown)) as Root;
  const inline: ElementContent[] = [];
  const collect = (nodes: Root['children']): void => {
    for (const node of nodes) {
      if (node.type === 'element' && node.tagName === 'p') {
        if (inline.length > 0) inline.push({ type: 'text', value: ' ' });
        inline.push(...node.children);
      } else if (node.type === 'element') {
        collect(node.children);
      }
    }
  };
  collect(hast.children);
  const safe = sanitize({ type: 'root', children: inline }, INLINE_SCHEMA) as Root;
  return safe.children.filter((node): node is ElementContent => node.type === 'text' || node.type === 'element');
}
