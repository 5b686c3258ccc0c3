/**
 * The frontmatter a web clipper writes above a Markdown capture (the Obsidian Web Clipper, MarkDownload): the
 * title, the page's address (`source`, `url` or `link`), its author, when it was published (or else clipped), its
 * tags and description. Read into a new note's title, source, tags and summary; a frontmatter that already holds
 * annotations is a note, not a capture.
 */
import { parseDocument } from 'yaml';
import { parsePartialDate } from '../values/partial-date.ts';

export interface ClippedMetadata {
  title?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
  tags: string[];
  summary?: string | undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/** A clipper's author, `"[[Jane Doe]]"` as Obsidian links it, or a list of them. */
function authorOf(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value])
    .map(text)
    .filter((name): name is string => name !== undefined)
    .map((name) => name.replace(/^\[\[(.*)\]\]$/, '$1').trim());
  return names.length > 0 ? names.join(', ') : undefined;
}

/** The date part of an ISO 8601 date or date-time, at the precision it gives. */
function dateOf(value: unknown): string | undefined {
  const found = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(text(value) ?? (value instanceof Date ? value.toISOString() : ''));
  return found && !('error' in parsePartialDate(found[0])) ? found[0] : undefined;
}

function httpUrlOf(value: unknown): string | undefined {
  try {
    const url = new URL(text(value) ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Tools' own tags, not the article's. */
const TOOL_TAGS = new Set(['clippings', 'clipping', 'web-clip', 'webclip']);

export function readClipperFrontmatter(yaml: string): ClippedMetadata | { error: string } {
  const document = parseDocument(yaml, { schema: 'core' });
  if (document.errors.length > 0)
    return { error: `its frontmatter is not valid YAML: ${document.errors[0]?.message.split('\n')[0] ?? ''}` };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch {
    return { error: 'its frontmatter repeats values through aliases beyond reason' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { tags: [] };
  const fields = data as Record<string, unknown>;
  if (['parties', 'dates', 'figures'].some((key) => key in fields))
    return { error: 'this Markdown file is a note already (its frontmatter has annotations)' };
  const tags = (Array.isArray(fields['tags']) ? fields['tags'] : [fields['tags']])
    .map(text)
    .filter((tag): tag is string => tag !== undefined && !TOOL_TAGS.has(tag.toLowerCase()));
  return {
    title: text(fields['title']),
    url: httpUrlOf(fields['source']) ?? httpUrlOf(fields['url']) ?? httpUrlOf(fields['link']),
    author: authorOf(fields['author'] ?? fields['authors'] ?? fields['byline']),
    published: dateOf(fields['published']) ?? dateOf(fields['date']) ?? dateOf(fields['created']),
    tags,
    summary: text(fields['description']) ?? text(fields['excerpt']),
  };
}
