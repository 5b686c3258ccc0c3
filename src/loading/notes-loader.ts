/**
 * The notes collection's loader. Each note is read once, its YAML and schema checked once, and it is rendered
 * once with the site's Markdown pipeline, which anchors its annotations and puts their margin notes in place
 * (Astro's glob() loader would parse the frontmatter again and only log a note that fails to render). What the
 * margin notes link to across notes is worked out from every note's data first, so each note is rendered with its
 * links in place (see margin-links.ts). Any problem in any note stops a build before a page is written, with one
 * report of all of them, the one `npm run check:notes` prints. Under `astro dev` the report is logged instead,
 * and a note with a problem is left out until it is mended.
 *
 * A note whose digest (its bytes, the version of the code and settings that render it, and its links across
 * notes) is the one stored by the last build or the last save is not rendered again; one whose bytes alone are
 * unchanged is not read again either (under `astro dev`, the note kept in the server's process: see dev-notes.ts).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { pageSlugOf } from '../site/page-slug.ts';
import { siteLinks } from '../site/site-links.ts';
import { createNoteRenderer, type NoteRenderer } from '../markdown/pipeline.ts';
import { annotationsOf, type Note } from '../schemas/note.ts';
import type { Site } from '../options/site.ts';
import { checkAcrossNotes } from './check-across-notes.ts';
import { devNoteOf, keepDevNote } from './dev-notes.ts';
import { readChecked, renderChecked, type CheckedNote, type ReadNote } from './check-note.ts';
import { noteFilesIn } from './note-files.ts';
import { rememberCheck } from './last-check.ts';
import { lockPathOf, readLock } from './links-lock.ts';
import { marginLinksOf } from './margin-links.ts';
import { imagesStamp } from './note-images.ts';
import { entryState, packRecord, RECORD_KEY, sealOf, type StoredRecord } from './note-record.ts';
import { notesInReview } from './notes-in-review.ts';
import { formatReport } from './report.ts';
import { watchNotes } from './watch-notes.ts';
import { renderKey, sourceKey } from '../build-cache/note-digest.ts';
import { renderVersion } from '../build-cache/render-version.ts';

/** A note file as last read: its frontmatter checked, or its note as an earlier build or save stored it. */
interface SourceNote {
  file: string;
  page: string;
  /** The digest of its bytes and of the code and settings that render it. */
  source: string;
  read?: ReadNote | undefined;
  /** The note as stored with this source digest, when it was not read again. */
  stored?: Note | undefined;
}

/** A note checked and rendered, under the digest that also covers its links across notes. */
interface RenderedEntry {
  checked: CheckedNote;
  digest: string;
  /** Where its dates and figures have their rows across notes. */
  entries: Record<string, string>;
}

/** Relative to the project, with forward slashes, as Astro's own loaders record it. */
const storedPath = (file: string): string => file.split(sep).join('/');

/** The store's entries found intact, so that each is digested once. */
const intact = new WeakSet<object>();

/**
 * The note and record stored for a page, under `astro dev` kept by the process instead (see dev-notes.ts). A
 * build reuses a stored entry only if it is as the build that stored it left it (its seal: see note-record.ts);
 * a damaged one is taken out of the store, so that the note is rendered and stored again, and the build says so.
 */
function storedEntry({ store, watcher, logger }: LoaderContext, page: string, file: string) {
  const entry = store.get(page);
  if (!entry) return undefined;
  if (watcher) {
    const whole = devNoteOf(page, entry.digest);
    const record = whole?.rendered?.metadata?.[RECORD_KEY] as StoredRecord | undefined;
    if (!whole || !record) return undefined;
    return { digest: String(entry.digest), filePath: entry.filePath, note: whole.data, record };
  }
  const stored = {
    // As stored: the pages take the note's address from it.
    id: entry.id,
    filePath: entry.filePath,
    digest: String(entry.digest),
    data: entry.data,
    record: entry.rendered?.metadata?.[RECORD_KEY] as StoredRecord,
  };
  const state = intact.has(entry) ? 'intact' : entryState(stored);
  if (state !== 'intact') {
    store.delete(page);
    if (state === 'damaged') logger.warn(`Gloss: the cached copy of ${storedPath(file)} was damaged: rendered again.`);
    return undefined;
  }
  intact.add(entry);
  return { digest: stored.digest, filePath: stored.filePath, note: stored.data as Note, record: stored.record };
}

