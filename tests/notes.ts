/** The site's notes as the tests see them: every note of a folder, parsed by the site's own schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { pageSlugOf } from '../src/lib/page-slug.ts';
import { annotationsOf, noteSchema, type Annotation, type Note } from '../src/schemas/note.ts';

export interface TestNote {
  slug: string;
  note: Note;
  annotations: Annotation[];
}

export function notesIn(folder = 'content/notes'): TestNote[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const note = noteSchema.parse(parseFrontmatter(readFileSync(join(folder, name), 'utf8')).frontmatter);
      return { slug: pageSlugOf(name), note, annotations: annotationsOf(note) };
    });
}
