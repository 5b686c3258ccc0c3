/**
 * rehype plugin for imports: every link and image of a captured article points where its page meant it to. A
 * relative address is resolved against the page's own address (never a `<base>` of the page, which may point to
 * another site), and kept as plain text when that address is not known; a link that runs code or carries its
 * own content (`javascript:`, `data:`, `vbscript:`, any scheme but http(s) and mailto) is kept as its text alone.
 * An image on another site is left out, alt text and all: the site's Content-Security-Policy shows only its own
 * images, and its alt text describes a picture, it is not the article's words (a caption is kept as its own text). What was changed is counted in `file.data.linkNotices`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { resolveLink } from '../fetch/link-address.ts';

declare module 'vfile' {
  interface DataMap {
    /** One line per kind of link changed on import. */
    linkNotices: string[];
  }
}

export interface Options {
  /** The page's own address, absolute; relative links are resolved against it. */
  address?: string | undefined;
}

const ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src' };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export default function rehypeResolveLinks(options: Options = {}) {
  return (tree: Root, file: { data: { linkNotices?: string[] } }): void => {
    let unsafe = 0;
    let unresolved = 0;
    let remoteImages = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      const attribute = ATTRIBUTE[node.tagName];
      const value = attribute ? node.properties[attribute === 'href' ? 'href' : 'src'] : undefined;
      if (!attribute || typeof value !== 'string' || !parent || index === undefined) return;
      const verdict = resolveLink(value, options.address);
      const remoteImage = node.tagName === 'img' && typeof verdict === 'object' && !verdict.href.startsWith('#');
      if (typeof verdict === 'object' && !remoteImage) {
        node.properties[attribute] = verdict.href;
        return;
      }
      if (remoteImage) remoteImages++;
      else if (verdict === 'unsafe') unsafe++;
      else unresolved++;
      // A link gives way to its words; an image is left out.
      const words: ElementContent[] = node.tagName === 'a' ? node.children : [];
      parent.children.splice(index, 1, ...words);
      return [SKIP, index];
    });
    const notices: string[] = [];
    if (unsafe > 0)
      notices.push(
        `${plural(unsafe, 'link or image that runs code or carries its own content was', 'links or images that run code or carry their own content were')} kept as text (javascript:, data:, vbscript: or another scheme)`,
      );
    if (unresolved > 0)
      notices.push(
        `${plural(unresolved, 'relative link or image was', 'relative links or images were')} kept as text: the page's address is not known (give it with --url)`,
      );
    if (remoteImages > 0)
      notices.push(
        `${plural(remoteImages, 'image from another site was', 'images from other sites were')} left out, with ${remoteImages === 1 ? 'its' : 'their'} alt text: the site shows only its own images`,
      );
    file.data.linkNotices = notices;
  };
}