/** Stops the build with the report; the message is all Astro prints beside it. */
function refuse(report: string, problems: number): never {
  console.error(`\n${report}\n`);
  const error = new Error(`Gloss: ${problems} problem(s) in the notes (listed above); nothing was built.`);
  error.stack = '';
  throw error;
}

function storeNote({ store, watcher }: LoaderContext, source: SourceNote, entry: RenderedEntry): void {
  const { checked, digest } = entry;
  const { note, rendered, page, file } = checked;
  if (!note || !rendered) return;
  const record = packRecord(source.source, {
    html: rendered.html,
    headings: rendered.metadata.headings,
    selectors: rendered.selectors,
    inContext: rendered.anchoring.inContext ?? [],
    entries: entry.entries,
  });
  // What the next build checks before it reuses the entry (under dev the store holds no note).
  if (!watcher) record.seal = sealOf({ id: page, filePath: storedPath(file), digest, data: note, record });
  const whole = {
    data: note,
    rendered: {
      // The HTML is in the record: every page reads notes through allNotes(), none through Astro's render().
      html: '',
      // The note's own images: Astro imports them and NoteBody.astro publishes them through its image pipeline.
      metadata: { imagePaths: rendered.images, [RECORD_KEY]: record },
    },
  };
  if (watcher) keepDevNote(page, { digest, ...whole });
  store.set({
    id: page,
    filePath: storedPath(file),
    digest,
    assetImports: rendered.images,
    // The store's type asks for the note's data; under dev the pages read it from the process (allNotes).
    ...(watcher ? { data: {} as Note } : whole),
  });
}

