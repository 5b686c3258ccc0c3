/** Lists a folder's note files: apart from the checker, so that a build's first step imports little. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
