/** `npm run check:notes`: every note of a folder checked on its own, then together. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createNoteRenderer } from '../markdown/pipeline.ts';
import { checkAcrossNotes, type CheckOptions } from './check-across-notes.ts';
import { noteChecker, type CheckedNote } from './check-note.ts';
import { noteFilesIn } from './note-files.ts';
import type { CheckResult } from './report.ts';

export async function checkNotes(folder: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = options.root ?? process.cwd();
  const check = noteChecker(await createNoteRenderer());
  const notes: CheckedNote[] = [];
  for (const path of noteFilesIn(folder)) notes.push(await check(relative(root, path), readFileSync(path, 'utf8')));
  return checkAcrossNotes(notes, { ...options, root });
}
