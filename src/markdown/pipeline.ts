/**
 * The one Markdown pipeline of the site, shared by Astro, `npm run check` and the tests, so that no test can
 * pass on a pipeline the site does not use. Order matters: raw HTML is parsed and sanitised before anything
 * else, heading ids exist before annotations claim theirs, and heading links come last so their text is not
 * part of the text that quotes are matched against.
 */
import { createMarkdownProcessor, rehypeHeadingIds, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import rehypeAnchorAnnotations, { type AnchorOptions } from './rehype-anchor-annotations.ts';
import { bodySanitizeSchema } from './sanitize-schema.ts';

export function markdownOptions(options: AnchorOptions = {}) {
  return {
    // remark-gfm is added by hand below; the built-in switch stays off so it is not applied twice.
    gfm: false,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [
      rehypeRaw,
      [rehypeSanitize, bodySanitizeSchema],
      rehypeHeadingIds,
      [rehypeAnchorAnnotations, options],
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-link'] },
          content: [
            h('span', { ariaHidden: 'true' }, '#'),
            h('span', { className: ['visually-hidden'] }, 'Link to this section'),
          ],
        },
      ],
    ],
  } as const;
}

/** A renderer with the site's pipeline, for checking and testing notes outside an Astro build. */
export function createNoteRenderer(options: AnchorOptions = {}): Promise<MarkdownRenderer> {
  // @ts-expect-error -- the tuple literals are valid plugin entries; the options type is wider than `as const` infers
  return createMarkdownProcessor({ ...markdownOptions(options), syntaxHighlight: false });
}
