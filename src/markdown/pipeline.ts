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
  type MarkdownRenderResult,
  type RehypePlugins,
  type RemarkPlugins,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { Annotation } from '../schemas/note.ts';
import { rehypeGiveRenderOutput, rehypeTakeRenderInput, renderInput, renderOutput } from './astro-render-bridge.ts';
import rehypeAnchorAnnotations, { type Anchoring } from './rehype-anchor-annotations.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import type { TextLayout } from '../anchoring/anchored-text.ts';
import rehypeTextLayout from './rehype-text-layout.ts';

/** The processor's options: the plugins, in order, and the built-in switches. */
function markdownOptions(): UnifiedProcessorOptions & { gfm: false; smartypants: false } {
  const remarkPlugins: RemarkPlugins = [remarkGfm];
  const rehypePlugins: RehypePlugins = [
    rehypeTakeRenderInput,
    rehypeRawWhenNeeded,
    // GitHub's safe subset: no script, iframes, event handlers or `javascript:`/`data:` URLs.
    rehypeSanitize,
    rehypeHeadingIds,
    rehypeAnchorAnnotations,
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
    // Last, when the tree is as it will be written: where passages stand in the page's text, for the open data.
    rehypeTextLayout,
    rehypeGiveRenderOutput,
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

/** The site's renderer: what Astro's `unified()` Markdown processor builds, with the options above. */
export function createNoteRenderer(): Promise<MarkdownRenderer> {
  return createMarkdownProcessor({ ...markdownOptions(), syntaxHighlight: false });
}

/** A note's text rendered, with its annotations anchored in it. */
export interface RenderedNote {
  html: string;
  metadata: Omit<MarkdownRenderResult['metadata'], 'frontmatter'>;
  anchoring: Anchoring;
  /** Where passages stand in the page's text; only when every annotation was placed. */
  layout?: TextLayout | undefined;
}

/** Renders a note's body with its (already parsed) annotations: the one way the site, tests and bench render. */
export async function renderNote(
  renderer: MarkdownRenderer,
  body: string,
  annotations: readonly Annotation[],
): Promise<RenderedNote> {
  const { code, metadata } = await renderer.render(body, { frontmatter: renderInput(annotations) });
  const { frontmatter, ...rest } = metadata;
  const output = renderOutput({ frontmatter });
  if (!output?.anchoring) throw new Error('the anchoring plugin did not run');
  return { html: code, metadata: rest, anchoring: output.anchoring, layout: output.layout };
}
