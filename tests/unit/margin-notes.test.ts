/**
 * The margin notes plugin on its own options, through the site's real pipeline: it writes in the words it is given,
 * links to the site's pages only when given the site's addresses, numbers each note as its passage's mark, and
 * leaves a note that could not be anchored as it was.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readNote } from '../../src/check/read-note.ts';
import { createNoteRenderer, renderNote } from '../../src/markdown/pipeline.ts';
import { annotationsOf, noteSchema } from '../../src/schemas/note.ts';
import { siteLinks } from '../../src/site/site-links.ts';
import { defaultSite } from '../support/default-site.ts';

const NOTE = `---
title: Two parties
parties:
  - id: openai
    name: OpenAI
    kind: organization
    quote: OpenAI
  - id: google
    name: Google
    kind: organization
    quote: Google
---

OpenAI signed with Google.
`;

const render = async (markdown: string, links?: ReturnType<typeof siteLinks>) => {
  const file = readNote('two-parties.md', markdown);
  const annotations = annotationsOf(noteSchema.parse(file.data));
  return renderNote(await createNoteRenderer(defaultSite, links), file.body, annotations, { slug: 'deal' });
};

const hrefsOf = (html: string): string[] =>
  selectAll('.gloss-links a', fromHtml(html, { fragment: true })).map((link) => String(link.properties['href']));

describe('rehypeMarginNotes', () => {
  test('links a note only to its passage when it is given no addresses (the default)', async () => {
    const { html } = await render(NOTE);
    expect(html).toContain('class="gloss gloss-party"');
    expect(hrefsOf(html)).toEqual([]);
  });

  test('links a note to its share page and its party page with the addresses it is given', async () => {
    const { html } = await render(NOTE, siteLinks('/base/', { annotationPages: true }));
    expect(hrefsOf(html)).toEqual([
      '/base/notes/deal/openai/',
      '/base/parties/openai/',
      '/base/notes/deal/google/',
      '/base/parties/google/',
    ]);
  });

  test("numbers each note as its passage's mark is numbered in its block", async () => {
    const page = fromHtml((await render(NOTE)).html, { fragment: true });
    const numbers = (selector: string) =>
      selectAll(selector, page).map((node) => [
        node.properties['dataFor'] ?? node.properties['id'],
        node.properties['dataN'],
      ]);
    expect(numbers('mark')).toEqual([
      ['openai', '1'],
      ['google', '2'],
    ]);
    expect(numbers('.gloss')).toEqual([
      ['openai', '1'],
      ['google', '2'],
    ]);
  });

  test('leaves the text as it was when an annotation cannot be anchored', async () => {
    const { html, anchoring } = await render(NOTE.replace('quote: Google', 'quote: Microsoft'));
    expect(anchoring.problems).not.toEqual([]);
    expect(html).toBe('<p>OpenAI signed with Google.</p>');
  });
});
