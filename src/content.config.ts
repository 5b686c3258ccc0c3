import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { NOTES_FOLDER } from './settings.ts';
import { noteSchema } from './schemas/note.ts';

const notes = defineCollection({
  loader: glob({ pattern: '*.md', base: NOTES_FOLDER }),
  schema: noteSchema,
});

export const collections = { notes };
