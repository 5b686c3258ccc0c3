/**
 * A saved web page turned into a note's text: Mozilla's Readability (over linkedom's DOM) finds the article, and
 * the unified ecosystem writes it as Markdown, so emphasis, links, lists, block quotes and tables survive. No raw
 * HTML reaches the note: rehype-remark keeps only what Markdown can say, and the text is escaped where needed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { removeOrphanCaptions } from '../furniture/captions.ts';
import { withoutClosingFurniture } from '../furniture/closing-furniture.ts';
import { closingBoxes, factBoxes, leadBlocks, withClosingBoxes, withLeadBlocks } from '../furniture/lead-blocks.ts';
import { removePageFurniture } from '../furniture/page-furniture.ts';
import { withoutFurniture } from '../furniture/furniture.ts';
import { keepEmbeddedPosts } from './embedded-posts.ts';
import { pageMetadata, type PageMetadata } from '../page-metadata.ts';
import rehypeCaptureImages, { imageHandlers } from './rehype-capture-images.ts';
import rehypeBlockWhitespace from './rehype-block-whitespace.ts';
import rehypeFootnotesFromHtml, { footnoteHandlers } from './rehype-footnotes-from-html.ts';
import remarkEmptySections from './remark-empty-sections.ts';
import rehypePlainPhrasing from './rehype-plain-phrasing.ts';
import rehypeResolveLinks from './rehype-resolve-links.ts';
import rehypeTableCaptions from './rehype-table-captions.ts';

interface ImportedPage extends PageMetadata {
  title: string;
  /** The article as Markdown. */
  markdown: string;
  /** What the import changed that the author should know of, a line each. */
  notices: string[];
  /** The blocks left out as the site's furniture, a line each. */
  cut: string[];
}

const toMarkdown = (address: string | undefined) =>
  unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeCaptureImages)
    .use(rehypeResolveLinks, { address })
    .use(rehypeTableCaptions)
    .use(rehypeFootnotesFromHtml)
    .use(rehypePlainPhrasing)
    .use(rehypeBlockWhitespace)
    .use(rehypeRemark, { handlers: { ...footnoteHandlers, ...imageHandlers } })
    .use(remarkEmptySections)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-' });

/**
 * How many elements a page has, and how deep they nest, read from its tags alone (elements whose end tag may be
 * left out, and empty ones, do not count for depth), in one pass that takes well under a second for 10 MB.
 */
export function pageShape(html: string): { elements: number; depth: number } {
  const flat =
    /^(?:p|li|dt|dd|option|tr|td|th|thead|tbody|colgroup|area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (const [, close, name] of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g)) {
    if (!name) continue;
    if (!close) elements++;
    if (flat.test(name)) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return { elements, depth: deepest };
}

/**
 * Past these, a page is refused at once, before it is parsed. Browsers stop nesting at 512; a page far deeper is
 * no article, and the DOM and Markdown tools below recurse through it until they run out of stack. Each element costs time and memory at every step (linkedom, Readability, parse5,
 * rehype-remark, the Markdown writer, and the note's check after them); the limits below keep the costliest
 * shapes within a few gigabytes and under a minute (measured in CHANGELOG.md), while a long saved article has a few
 * thousand to a few tens of thousands. (rehype-remark also spreads a block's children as a function's arguments,
 * which runs out of stack on very wide blocks.)
 */
export const PAGE_LIMITS = { elements: 40_000, depth: 512 };

const thousands = (n: number): string => n.toLocaleString('en-US');

/** Why a page is too large to import, in one sentence, or nothing. */
export function tooLarge(html: string): string | undefined {
  const { elements, depth } = pageShape(html);
  if (depth > PAGE_LIMITS.depth)
    return `its elements nest ${depth} deep (a browser stops at ${PAGE_LIMITS.depth}): this is not the saved page of an article`;
  if (elements > PAGE_LIMITS.elements)
    return `the page has ${thousands(elements)} elements; Gloss imports pages of at most ${thousands(PAGE_LIMITS.elements)}: cut the capture to the article (or save it as text) and try again`;
  return undefined;
}

/**
 * The page's metadata and Readability's article, from linkedom's DOM. In a function of its own, so that the DOM
 * (a third of the memory a large page takes) can be collected before the article is written as Markdown.
 */
function readArticle(html: string) {
  const { document } = parseHTML(html);
  // Read before Readability runs: it takes the document apart.
  const metadata = pageMetadata(document as unknown as Document);
  // Embedded posts become plain quotations with their links, before anything takes their embed code for the site's.
  keepEmbeddedPosts(document as unknown as Document);
  // The site's boxes go before Readability reads the page; the headline is read again without its kicker.
  const pageCut = removePageFurniture(document as unknown as Document);
  pageCut.push(...removeOrphanCaptions(document as unknown as Document));
  metadata.title = pageMetadata(document as unknown as Document).title ?? metadata.title;
  const lead = leadBlocks(document as unknown as Document);
  const closing = closingBoxes(document as unknown as Document);
  const facts = factBoxes(document as unknown as Document);
  const notices: string[] = [];
  // A <base> may name another site, and Readability would resolve every relative link against it.
  for (const base of [...document.querySelectorAll('base[href]')]) {
    notices.push(
      `ignored <base href="${base.getAttribute('href') ?? ''}">: links are resolved against the page's own address`,
    );
    base.remove();
  }
  const parsed = new Readability(document as unknown as Document).parse();
  const article = parsed && {
    content:
      parsed.content &&
      withClosingBoxes(
        withLeadBlocks(parsed.content, parsed.textContent ?? '', [...lead, ...facts]),
        parsed.textContent ?? '',
        closing.filter((box) => !facts.some((fact) => fact.text === box.text)),
      ),
    textContent: parsed.textContent,
    title: parsed.title,
    byline: parsed.byline,
  };
  return { metadata, notices, article, pageCut };
}

/** The article of a saved page; `address` is where it was captured from, when the author says. */
export async function importWebPage(html: string, address?: string): Promise<ImportedPage | { error: string }> {
  const refused = tooLarge(html);
  if (refused) return { error: refused };
  const { metadata, notices, article, pageCut } = readArticle(html);
  if (!article?.content || !article.textContent?.trim()) {
    return { error: 'no article was found in this page (is it the saved page of an article?)' };
  }
  const converted = await toMarkdown(address ?? metadata.url).process(article.content);
  notices.push(...(converted.data.linkNotices ?? []));
  const markdown = String(converted).trim();
  const title = metadata.title ?? article.title?.trim();
  if (!title) return { error: 'the page gives its article no title' };
  // Readability may keep the headline at the top of the text; the note has it as its title.
  const withoutTitle = markdown.replace(/^#{1,6} (.*)\n+/, (heading, words: string) =>
    words.trim() === title ? '' : heading,
  );
  const closing = withoutClosingFurniture(withoutTitle, title);
  const kept = withoutFurniture(closing.markdown);
  if (kept.markdown === '') return { error: 'no article text was found in this page' };
  // Readability takes the byline out of the text itself: it is said to be left out, as the rest of the furniture.
  const byline = article.byline?.replace(/\s+/g, ' ').trim();
  return {
    ...metadata,
    title,
    markdown: kept.markdown,
    notices,
    cut: [...pageCut, ...(byline ? [byline] : []), ...closing.cut, ...kept.cut],
  };
}