/** Loads every `*.md` note of `folder` (relative to the project), for the site `site` says (its settings). */
export function notesLoader(folder: string, site: Site): Loader {
  return {
    name: 'gloss:notes',
    load: async (context) => {
      const { config, store, logger, generateDigest, watcher } = context;
      const root = fileURLToPath(config.root);
      const base = resolve(root, folder);
      const renderer: NoteRenderer = await createNoteRenderer(site);
      const version = renderVersion(root, site);
      const links = siteLinks(config.base, { annotationPages: site.options.annotationPages });
      const sources = new Map<string, SourceNote>();
      const rendered = new Map<string, RenderedEntry>();

      const read = (path: string): void => {
        const raw = readFileSync(path, 'utf8');
        const file = relative(root, path);
        const page = pageSlugOf(file);
        const source = generateDigest(sourceKey(version, raw + imagesStamp(path, raw)));
        const kept = storedEntry(context, page, file);
        // A note with drafts is read again all the same, so that `astro dev` lists them again.
        const reuse =
          kept?.record.source === source &&
          kept.filePath === storedPath(file) &&
          !annotationsOf(kept.note).some((annotation) => annotation.draft);
        sources.set(path, {
          file,
          page,
          source,
          ...(reuse ? { stored: kept.note } : { read: readChecked(file, raw) }),
        });
      };

      /** Each note checked and rendered with the links its margin notes have among `published`. */
      const renderAll = async (published: ReadonlySet<string>): Promise<void> => {
        const notes = [...sources.values()].flatMap(({ page, read: note, stored }) => {
          const data = stored ?? note?.note;
          return data && published.has(page) ? [{ slug: page, note: data }] : [];
        });
        const linksOf = marginLinksOf(notes, links, config.site, site);
        for (const [path, source] of sources) {
          const note = source.stored ?? source.read?.note;
          const margin = note ? linksOf(source.page, note) : undefined;
          const digest = generateDigest(renderKey(source.source, margin?.key ?? ''));
          const previous = rendered.get(path);
          const kept = storedEntry(context, source.page, source.file);
          // A note stored as it stands needs nothing; one rendered before needs only to be stored.
          if (previous?.digest === digest && (previous.checked.rendered || kept?.digest === digest)) continue;
          const entries = margin?.entries ?? {};
          if (source.stored && kept?.digest === digest) {
            const annotations = annotationsOf(source.stored).length;
            const checked = { file: source.file, page: source.page, problems: [], annotations, note: source.stored };
            rendered.set(path, { checked, digest, entries });
            continue;
          }
          // The note's bytes are read again only when its links moved since it was stored.
          const read = source.read ?? readChecked(source.file, readFileSync(path, 'utf8'));
          source.read = read;
          rendered.set(path, { checked: await renderChecked(read, renderer, margin?.context), digest, entries });
          // Rendering never waits on anything, so without a turn of the event loop between notes V8's own
          // collection tasks would wait for all of them: a build peaked 60 MiB higher.
          await new Promise((resolve) => setImmediate(resolve));
        }
        for (const path of rendered.keys()) if (!sources.has(path)) rendered.delete(path);
      };

      /** Puts every note without a problem in the store, and reports the others. */
      const publish = async (): Promise<void> => {
        const lock = lockPathOf(root, site.options);
        const lockedPages = new Set(Object.keys(lock ? readLock(lock).notes : {}));
        // The notes a build will leave out for their drafts are known from their frontmatter (see below), and so
        // is a broken frontmatter: the others are the notes whose rows the margin links count.
        const inReviewLikely = (note: ReadNote | undefined): boolean =>
          !watcher &&
          !site.options.strictDrafts &&
          !!note?.note &&
          !lockedPages.has(note.page) &&
          annotationsOf(note.note).some((annotation) => annotation.draft);
        let published = new Set(
          [...sources.values()]
            .filter(({ stored, read: note }) => stored || (note?.problems.length === 0 && !inReviewLikely(note)))
            .map(({ page }) => page),
        );
        await renderAll(published);
        // Under dev, a note found broken only once rendered is left out, and the others' links are worked out
        // again without it: only the notes whose links moved are rendered again. A build refuses it anyway.
        const brokenPages = [...rendered.values()]
          .filter(({ checked }) => checked.problems.some((problem) => !problem.onlyInBuild))
          .map(({ checked }) => checked.page);
        if (watcher && brokenPages.some((page) => published.has(page))) {
          published = new Set([...published].filter((page) => !brokenPages.includes(page)));
          await renderAll(published);
        }
        // A build leaves out a note in review that was never published; under dev every note is shown.
        const checkedNotes = [...rendered.values()].map(({ checked }) => checked);
        const inReview = watcher ? [] : notesInReview(checkedNotes, lockedPages, site.options.strictDrafts);
        const leftOut = new Set(inReview.map((checked) => checked.file));
        const result = checkAcrossNotes(
          checkedNotes.filter(({ file }) => !leftOut.has(file)),
          { root, lock, annotationPages: site.options.annotationPages },
        );
        // Drafts stop a build; under `astro dev` their note is shown, so the author reviews them beside the text.
        const brokenFiles = new Set(
          result.problems.filter((problem) => !problem.onlyInBuild).map((problem) => problem.file),
        );
        if (result.problems.length > 0 && !watcher) refuse(formatReport(result), result.problems.length);
        if (brokenFiles.size > 0)
          logger.error(`\n${formatReport(result)}\nNotes with a problem are left out until they are mended.`);
        else if (result.problems.length > 0) logger.warn(`\n${formatReport(result)}`);
        for (const { file } of inReview)
          logger.warn(
            `left out of this build: ${file} has drafts awaiting review and was never published (npm run build -- --strict refuses it)`,
          );
        const kept = new Set<string>();
        for (const [path, entry] of rendered) {
          const { checked, digest } = entry;
          if (leftOut.has(checked.file) || brokenFiles.has(checked.file)) continue;
          if (store.get(checked.page)?.digest === digest) kept.add(checked.page);
          else if (checked.rendered) {
            storeNote(context, sources.get(path) as SourceNote, entry);
            kept.add(checked.page);
          }
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
        if (result.problems.length > 0) return;
        logger.info(formatReport(result));
        rememberCheck({ ...result, leftOut: [...leftOut] });
      };

      for (const path of noteFilesIn(base)) read(path);
      await publish();

      // Under dev, saves come while a publication is under way (an editor may write a file twice in a row): each
      // publication waits for the one before, and reads the notes as they stand when it starts.
      let publishing = Promise.resolve();
      const publishInTurn = (): Promise<void> => (publishing = publishing.then(publish, publish));
      if (watcher) watchNotes(watcher, { base, root, logger }, read, (path) => sources.delete(path), publishInTurn);
    },
  };
}
