/**
 * The bench's working folder, filled afresh: the synthetic notes, with and without annotations, and the plain Astro
 * sites over them.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePlainAstroSite } from './plain-astro.ts';
import { syntheticNote } from './synthetic-notes.ts';

/** Writes `count` notes into `work` and returns how many annotations they hold. */
export function writeNotes(work: string, count: number): number {
  // Everything but the results of earlier runs.
  if (existsSync(work))
    for (const entry of readdirSync(work))
      if (entry !== 'results') rmSync(join(work, entry), { recursive: true, force: true });
  mkdirSync(join(work, 'notes-annotated'), { recursive: true });
  mkdirSync(join(work, 'notes-plain'), { recursive: true });
  let annotations = 0;
  for (let i = 0; i < count; i++) {
    const note = syntheticNote(i);
    writeFileSync(join(work, 'notes-annotated', `note-${i}.md`), note.annotated);
    writeFileSync(join(work, 'notes-plain', `note-${i}.md`), note.plain);
    annotations += note.annotations;
  }
  writePlainAstroSite(join(work, 'plain-astro'), join(work, 'notes-plain'), 'default');
  writePlainAstroSite(join(work, 'plain-unified'), join(work, 'notes-plain'), 'unified');
  return annotations;
}
