/**
 * Fixture tests for the annotation plugin, through the site's real reader and Markdown pipeline: each folder
 * under tests/fixtures/anchoring holds `input.md` and the `output.html` it must render to. Vitest's file
 * snapshots: `npx vitest run --project unit -u` writes the outputs anew, then read the diff. The margin notes are in their places, as the
 * reader page has them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { readNote } from '../../src/check/read-note.ts';
import { createNoteRenderer, renderNote } from '../../src/markdown/pipeline.ts';
import { annotationsOf, noteSchema } from '../../src/schemas/note.ts';
import { defaultSite } from '../support/default-site.ts';

const FIXTURES = 'tests/fixtures/anchoring';
const renderer = await createNoteRenderer(defaultSite);

describe('the annotation plugin renders each fixture as recorded', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name.replaceAll('-', ' '), async () => {
      const input = join(FIXTURES, name, 'input.md');
      const file = readNote(input, readFileSync(input, 'utf8'));
      const note = noteSchema.parse(file.data);
      const { html, anchoring } = await renderNote(renderer, file.body, annotationsOf(note), { slug: name });
      expect(anchoring.problems).toEqual([]);
      // Relative to this file, as Vitest reads a file snapshot's path.
      await expect(`${html}\n`).toMatchFileSnapshot(join('..', '..', FIXTURES, name, 'output.html'));
    });
  }
});

describe('every link within a fixture lands on an element of it', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name.replaceAll('-', ' '), () => {
      const page = fromHtml(readFileSync(join(FIXTURES, name, 'output.html'), 'utf8'), { fragment: true });
      const ids = new Set(selectAll('[id]', page).map((element) => String(element.properties['id'])));
      const targets = selectAll('a[href^="#"]', page).map((link) => String(link.properties['href']).slice(1));
      expect(targets.filter((target) => !ids.has(decodeURIComponent(target)))).toEqual([]);
    });
  }
});
