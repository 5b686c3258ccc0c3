/**
 * Each note as Markdown (`/notes/<slug>.md`), read as Obsidian would: its frontmatter as YAML, its text by remark
 * with GFM and @r4ai/remark-callout (Obsidian's callouts), every annotation a callout with its block id, and every
 * block link (`[[#^id]]`) landing on one; the links back to the site land on the passage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkCallout from '@r4ai/remark-callout';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import type { Blockquote, Link, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { notesIn } from '../notes.ts';
import { testSite } from '../support/test-sites.ts';
import { builtPage } from '../support/built-page.ts';

const notes = notesIn();

/** The text of a Markdown node, as a reader reads it. */
function toString(node: RootContent | Root | undefined): string {
  const parts: string[] = [];
  if (node)
    visit(node, (child) => {
      if (child.type === 'text' || child.type === 'inlineCode') parts.push(child.value);
    });
  return parts.join('');
}
const SITE = 'https://gloss.example.org';

function exportOf(slug: string) {
  const text = readFileSync(join(testSite('site').out, 'notes', `${slug}.md`), 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCallout);
  const tree = processor.runSync(processor.parse(body ?? '')) as Root;
  return { text, frontmatter: parseYaml(yaml ?? '') as Record<string, unknown>, body: body ?? '', tree };
}

const isCallout = (node: RootContent): node is Blockquote =>
  node.type === 'blockquote' && Boolean((node.data?.hProperties as { dataCallout?: boolean } | undefined)?.dataCallout);

describe.each(notes)('the Markdown of $slug', ({ slug, note, annotations }) => {
  const { frontmatter, body, tree } = exportOf(slug);

  test('has each annotation as a callout, right before a line with its block id', () => {
    const callouts: Array<[title: string, blockId: string]> = [];
    tree.children.forEach((node, index) => {
      if (!isCallout(node)) return;
      const next = tree.children[index + 1];
      callouts.push([toString(node.children[0]), next?.type === 'paragraph' ? toString(next) : '']);
    });
    expect(callouts.map(([, blockId]) => blockId).sort()).toEqual(annotations.map(({ id }) => `^${id}`).sort());
    for (const [title] of callouts) expect(title).not.toBe('');
  });

  test('links every block link to a block id it has, once each', () => {
    const ids = [...body.matchAll(/^\^([a-z0-9-]+)$/gm)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = [...body.matchAll(/\[\[#\^([^\]|]+)(?:\|[^\]]*)?\]\]/g)].map((match) => match[1]);
    expect(targets.sort()).toEqual(annotations.map(({ id }) => id).sort());
    for (const target of targets) expect(ids).toContain(target);
  });

  test('links each callout back to its passage on the site, at an absolute address that lands on it', () => {
    const pageIds = new Set(
      selectAll('[id]', builtPage(testSite('site').out, `notes/${slug}`)).map((node) =>
        String((node as Element).properties['id']),
      ),
    );
    const links: string[] = [];
    for (const node of tree.children.filter(isCallout))
      visit(node, 'link', (link: Link) => {
        if (link.url.startsWith(`${SITE}/notes/${slug}/#`)) links.push(link.url);
      });
    expect(links).toHaveLength(annotations.length);
    for (const link of links) expect(pageIds).toContain(new URL(link).hash.slice(1));
  });

  test('gives the note, its source, its parties and its dates in the frontmatter', () => {
    expect(frontmatter).toMatchObject({ title: note.title, note: `${SITE}/notes/${slug}/` });
    expect(frontmatter['parties']).toEqual(note.parties.map((party) => party.name));
    expect(frontmatter['dates']).toHaveLength(note.dates.length);
    expect(String(frontmatter['created'])).toMatch(/^20\d\d-\d\d-\d\dT/);
  });

  test('leaves the page’s margin notes, markers and hidden words out of the text', () => {
    const text = tree.children
      .filter((node) => !isCallout(node))
      .map((node) => toString(node))
      .join('\n');
    expect(text).not.toMatch(
      /link to this passage|Note on |In the original|Link to this section|In all notes|In the timeline/,
    );
  });
});

test('the Markdown of the crowded paragraph: its source in the frontmatter, its text as the page reads', () => {
  const { frontmatter, tree } = exportOf('crowded-paragraph');
  expect(frontmatter).toMatchObject({
    source: 'https://example.org/chips/crowded-quarter',
    publisher: 'Test Wire',
    published: '2024-03-15',
    archived: 'https://web.archive.org/web/20240316101500/https://example.org/chips/crowded-quarter',
    'archived-on': '2024-03-16T10:15:00Z',
    parties: ['Lumen Chips', 'Ada Okafor', 'Harbor Fund', 'The new plant'],
  });
  const paragraph = tree.children.find((node) => node.type === 'paragraph' && toString(node).startsWith('Lumen'));
  expect(toString(paragraph as RootContent)).toBe(
    'Lumen Chips closed its books in February with $2.4 billion in revenue, Ada Okafor said, and the plant it ' +
      'opened last year now makes 40 percent of its output. The company hired 1,200 engineers, and the Harbor ' +
      "Fund holds a stake. Lumen's results came in February, as planned.",
  );
  const callout = tree.children.filter(isCallout)[0] as Blockquote;
  expect(toString(callout.children[0])).toBe('Lumen Chips (organization)');
});
