/**
 * The notes collection's loader: Astro's side of publishNotes (publish-notes.ts), which decides everything. Each
 * entry holds the note's data and digest, and names its record (a content-addressed file under the cache folder:
 * note-record.ts) in `rendered.metadata`, under `astro dev` as in a build. Any problem stops a build with one
 * report of all of them; under `astro dev` the report is logged, and a note with a problem is left out.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { pageSlugOf } from '../site/page-slug.ts';
import { siteLinks } from '../site/site-links.ts';
import { createNoteRenderer } from '../markdown/pipeline.ts';
import type { Site } from '../options/site.ts';
import { sourceKey } from '../build-cache/note-digest.ts';
import { renderVersion } from '../build-cache/render-version.ts';
import { lockPathOf, readLock } from './links-lock.ts';
import { writeCheck } from './notes-check.ts';
import { noteFilesIn } from './note-files.ts';
import { imagesStamp } from './note-images.ts';
import { keptOf, pruneRecords, storeNote } from './note-entries.ts';
import { recordFolderOf } from './note-record.ts';
import { publishNotes, type NoteText } from './publish-notes.ts';
import { reportPublication } from '../check/report.ts';
import { watchNotes } from './watch-notes.ts';

/** Loads every `*.md` note of `folder` (relative to the project), for the site `site` says (its settings). */
export function notesLoader(folder: string, site: Site): Loader {
  return {
    name: 'gloss:notes',
    load: async (context) => {
      const { config, store, logger, generateDigest, watcher } = context;
      const root = fileURLToPath(config.root);
      const base = resolve(root, folder);
      const records = recordFolderOf(fileURLToPath(config.cacheDir));
      const version = renderVersion(root, site);
      const texts = new Map<string, NoteText>();
      const read = (path: string): void => {
        const raw = readFileSync(path, 'utf8');
        const file = relative(root, path);
        const source = generateDigest(sourceKey(version, raw + imagesStamp(path, raw)));
        texts.set(path, { file, page: pageSlugOf(file), raw, source });
      };
      const links = siteLinks(config.base, { annotationPages: site.options.annotationPages });
      const options = {
        renderer: await createNoteRenderer(site, links),
        links,
        site: config.site,
        settings: site,
        digest: (key: string) => generateDigest(key),
        root,
        dev: !!watcher,
        strict: site.options.strictDrafts,
      };
      const publish = async (): Promise<void> => {
        const lock = lockPathOf(root, site.options);
        const lockedPages = new Set(Object.keys(lock ? readLock(lock).notes : {}));
        const { entries, result, broken, inReview } = await publishNotes(
          [...texts.values()],
          (text) => keptOf(context, text),
          { ...options, lockedPages, lock },
        );
        reportPublication({ result, broken, inReview }, logger, !!watcher);
        for (const entry of entries) storeNote(context, records, entry);
        const kept = new Set(entries.map((entry) => entry.page));
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
        if (watcher) return;
        pruneRecords(context, records);
        writeCheck(fileURLToPath(config.cacheDir), result);
      };
      for (const path of noteFilesIn(base)) read(path);
      await publish();
      // Under dev, saves come while a publication is under way: each waits for the one before.
      let publishing = Promise.resolve();
      const inTurn = (): Promise<void> => (publishing = publishing.then(publish, publish));
      if (watcher) watchNotes(watcher, { base, root, logger }, read, (path) => texts.delete(path), inTurn);
    },
  };
}
