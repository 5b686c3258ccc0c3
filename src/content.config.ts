import { defineCollection } from 'astro:content';
import { notesLoader } from './loading/notes-loader.ts';
import { NOTES_FOLDER } from './settings.ts';
import { noteSchema } from './schemas/note.ts';

const notes = defineCollection({
  // The loader checks and renders each note in one pass; it keeps the rendered note, not the Markdown.
  loader: notesLoader(NOTES_FOLDER),
  // The loader stores what this schema gave; Astro takes the entries' types from it.
  schema: noteSchema,
});

export const collections = { notes };
