/**
 * A note as one Markdown file for Obsidian and other note-taking tools (`/notes/<slug>.md`): its source, dates and
 * parties in the frontmatter, its text as the page shows it, and each annotation as an Obsidian callout right after
 * the block that holds its passage (where the page puts its margin note), with a block id (`^<id>`) that the list
 * at the top links to (`[[#^<id>]]`) and a link back to its passage on the site.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { stringify as toYaml } from 'yaml';
import { annotationsOf, type Annotation, type Note } from '../schemas/note.ts';
import { formatDate } from '../values/format-date.ts';
import { formatFigure } from '../values/format-figure.ts';
import type { SiteWords } from '../words/site-words.ts';

export interface NoteMarkdownInput {
  note: Note;
  /** The note's text rendered, its passages marked and its margin notes in place (the loader's record). */
  html: string;
  /** Each passage's words as the page has them, by annotation id. */
  passages: Readonly<Record<string, string>>;
  /** Absolute addresses of the note's page and of each passage on it. */
  at: { page: string; passage: (id: string) => string };
  /** When the note was first published and last changed, when git knows. */
  dates?: { created: string; modified: string } | undefined;
  /** The site's own words. */
  words: SiteWords;
}

const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** Text written so that Markdown reads it back as the same text (its `*`, `_`, `[`… escaped), on one line. */
const inline = (text: string): string =>
  markdown
    .stringify({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })
    .trim();

/**
 * What of the page is not the text: its margin notes and their markers (`aside`, and anything of the `gloss-*`
 * classes, wherever the page puts them) and what only screen readers or only the eye get (a heading's link).
 */
function isPageFurniture({ tagName, properties }: Element): boolean {
  const classes = Array.isArray(properties['className']) ? properties['className'].map(String) : [];
  return (
    tagName === 'aside' ||
    classes.some((name) => name.startsWith('gloss') || name === 'visually-hidden') ||
    properties['ariaHidden'] === 'true' ||
    properties['dataFor'] !== undefined
  );
}

/**
 * The block without the page's furniture, taken out in place: the tree is parsed for this export alone, so it
 * needs no copy (copying every block was most of the export's time: CHANGELOG.md).
 */
