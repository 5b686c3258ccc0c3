/**
 * Fixture tests for the annotation plugin, through the site's real Markdown pipeline: each folder under
 * tests/fixtures/anchoring holds `input.md` and the `output.html` it must render to. Run with
 * UPDATE_FIXTURES=1 to write the outputs anew, then read the diff. The margin notes are put in their places as
 * the reader page does.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { withMarginNotes } from '../../src/markdown/margin-slots.ts';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';
import { noteSchema } from '../../src/schemas/note.ts';

const FIXTURES = 'tests/fixtures/anchoring';
const renderer = await createNoteRenderer();

describe('the annotation plugin renders each fixture as recorded', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name.replaceAll('-', ' '), async () => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
      const rendered = await renderer.render(content, { frontmatter });
      const code = withMarginNotes(rendered.code, noteSchema.parse(frontmatter), { slug: name });
      const expected = join(FIXTURES, name, 'output.html');
      if (process.env['UPDATE_FIXTURES'] || !existsSync(expected)) writeFileSync(expected, `${code}\n`);
      expect(`${code}\n`).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
