/**
 * rehype plugin: a note's own images, the files beside it (`![chart](./chart.png "Outages by year")`), are handed
 * to Astro's image pipeline, which publishes them (see NoteBody.astro): each `<img>` gets the attribute Astro's
 * content layer looks for, `__ASTRO_IMAGE_`, as Astro's own Markdown rendering writes it, and its path is listed in
 * `file.data.glossImages` for the loader to give Astro (`rendered.metadata.imagePaths`). An image alone in its
 * paragraph is a figure, its title the caption. Runs after the sanitiser, which would take the attribute out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    /** The note's local images, as its Markdown writes their paths. */
    glossImages: string[];
  }
}

/** A path to a file beside the note: not an address, not a path from the site's root, not a fragment. */
export const isLocalImage = (src: string): boolean =>
  src !== '' && !URL.canParse(src) && !src.startsWith('/') && !src.startsWith('#') && !src.startsWith('?');

const decoded = (src: string): string => {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
};

const isBlank = (node: ElementContent): boolean => node.type === 'text' && node.value.trim() === '';

/** The image a paragraph holds and nothing else, when it is a local one. */
function loneImage(node: Element): Element | undefined {
  const content = node.children.filter((child) => !isBlank(child));
  const [only] = content;
  return content.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : undefined;
}

export default function rehypeNoteImages() {
  return (tree: Root, file: { data: { glossImages?: string[] } }): void => {
    const images = new Set<string>();
    const seen = new Map<string, number>();
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'p' && parent && index !== undefined) {
        const image = loneImage(node);
        const src = image?.properties['src'];
        if (!image || typeof src !== 'string' || !isLocalImage(src)) return;
        const caption = image.properties['title'];
        delete image.properties['title'];
        const figure = h('figure', [
          image,
          ...(typeof caption === 'string' && caption ? [h('figcaption', caption)] : []),
        ]);
        parent.children[index] = figure;
        return;
      }
      if (node.tagName !== 'img' || typeof node.properties['src'] !== 'string') return;
      if (!isLocalImage(node.properties['src'])) return;
      const src = decoded(node.properties['src']);
      images.add(src);
      const at = seen.get(src) ?? 0;
      seen.set(src, at + 1);
      // Astro reads the image's attributes from its one attribute, `src` as decoded (its own rehypeImages' shape).
      const { className, ...rest } = node.properties;
      node.properties = {
        ...(className ? { className } : {}),
        __ASTRO_IMAGE_: JSON.stringify({ ...rest, alt: rest['alt'] ?? '', src, index: at }),
      };
    });
    file.data.glossImages = [...images];
  };
}
