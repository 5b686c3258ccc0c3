/** `npm run check:notes`: every note of a folder checked on its own, then together. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createNoteRenderer } from '../markdown/pipeline.ts';
import { checkAcrossNotes } from './check-across-notes.ts';
import { noteChecker, type CheckedNote } from './check-note.ts';
import { lockPathOf } from '../loading/links-lock.ts';
import { noteFilesIn } from '../loading/note-files.ts';
import type { CheckResult } from './report.ts';
import type { Site } from '../options/site.ts';

export async function checkNotes(
  folder: string,
  site: Site,
  /** `lock`: the record of published links, null for none; by default, the one the site's options name. */
  options: { root?: string; lock?: string | null } = {},
): Promise<CheckResult> {
  const root = options.root ?? process.cwd();
  const check = noteChecker(await createNoteRenderer(site));
  const notes: CheckedNote[] = [];
  for (const path of noteFilesIn(folder)) notes.push(await check(relative(root, path), readFileSync(path, 'utf8')));
  const lock = options.lock === undefined ? lockPathOf(root, site.options) : (options.lock ?? undefined);
  return checkAcrossNotes(notes, { root, lock, annotationPages: site.options.annotationPages });
}
