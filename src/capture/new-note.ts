/**
 * A captured article (a saved web page, plain text or Markdown) turned into a new note: its title, where it
 * comes from, and its text, with no annotations yet. Nothing is written here; `npm run new` writes the file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ListItem, Paragraph, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { Document } from 'yaml';
import { readClipperFrontmatter } from './clipper-frontmatter.ts';
import { DEFAULT_LIMITS, megabytes } from './fetch/fetch-page.ts';
import { withoutUnsafeLinks } from './html/markdown-links.ts';
import { importPlainText } from './text/plain-text.ts';
import { importWebPage, PAGE_LIMITS } from './html/web-page.ts';

interface NewNote {
  title: string;
  source: {
    publisher?: string | undefined;
    author?: string | undefined;
    url?: string | undefined;
    published?: string | undefined;
    /** A web archive's closest copy of the page, when `npm run new` found one. */
    archived?: { url: string; date: string } | undefined;
  };
  summary?: string | undefined;
  tags?: string[] | undefined;
  /** The language the text is written in, when the capture says. */
  language?: string | undefined;
  /** The note's text, in Markdown. */
  body: string;
  /** What was left out as the site's furniture, for the author to see. */
  cut: string[];
  /** What the import changed besides, a line each (links it could not keep as they were). */
  notices?: string[];
}

const stringify = unified().use(remarkStringify);

/**
 * Plain paragraphs as Markdown that renders to exactly their words: characters Markdown would read are escaped.
 * The blocks of `listItems` ("1. …", "- …") become the items of lists, consecutive ones one list.
 */
function paragraphsAsMarkdown(paragraphs: string[], listItems: ReadonlySet<string> = new Set()): string {
  const children: Root['children'] = [];
  for (const value of paragraphs) {
    const item = listItems.has(value) ? /^(?:(\d+)\.|-) (.*)$/.exec(value) : null;
    if (!item) {
      children.push({ type: 'paragraph', children: [{ type: 'text', value }] } satisfies Paragraph);
      continue;
    }
    const ordered = item[1] !== undefined;
    const entry: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: item[2] as string }] }],
    };
    const last = children.at(-1);
    if (last?.type === 'list' && last.ordered === ordered) last.children.push(entry);
    else
      children.push({
        type: 'list',
        ordered,
        start: ordered ? Number(item[1]) : null,
        spread: false,
        children: [entry],
      });
  }
  return stringify.stringify({ type: 'root', children }).trim();
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown capture: the title, source, tags and summary from a web clipper's frontmatter where it has one, else
 * its first heading (or first line) is the title; the rest is kept as written.
 */
