/**
 * The notes collection's loader. Each note is read once, its YAML and schema checked once, and it is rendered
 * with the site's Markdown pipeline in the same pass, which anchors its annotations (Astro's glob() loader would
 * parse the frontmatter again and only log a note that fails to render). Any problem in any note stops a build
 * before a page is written, with one report of all of them, the one `npm run check:notes` prints. Under
 * `astro dev` the report is logged instead, and a note with a problem is left out until it is mended.
 *
 * A note whose digest (its bytes and the version of the code and settings that render it) is the one stored by
 * the last build or the last save is not rendered again: its stored entry holds all the checks across notes need
 * (under `astro dev`, the note kept in the server's process: see dev-notes.ts).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ANCHORS_KEY, LAYOUT_KEY } from '../anchoring/anchored-text.ts';
import { pageSlugOf } from '../site/page-slug.ts';
import { createNoteRenderer } from '../markdown/pipeline.ts';
import { annotationsOf, type Note } from '../schemas/note.ts';
import { STRICT_DRAFTS } from '../settings.ts';
import { checkAcrossNotes } from './check-across-notes.ts';
import { devNoteOf, keepDevNote } from './dev-notes.ts';
import { noteChecker, type CheckedNote } from './check-note.ts';
import { noteFilesIn } from './check-notes.ts';
import { rememberCheck } from './last-check.ts';
import { lockPathOf, readLock } from './links-lock.ts';
import { notesInReview } from './notes-in-review.ts';
import { formatReport } from './report.ts';
import { renderVersion } from '../build-cache/render-version.ts';

interface LoadedNote {
  checked: CheckedNote;
  digest: string;
  /** Already in the store as it stands: checked and rendered by an earlier build or save. */
  stored?: boolean;
}

/** Relative to the project, with forward slashes, as Astro's own loaders record it. */
const storedPath = (file: string): string => file.split(sep).join('/');

/**
 * The note as stored, when its digest says nothing changed. A note with drafts is checked again all the same,
 * so that `astro dev` lists them again.
 */
function reusable({ store, watcher }: LoaderContext, file: string, digest: string): LoadedNote | undefined {
  const page = pageSlugOf(file);
  const entry = store.get(page);
  if (entry?.digest !== digest || entry.filePath !== storedPath(file)) return undefined;
  // Under `astro dev`, the store holds only the digest of a note; the note is kept by the process that rendered
  // it (see dev-notes.ts).
  const note = watcher ? devNoteOf(page, digest)?.data : (entry.data as Note);
  if (!note) return undefined;
  const annotations = annotationsOf(note);
  if (annotations.some((annotation) => annotation.draft)) return undefined;
  return { checked: { file, page, problems: [], annotations: annotations.length, note }, digest, stored: true };
}

/** Stops the build with the report; the message is all Astro prints beside it. */
function refuse(report: string, problems: number): never {
  console.error(`\n${report}\n`);
  const error = new Error(`Gloss: ${problems} problem(s) in the notes (listed above); nothing was built.`);
  error.stack = '';
  throw error;
}

function storeNote({ store, watcher }: LoaderContext, { checked, digest }: LoadedNote): void {
  const { note, rendered, page, file } = checked;
  if (!note || !rendered) return;
  const { headings } = rendered.metadata;
  const whole = {
    data: note,
    rendered: {
      html: rendered.html,
      // No image paths: the sanitised body's images are published as written, not through Astro's assets.
      metadata: { headings, imagePaths: [], [ANCHORS_KEY]: rendered.anchoring.anchors, [LAYOUT_KEY]: rendered.layout },
    },
  };
  if (watcher) keepDevNote(page, { digest, ...whole });
  store.set({
    id: page,
    filePath: storedPath(file),
    digest,
    // The store's type asks for the note's data; under dev the pages read it from the process (noteEntries).
    ...(watcher ? { data: {} as Note } : whole),
  });
}

/**
 * Under `astro dev`: a note saved, added or removed is read and checked again, and the notes published anew.
 * Nothing thrown here may stop the dev server.
 */
