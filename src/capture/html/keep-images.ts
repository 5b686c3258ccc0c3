/**
 * A new note's images kept as files beside it: each image its Markdown names (an address, or a path beside the
 * capture, as a page saved "complete" names its `<name>_files/`) is fetched or read, within limits, checked to be
 * an image by its first bytes, and named `./<slug>/<name>` in the text, where the site's image pipeline publishes
 * it. One that cannot be kept is left out of the text, alt text and all, and said in one line.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Image, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { IMAGE_LIMITS, imageTypeOf, type fetchImage } from '../fetch/fetch-image.ts';
import { megabytes } from '../fetch/fetch-page.ts';

export interface ImageSources {
  /** The folder of the capture file, for the paths a saved page or a clipper's Markdown gives. */
  folder?: string | undefined;
  /** The page's address, for the paths that are not beside the capture. */
  address?: string | undefined;
  /** How images on the web are fetched (`fetchImage`), for a page fetched by its address; none are otherwise. */
  fetch?: typeof fetchImage | undefined;
}

export interface KeptImages {
  markdown: string;
  /** The files to write beside the note, by name. */
  files: Array<{ name: string; bytes: Uint8Array }>;
  /** One line per image left out. */
  notices: string[];
}

const stringify = unified().use(remarkStringify);

/** A file name of the image's own, in safe letters, with the extension of its type. */
function nameOf(url: string, extension: string, taken: Set<string>): string {
  const last = basename(url.split(/[?#]/)[0] ?? '').replace(/\.[a-z0-9]+$/i, '');
  const stem =
    last
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'image';
  let name = `${stem}.${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.${extension}`;
  taken.add(name);
  return name;
}

/** The image's bytes, from beside the capture or from its address; or why not. */
async function bytesOf(url: string, sources: ImageSources): Promise<Uint8Array | { error: string }> {
  const remote = /^https?:\/\//i.test(url);
  if (!remote && /^[a-z][a-z0-9+.-]*:/i.test(url)) return { error: 'its address is not http(s) or a file' };
  // A path from the site's root ("/pics/a.png") is the site's, never the capture folder's.
  if (!remote && !url.startsWith('/') && sources.folder !== undefined) {
    let path = url;
    try {
      path = decodeURI(url.split(/[?#]/)[0] ?? url);
    } catch {
      // As written.
    }
    const file = resolve(sources.folder, path);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isFile()) {
      if (stats.size > IMAGE_LIMITS.maxBytes) return { error: `it is larger than ${megabytes(IMAGE_LIMITS.maxBytes)}` };
      return readFileSync(file);
    }
  }
  const address = remote
    ? url
    : sources.address && URL.canParse(url, sources.address)
      ? new URL(url, sources.address).href
      : undefined;
  if (!address) return { error: "it is not beside the capture, and the page's address is not known" };
  if (!sources.fetch)
    return {
      error:
        'it is on the web, and a saved capture keeps only the images saved with it (import the page by its address to fetch them)',
    };
  const fetched = await sources.fetch(address);
  return 'error' in fetched ? fetched : fetched.bytes;
}

/** Keeps the images of `markdown` for a note whose page is `slug`. Images are read one after the other. */
export async function keepImages(markdown: string, slug: string, sources: ImageSources = {}): Promise<KeptImages> {
  const images: Image[] = [];
  visit(fromMarkdown(markdown), (node: Nodes) => {
    if (node.type === 'image' && node.position) images.push(node);
  });
  const files: KeptImages['files'] = [];
  const notices: string[] = [];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const taken = new Set<string>();
  let total = 0;
  for (const image of images) {
    const start = image.position?.start.offset ?? 0;
    const end = image.position?.end.offset ?? 0;
    const bytes = await bytesOf(image.url, sources);
    const type = 'error' in bytes ? undefined : imageTypeOf(bytes);
    let reason =
      'error' in bytes ? bytes.error : type ? undefined : 'it is not an image (PNG, JPEG, GIF, WebP, AVIF or SVG)';
    if (!reason && !('error' in bytes) && total + bytes.byteLength > IMAGE_LIMITS.maxTotalBytes)
      reason = `the note's images would pass ${megabytes(IMAGE_LIMITS.maxTotalBytes)}`;
    if (reason || 'error' in bytes || !type) {
      notices.push(`image ${image.url} left out: ${reason}`);
      edits.push({ start, end, text: '' });
      continue;
    }
    total += bytes.byteLength;
    const name = nameOf(image.url, type, taken);
    files.push({ name, bytes });
    const kept: Image = { type: 'image', url: `./${slug}/${name}`, alt: image.alt, title: image.title };
    const text = stringify.stringify({ type: 'root', children: [{ type: 'paragraph', children: [kept] }] }).trim();
    edits.push({ start, end, text });
  }
  let result = markdown;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + text + result.slice(end);
  return { markdown: result.replace(/\n{3,}/g, '\n\n').trim(), files, notices };
}