function importMarkdown(capture: string): NewNote | { error: string } {
  const frontmatter = FRONTMATTER.exec(capture);
  const clipped = frontmatter ? readClipperFrontmatter(frontmatter[1] ?? '') : { tags: [] };
  if ('error' in clipped) return clipped;
  const text = frontmatter ? capture.slice(frontmatter[0].length) : capture;
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  const heading = (lines[first] ?? '').replace(/^#{1,6}\s+/, '').trim();
  // The clipper's title stands for the heading, which is dropped when it repeats it.
  const title = clipped.title ?? heading;
  const startsWithTitle = !clipped.title || heading === clipped.title;
  const body = lines
    .slice(startsWithTitle ? first + 1 : first)
    .join('\n')
    .trim();
  if (!title) return { error: 'the file has no text in it' };
  if (!body) return { error: 'the file has a title but no article text after it' };
  const safe = withoutUnsafeLinks(body);
  const notices =
    safe.removed > 0
      ? [`${safe.removed} link(s) or image(s) that run code or carry their own content were kept as text`]
      : [];
  return {
    title,
    source: { author: clipped.author, url: clipped.url, published: clipped.published },
    summary: clipped.summary,
    tags: clipped.tags,
    body: safe.markdown,
    cut: [],
    notices,
  };
}

/** Decodes a file as UTF-8 text, refusing what is not text. */
function decode(bytes: Uint8Array): string | { error: string } {
  if (bytes.includes(0)) return { error: 'this is not a text file (it has NUL bytes): save the page as HTML or text' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { error: 'this file is not UTF-8 text: save the page as HTML or text' };
  }
}

/**
 * A capture's bytes, read from its file within the cap a fetched page has: a file larger than it is refused from
 * its size, before it is read (a much larger page ran out of stack after minutes), and one that
 * grows while it is read is refused when it passes the cap.
 */
export function readCaptureFile(
  path: string,
  maxBytes: number = DEFAULT_LIMITS.maxBytes,
): { bytes: Uint8Array } | { error: string } {
  const tooLarge = { error: `the page is larger than ${megabytes(maxBytes)}: save the article alone, or as text` };
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { error: 'this is a folder, not a saved page' };
    if (stats.size > maxBytes) return tooLarge;
    // At most one byte past the cap is read, from a file whose size says nothing (a pipe) as from any other.
    const buffer = Buffer.allocUnsafe(maxBytes + 1);
    let size = 0;
    for (let read = 1; read > 0 && size < buffer.length; size += read)
      read = readSync(fd, buffer, size, buffer.length - size, null);
    if (size > maxBytes) return tooLarge;
    return { bytes: buffer.subarray(0, size) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The most text a note is made of, in characters: the note's check (the site's renderer and anchoring) costs
 * gigabytes on a page of one very long paragraph (CHANGELOG.md). A long article is 50,000 to 200,000 characters, a book 1 to 2 million.
 */
export const MAX_TEXT = 2_000_000;

/** Reads a capture by its kind, from its name: `.html`/`.htm`, `.txt` or `.md`. */
export async function importCapture(
  name: string,
  bytes: Uint8Array,
  address?: string,
): Promise<NewNote | { error: string }> {
  const note = await importByKind(name, bytes, address);
  if ('body' in note && note.body.length > MAX_TEXT)
    return {
      error: `the article is ${note.body.length.toLocaleString('en-US')} characters long; Gloss imports articles of at most ${MAX_TEXT.toLocaleString('en-US')}: cut the capture to the article and try again`,
    };
  return note;
}

async function importByKind(name: string, bytes: Uint8Array, address?: string): Promise<NewNote | { error: string }> {
  const kind = /\.(html?|txt|md|markdown)$/i.exec(name)?.[1]?.toLowerCase();
  if (!kind) return { error: 'the file must be a saved web page (.html), plain text (.txt) or Markdown (.md)' };
  const text = decode(bytes);
  if (typeof text !== 'string') return text;
  if (text.trim() === '') return { error: 'the file is empty' };
  if (kind !== 'html' && kind !== 'htm') {
    // A text is bounded as a page is, by its blocks: each line may be a paragraph, and every paragraph costs the
    // Markdown writer and the note's check time and memory (260,000 lines ran for minutes).
    let lines = 0;
    for (const line of text.split('\n')) if (line.trim() !== '') lines++;
    if (lines > PAGE_LIMITS.elements)
      return {
        error: `the text has ${lines.toLocaleString('en-US')} lines; Gloss imports texts of at most ${PAGE_LIMITS.elements.toLocaleString('en-US')}: cut the capture to the article and try again`,
      };
  }
  if (kind === 'md' || kind === 'markdown') return importMarkdown(text);
  if (kind === 'txt') {
    const imported = importPlainText(text);
    if ('error' in imported) return imported;
    const body = paragraphsAsMarkdown(imported.paragraphs, imported.listItems);
    return { title: imported.title, source: {}, body, cut: imported.cut };
  }
  const page = await importWebPage(text, address);
  if ('error' in page) return page;
  const { title, markdown, notices, language, cut, ...source } = page;
  return { title, language, source, body: markdown, cut, notices };
}

/** The note file: its frontmatter (title and source only, no annotations yet) and its text. */
export function noteFileText(note: NewNote): string {
  const source = Object.fromEntries(Object.entries(note.source).filter(([, value]) => value !== undefined));
  const frontmatter = new Document({
    title: note.title,
    ...(note.language ? { language: note.language } : {}),
    ...(Object.keys(source).length > 0 ? { source } : {}),
    ...(note.summary ? { summary: note.summary } : {}),
    ...(note.tags && note.tags.length > 0 ? { tags: note.tags } : {}),
  });
  return `---\n${frontmatter.toString({ lineWidth: 0 })}---\n\n${note.body}\n`;
}
