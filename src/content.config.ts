import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { NOTES_FOLDER } from './settings.ts';
import { noteSchema } from './schemas/note.ts';

const notes = defineCollection({
  // The rendered note is all the pages use; keeping the Markdown too would only grow the content store.
  loader: glob({ pattern: '*.md', base: NOTES_FOLDER, retainBody: false }),
  schema: noteSchema,
});

export const collections = { notes };
