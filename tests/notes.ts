/** Notes as the tests see them: every note of a folder, read and parsed by the site's own reader and schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageSlugOf } from '../src/site/page-slug.ts';
import { readNote } from '../src/check/read-note.ts';
import { annotationsOf, noteSchema, type Annotation, type Note } from '../src/schemas/note.ts';
import { SITE_NOTES } from './paths.ts';

export interface TestNote {
  slug: string;
  note: Note;
  annotations: Annotation[];
}

export function notesIn(folder = SITE_NOTES): TestNote[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const note = noteSchema.parse(readNote(path, readFileSync(path, 'utf8')).data);
      return { slug: pageSlugOf(name), note, annotations: annotationsOf(note) };
    });
}
