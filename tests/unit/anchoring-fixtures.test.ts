/**
 * Fixture tests for the annotation plugin, through the site's real Markdown pipeline: each folder under
 * tests/fixtures/anchoring holds `input.md` and the `output.html` it must render to. Run with
 * UPDATE_FIXTURES=1 to write the outputs anew, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { createNoteRenderer } from '../../src/markdown/pipeline.ts';

const FIXTURES = 'tests/fixtures/anchoring';
const renderer = await createNoteRenderer();

describe('the annotation plugin renders each fixture as recorded', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name.replaceAll('-', ' '), async () => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
      const { code } = await renderer.render(content, { frontmatter });
      const expected = join(FIXTURES, name, 'output.html');
      if (process.env['UPDATE_FIXTURES'] || !existsSync(expected)) writeFileSync(expected, `${code}\n`);
      expect(`${code}\n`).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
