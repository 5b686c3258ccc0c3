import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { missingNotePages } from '../../src/site/missing-note-pages.ts';

test('every note without its reader page in a built site is named, a moved note’s old page not counting', () => {
  const root = mkdtempSync(join(tmpdir(), 'gloss-published-'));
  const notes = join(root, 'notes');
  mkdirSync(notes);
  for (const name of ['Kept Note.md', 'lost.md', 'moved.md']) writeFileSync(join(notes, name), '');
  const page = (slug: string, html: string): void => {
    mkdirSync(join(root, 'site/notes', slug), { recursive: true });
    writeFileSync(join(root, 'site/notes', slug, 'index.html'), html);
  };
  page('kept-note', '<article class="note" data-pagefind-body>');
  page('moved', '<article class="moved"><h1>This note has moved</h1>');
  expect(missingNotePages(notes, join(root, 'site')).map((file) => file.split('/').at(-1))).toEqual([
    'lost.md',
    'moved.md',
  ]);
});