function watchNotes(
  watcher: NonNullable<LoaderContext['watcher']>,
  { base, root, logger }: { base: string; root: string; logger: LoaderContext['logger'] },
  read: (path: string) => Promise<void>,
  forget: (path: string) => void,
  publish: () => void,
): void {
  watcher.add(base);
  const isNote = (path: string): boolean => resolve(path, '..') === base && /\.md$/i.test(path);
  const reload = async (path: string, removed = false): Promise<void> => {
    if (!isNote(path)) return;
    try {
      if (removed) forget(path);
      else await read(path);
      publish();
    } catch (error) {
      // An editor may save by replacing the file, so it can be gone by the time it is read; the next event
      // brings it back.
      logger.error(
        `could not reload ${relative(root, path)}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  watcher.on('change', (path) => void reload(path));
  watcher.on('add', (path) => void reload(path));
  watcher.on('unlink', (path) => void reload(path, true));
}

/** Loads every `*.md` note of `folder` (relative to the project). */
export function notesLoader(folder: string): Loader {
  return {
    name: 'gloss:notes',
    load: async (context) => {
      const { config, store, logger, generateDigest, watcher } = context;
      const root = fileURLToPath(config.root);
      const base = resolve(root, folder);
      const check = noteChecker(await createNoteRenderer());
      const version = renderVersion(root);
      const loaded = new Map<string, LoadedNote>();
      const read = async (path: string): Promise<void> => {
        const raw = readFileSync(path, 'utf8');
        const file = relative(root, path);
        const digest = generateDigest(`${version}\0${raw}`);
        loaded.set(path, reusable(context, file, digest) ?? { checked: await check(file, raw), digest });
      };
      /** Puts every note without a problem in the store, and reports the others. */
      const publish = (): void => {
        const all = [...loaded.values()].map(({ checked }) => checked);
        // A build leaves out a note in review that was never published; under dev every note is shown.
        const lock = lockPathOf(root);
        const inReview = watcher
          ? []
          : notesInReview(all, new Set(Object.keys(lock ? readLock(lock).notes : {})), STRICT_DRAFTS);
        const leftOut = new Set(inReview.map((checked) => checked.file));
        const result = checkAcrossNotes(
          all.filter((checked) => !leftOut.has(checked.file)),
          { root },
        );
        // Drafts stop a build; under `astro dev` their note is shown, so the author reviews them beside the text.
        const broken = new Set(
          result.problems.filter((problem) => !problem.onlyInBuild).map((problem) => problem.file),
        );
        if (result.problems.length > 0 && !watcher) refuse(formatReport(result), result.problems.length);
        if (broken.size > 0)
          logger.error(`\n${formatReport(result)}\nNotes with a problem are left out until they are mended.`);
        else if (result.problems.length > 0) logger.warn(`\n${formatReport(result)}`);
        for (const { file } of inReview)
          logger.warn(
            `left out of this build: ${file} has drafts awaiting review and was never published (npm run build -- --strict refuses it)`,
          );
        const kept = new Set<string>();
        for (const note of loaded.values()) {
          if (leftOut.has(note.checked.file)) continue;
          if (broken.has(note.checked.file) || !(note.checked.rendered || note.stored)) continue;
          kept.add(note.checked.page);
          if (!note.stored) storeNote(context, note);
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
        if (result.problems.length > 0) return;
        logger.info(formatReport(result));
        rememberCheck({ ...result, leftOut: [...leftOut] });
      };

      for (const path of noteFilesIn(base)) {
        await read(path);
        if (loaded.get(path)?.stored) continue;
        // Rendering never waits on anything, so without a turn of the event loop between notes V8's own
        // collection tasks would wait for all of them: a build peaked 60 MiB higher.
        await new Promise((resolve) => setImmediate(resolve));
      }
      publish();

      if (watcher) watchNotes(watcher, { base, root, logger }, read, (path) => loaded.delete(path), publish);
    },
  };
}
