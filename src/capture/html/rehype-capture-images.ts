/**
 * rehype plugin for imports: a captured page's images are kept as Markdown images, for `npm run new` to keep as
 * files beside the note (see keep-images.ts), never as their alt text in the text. A figure's caption is the
 * image's title, which the site shows as its caption. Runs before rehype-resolve-links, which leaves out the images
 * of other sites: an image's path is kept as the page wrote it (a page saved with its files names them beside
 * it), an address from another site as it is. rehype-remark writes the `gloss-image` elements with `imageHandlers`.
 */
import type { Element, Root } from 'hast';
import type { Handle } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** A page's image as the capture gives it: where it is, its alt text and its caption. */
const captured = (image: Element, caption?: string): Element => ({
  type: 'element',
  tagName: 'gloss-image',
  properties: {
    src: String(image.properties['src'] ?? ''),
    alt: String(image.properties['alt'] ?? '').trim(),
    ...(caption ? { title: caption } : {}),
  },
  children: [],
});

export default function rehypeCaptureImages() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.tagName === 'figure') {
        let image: Element | undefined;
        let caption = '';
        visit(node, 'element', (inner) => {
          if (inner.tagName === 'img' && !image) image = inner;
          if (inner.tagName === 'figcaption') caption = toString(inner).replace(/\s+/g, ' ').trim();
        });
        // A figure of something else (a table, a quotation) is left to the other plugins.
        if (!image) return undefined;
        parent.children.splice(index, 1, captured(image, caption));
        return [SKIP, index + 1];
      }
      if (node.tagName !== 'img') return undefined;
      parent.children.splice(index, 1, captured(node));
      return [SKIP, index + 1];
    });
  };
}

/** rehype-remark's handler: a captured image is a Markdown image. */
export const imageHandlers: Record<string, Handle> = {
  'gloss-image': (state, node: Element) => {
    const { src, alt, title } = node.properties;
    const image = {
      type: 'image' as const,
      url: String(src ?? ''),
      alt: String(alt ?? ''),
      title: title ? String(title) : null,
    };
    state.patch(node, image);
    return image;
  },
};
