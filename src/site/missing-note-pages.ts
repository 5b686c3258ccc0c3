/**
 * Which notes of the notes folder have no page in a built site: a build never publishes fewer notes than the
 * folder holds without saying so (a store that came up empty, say, would otherwise publish a site with none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { noteFilesIn } from '../loading/note-files.ts';
import { pageSlugOf } from './page-slug.ts';

/** The note files of `notes` whose reader page is not in `site` (a moved note's old page does not count). */
export function missingNotePages(notes: string, site: string, root = '.'): string[] {
  return noteFilesIn(notes).flatMap((file) => {
    const page = join(site, 'notes', pageSlugOf(file), 'index.html');
    return existsSync(page) && readFileSync(page, 'utf8').includes('data-pagefind-body') ? [] : [relative(root, file)];
  });
}
