/**
 * The one Markdown pipeline of the site, shared by the notes loader, `npm run check` and the tests, so that no
 * test can pass on a pipeline the site does not use. Order matters: raw HTML is parsed and sanitised before anything
 * else, heading ids exist before annotations claim theirs, and heading links come last so their text is not
 * part of the text that quotes are matched against.
 */
import {
  createMarkdownProcessor,
  rehypeHeadingIds,
  type MarkdownRenderer,
  type RehypePlugins,
  type RemarkPlugins,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import rehypeAnchorAnnotations, { type AnchorOptions } from './rehype-anchor-annotations.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import { bodySanitizeSchema } from './sanitize-schema.ts';

/** The processor's options: the plugins, in order, and the built-in switches. */
export function markdownOptions(
  options: AnchorOptions = {},
): UnifiedProcessorOptions & { gfm: false; smartypants: false } {
  const remarkPlugins: RemarkPlugins = [remarkGfm];
  const rehypePlugins: RehypePlugins = [
    rehypeRawWhenNeeded,
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
  ];
  return {
    // remark-gfm is added by hand; the built-in switch stays off so it is not applied twice.
    gfm: false,
    // The text is shown as it was written, quotes and dashes included (a close reading quotes its text word
    // for word); SmartyPants would also take two thirds of the time a note takes to render.
    smartypants: false,
    remarkPlugins,
    rehypePlugins,
  };
}

/**
 * The site's renderer: what Astro's `unified()` Markdown processor builds (`createMarkdownProcessor`), with the
 * options above. The notes loader renders with it directly, so a note's frontmatter is parsed once.
 */
export function createNoteRenderer(options: AnchorOptions = {}): Promise<MarkdownRenderer> {
  return createMarkdownProcessor({ ...markdownOptions(options), syntaxHighlight: false });
}
