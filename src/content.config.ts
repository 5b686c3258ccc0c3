import { defineCollection } from 'astro:content';
import { site } from 'virtual:gloss/options';
import { notesLoader } from './loading/notes-loader.ts';
import { noteSchema } from './schemas/note.ts';

const notes = defineCollection({
  // The loader checks and renders each note in one pass; it keeps the rendered note, not the Markdown.
  loader: notesLoader(site.options.notes, site),
  // The loader stores what this schema gave; Astro takes the entries' types from it.
  schema: noteSchema,
});

export const collections = { notes };
