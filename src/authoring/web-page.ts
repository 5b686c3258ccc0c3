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
import { pageMetadata, type PageMetadata } from './page-metadata.ts';

interface ImportedPage extends PageMetadata {
  title: string;
  /** The article as Markdown. */
  markdown: string;
}

const toMarkdown = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-' });

export async function importWebPage(html: string): Promise<ImportedPage | { error: string }> {
  const { document } = parseHTML(html);
  // Read before Readability runs: it takes the document apart.
  const metadata = pageMetadata(document as unknown as Document);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content || !article.textContent?.trim()) {
    return { error: 'no article was found in this page (is it the saved page of an article?)' };
  }
  const markdown = String(await toMarkdown.process(article.content)).trim();
  const title = metadata.title ?? article.title?.trim();
  if (!title) return { error: 'the page gives its article no title' };
  // Readability may keep the headline at the top of the text; the note has it as its title.
  const withoutTitle = markdown.replace(/^#{1,6} (.*)\n+/, (heading, words: string) =>
    words.trim() === title ? '' : heading,
  );
  if (withoutTitle.trim() === '') return { error: 'no article text was found in this page' };
  return { ...metadata, title, markdown: withoutTitle };
}
