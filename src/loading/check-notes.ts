/** `npm run check:notes`: every note of a folder checked on its own, then together. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createNoteRenderer } from '../markdown/pipeline.ts';
import { checkAcrossNotes, type CheckOptions } from './check-across-notes.ts';
import { noteChecker, type CheckedNote } from './check-note.ts';
import type { CheckResult } from './report.ts';

/** The `*.md` notes of a folder, in a stable order. */
export function noteFilesIn(folder: string): string[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    // Said in one line, without a stack: the folder is a setting, not a fault in the code.
    const error = new Error(
      `Gloss: there is no notes folder at ${folder}. Create it, or set GLOSS_NOTES to the folder that holds the notes.`,
    );
    error.stack = '';
    throw error;
  }
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort()
    .map((name) => join(folder, name));
}

export async function checkNotes(folder: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = options.root ?? process.cwd();
  const check = noteChecker(await createNoteRenderer());
  const notes: CheckedNote[] = [];
  for (const path of noteFilesIn(folder)) notes.push(await check(relative(root, path), readFileSync(path, 'utf8')));
  return checkAcrossNotes(notes, { ...options, root });
}