function textOf(block: Element): Element {
  visit(block, 'element', (node: Element, index, parent) => {
    if (parent && index !== undefined && isPageFurniture(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return block;
}

/** Passages and mentions are the text's own words once out of the page; links to places on the page go too. */
const handlers: Record<string, Handle> = {
  mark: (state, node: Element) => state.all(node),
  a: (state, node: Element) =>
    String(node.properties['href'] ?? '').startsWith('#') ? state.all(node) : defaultHandlers.a(state, node),
  // The note's own image as its Markdown names it (the record keeps it for Astro's image pipeline).
  img: (state, node: Element) => {
    const astro = node.properties['__astro_image_'] ?? node.properties['__ASTRO_IMAGE_'];
    if (typeof astro !== 'string') return defaultHandlers.img(state, node);
    const { src, alt } = JSON.parse(astro) as { src: string; alt?: string };
    return { type: 'image', url: src, alt: alt ?? '' };
  },
};

const blockToMarkdown = (block: Element): string =>
  markdown.stringify(toMdast({ type: 'root', children: [textOf(block)] }, { handlers }) as MdastRoot).trim();

/** An annotation's headline: the party's name and kind, the date or the figure in words. */
function headlineOf(annotation: Annotation, WORDS: SiteWords): string {
  switch (annotation.type) {
    case 'party':
      return `${annotation.name} (${WORDS.kinds[annotation.kind]})`;
    case 'date':
      return formatDate(annotation.date, WORDS.dates, { approximate: annotation.approximate });
    case 'figure':
      return formatFigure(annotation, WORDS.locale);
  }
}

/** The annotation as an Obsidian callout, then its block id on a line of its own, as Obsidian wants after a quote. */
function callout(annotation: Annotation, words: string | undefined, permalink: string, WORDS: SiteWords): string {
  const said =
    annotation.type === 'party' ? [annotation.role] : [annotation.label, annotation.basis && `${annotation.basis}`];
  const paragraphs = [
    ...said.filter((text): text is string => Boolean(text)).map(inline),
    // The author's comment is inline Markdown already.
    ...(annotation.note ? [annotation.note] : []),
    `${words ? `“${inline(words)}” · ` : ''}[${inline(WORDS.annotation.readInContext)}](${permalink})`,
  ];
  const body = paragraphs.flatMap((paragraph, index) => [...(index > 0 ? ['>'] : []), `> ${paragraph}`]);
  return [`> [!note] ${inline(headlineOf(annotation, WORDS))}`, ...body, '', `^${annotation.id}`].join('\n');
}

/** A wikilink's shown text cannot hold `|`, `[` or `]`. */
const linkText = (text: string): string => text.replace(/\|/g, '/').replace(/\[/g, '(').replace(/\]/g, ')');

const isElement = (node: ElementContent | HastRoot['children'][number]): node is Element => node.type === 'element';

export function noteMarkdown({ note, html, passages, at, dates, words: WORDS }: NoteMarkdownInput): string {
  const annotations = annotationsOf(note);
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const { source } = note;
  const archived = source?.archived;
  const frontmatter = {
    title: note.title,
    ...(source?.url ? { source: source.url } : {}),
    ...(source?.publisher ? { publisher: source.publisher } : {}),
    ...(source?.author ? { author: source.author } : {}),
    ...(source?.published ? { published: source.published.iso } : {}),
    ...(archived ? { archived: archived.url, 'archived-on': archived.date } : {}),
    note: at.page,
    ...(dates ? { created: dates.created, modified: dates.modified } : {}),
    ...(note.language ? { language: note.language } : {}),
    ...(note.tags.length > 0 ? { tags: note.tags } : {}),
    ...(note.parties.length > 0 ? { parties: note.parties.map((party) => party.name) } : {}),
    ...(note.dates.length > 0
      ? { dates: note.dates.map((date) => `${date.date.iso} ${date.label ?? `“${date.quote}”`}`) }
      : {}),
    ...(note.figures.length > 0
      ? { figures: note.figures.map((f) => `${f.value} ${f.unit} ${f.label ?? `“${f.quote}”`}`) }
      : {}),
    ...(note.summary ? { summary: note.summary } : {}),
  };

  const index = annotations.map((annotation) => {
    const detail = annotation.type === 'party' ? annotation.role : annotation.label;
    const text = `${headlineOf(annotation, WORDS)}${detail ? `${WORDS.colon}${detail}` : ''}`;
    return `- [[#^${annotation.id}|${linkText(text)}]]`;
  });

  // Each annotation's callout follows the block of the text that holds its passage (its <mark>).
  const body = unified().use(rehypeParse, { fragment: true }).parse(html);
  const blocks = body.children
    .filter(isElement)
    .filter((block) => !isPageFurniture(block))
    .map((block) => {
      const ids: string[] = [];
      visit(block, 'element', (node: Element) => {
        const id = node.properties['id'];
        if (node.tagName === 'mark' && typeof id === 'string' && byId.has(id)) ids.push(id);
      });
      const callouts = ids.map((id) => callout(byId.get(id) as Annotation, passages[id], at.passage(id), WORDS));
      return [blockToMarkdown(block), ...callouts].filter(Boolean).join('\n\n');
    });

  return (
    [
      `---\n${toYaml(frontmatter, { lineWidth: 0 })}---`,
      `# ${inline(note.title)}`,
      ...(index.length > 0 ? [`## ${inline(WORDS.note.overview)}`, index.join('\n')] : []),
      ...blocks.filter(Boolean),
    ].join('\n\n') + '\n'
  );
}
