/**
 * The one Markdown pipeline of the site, shared by the notes loader, `npm run check` and the tests, so that no
 * test can pass on a pipeline the site does not use. Order matters: raw HTML is parsed and sanitised before anything
 * else, heading ids exist before annotations claim theirs, and heading links come last so their text is not
 * part of the text that quotes are matched against. It is unified's own processor, so the anchoring plugin's
 * annotations go in and its results come out through `file.data` (where the margin notes plugin reads which
 * passages were marked), and the tree is written once.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import { h } from 'hastscript';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { NoteContext, SiteText } from '../margin/margin-note.ts';
import type { PassageSelectors } from '../open-data/text-selectors.ts';
import type { Annotation } from '../schemas/note.ts';
import type { SiteLinks } from '../site/site-links.ts';
import rehypeAnchorAnnotations, { type Anchoring } from './rehype-anchor-annotations.ts';
import rehypeFootnoteLinks from './rehype-footnote-links.ts';
import rehypeMarginNotes, { type Options as MarginOptions } from './rehype-margin-notes.ts';
import rehypeNoteImages from './rehype-note-images.ts';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.ts';
import rehypePassageSelectors from './rehype-passage-selectors.ts';

/**
 * The processor, with its plugins in order. The text is shown as written, quotes and dashes included (a close
 * reading quotes its text word for word), so there is no SmartyPants.
 */
const noteProcessor = (site: MarginOptions) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Raw HTML is kept as `raw` nodes here, and parsed and sanitised by the next two plugins. Footnote ids get
    // their one prefix from the sanitiser, as every id does.
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      footnoteLabel: site.words.margin.footnotes,
      footnoteBackLabel: (reference, again) =>
        site.words.margin.backToReference(`${reference + 1}${again > 1 ? `-${again}` : ''}`),
    })
    .use(rehypeRawWhenNeeded)
    // GitHub's safe subset: no script, iframes, event handlers or `javascript:`/`data:` URLs.
    .use(rehypeSanitize)
    // The note's own images, for Astro's image pipeline: after the sanitiser, which would drop Astro's attribute.
    .use(rehypeNoteImages)
    .use(rehypeFootnoteLinks)
    .use(rehypeHeadingIds)
    .use(rehypeAnchorAnnotations)
    // Each marked passage's margin note, in the site's words and linking to its pages, right after the marking.
    .use(rehypeMarginNotes, site)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['heading-link'] },
      content: [
        h('span', { ariaHidden: 'true' }, '#'),
        h('span', { className: ['visually-hidden'] }, site.words.margin.sectionLink),
      ],
    })
    // Last, when the tree is as it will be written: where passages stand in the page's text, for the open data.
    .use(rehypePassageSelectors)
    .use(rehypeStringify);

/** The site's processor for a note's body. */
export type NoteRenderer = ReturnType<typeof noteProcessor>;

/**
 * A processor for the notes, in the site's words (`site`: its Site, or just its words and language); their margin
 * notes link to the site's pages when `links` gives its addresses.
 */
export const createNoteRenderer = (site: SiteText, links?: SiteLinks): Promise<NoteRenderer> =>
  Promise.resolve(noteProcessor({ words: site.words, language: site.language, links }));

/** A note's text rendered, with its annotations anchored in it and their margin notes in place. */
export interface RenderedNote {
  html: string;
  metadata: { headings: MarkdownHeading[] };
  anchoring: Anchoring;
  /** Each passage's W3C selectors in the page, by annotation id. */
  selectors: Record<string, PassageSelectors>;
  /** The note's own images, by the paths its text gives (beside the note), for Astro to publish. */
  images: string[];
}

/**
 * Renders a note's body with its (already parsed) annotations, their margin notes linking as `margin` says: the
 * one way the site, tests and bench render.
 */
export async function renderNote(
  renderer: NoteRenderer,
  body: string,
  annotations: readonly Annotation[],
  margin?: NoteContext,
): Promise<RenderedNote> {
  const file = new VFile({
    value: body,
    data: { glossAnnotations: annotations, ...(margin ? { glossMargin: margin } : {}) },
  });
  const html = String(await renderer.process(file));
  const anchoring = file.data.glossAnchoring;
  if (!anchoring) throw new Error('the anchoring plugin did not run');
  return {
    html,
    metadata: { headings: file.data.astro?.headings ?? [] },
    anchoring,
    selectors: file.data.glossSelectors ?? {},
    images: file.data.glossImages ?? [],
  };
}
