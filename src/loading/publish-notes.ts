/**
 * What the notes loader decides, apart from Astro: from the note files and the notes as they were last stored,
 * which notes are published, each with its digest and, when it had to be rendered, its record; and the report.
 *
 * Each note is read once, its YAML and schema checked once, and it is rendered once with the site's Markdown
 * pipeline, which anchors its annotations and puts their margin notes in place. What the margin notes link to
 * across notes is worked out from every note's data first (see margin-links.ts). A note whose digest (its bytes,
 * the code and settings that render it, and its links across notes) is the one stored is not rendered again; one
 * whose bytes alone are unchanged is not read again either.
 */
import { annotationsOf, type Note } from '../schemas/note.ts';
import type { NoteRenderer } from '../markdown/pipeline.ts';
import type { SiteLinks } from '../site/site-links.ts';
import { renderKey } from '../build-cache/note-digest.ts';
import type { Site } from '../options/site.ts';
import { checkAcrossNotes } from '../check/check-across-notes.ts';
import { readChecked, renderChecked, type CheckedNote, type ReadNote } from '../check/check-note.ts';
import { marginLinksOf } from './margin-links.ts';
import type { NoteRecord } from './note-record.ts';
import { notesInReview } from '../check/notes-in-review.ts';
import type { CheckResult } from '../check/report.ts';

/** A note file as it stands. */
export interface NoteText {
  /** Relative to the project, as reports show it. */
  file: string;
  page: string;
  raw: string;
  /** The digest of its bytes and of the code and settings that render it. */
  source: string;
}

/** A note as the store kept it, found intact. */
export interface KeptNote {
  digest: string;
  source: string;
  note: Note;
}

export interface PublishOptions {
  renderer: NoteRenderer;
  links: SiteLinks;
  /** The site's absolute address, for the addresses printed under margin notes. */
  site?: string | undefined;
  /** The site's settings: its language, its lists' page sizes, whether annotations have pages. */
  settings: Pick<Site, 'language' | 'options'>;
  /** The record of published links, if any. */
  lock: string | undefined;
  /** Astro's digest of a key. */
  digest: (key: string) => string;
  /** The project, which reports are relative to. */
  root: string;
  /** The pages the record of published links holds. */
  lockedPages: ReadonlySet<string>;
  /** Under `astro dev`: a note with a problem is left out, not refused, and one with drafts is shown. */
  dev: boolean;
  /** Any draft stops a build (`npm run build -- --strict`). */
  strict: boolean;
}

/** A note to have in the store. */
export interface PublishedEntry {
  file: string;
  page: string;
  digest: string;
  source: string;
  note: Note;
  /** Its record and images, when it was rendered; none when the stored one stands. */
  rendered?: { record: NoteRecord; images: string[] } | undefined;
}

export interface Publication {
  entries: PublishedEntry[];
  result: CheckResult;
  /** Files with a problem that leaves them out under dev (a build refuses them). */
  broken: ReadonlySet<string>;
  /** Files a build leaves out while their drafts await review. */
  inReview: string[];
}

interface Working {
  text: NoteText;
  kept: KeptNote | undefined;
  read?: ReadNote | undefined;
  checked?: CheckedNote | undefined;
  digest?: string;
  rendered?: PublishedEntry['rendered'];
}

const noteOf = (work: Working): Note | undefined =>
  work.kept?.source === work.text.source ? work.kept.note : undefined;

/** Every note checked and rendered with the links its margin notes have among `published`. */
async function renderAll(notes: Working[], published: ReadonlySet<string>, options: PublishOptions): Promise<void> {
  const indexed = notes.flatMap((work) => {
    const note = noteOf(work) ?? work.read?.note;
    return note && published.has(work.text.page) ? [{ slug: work.text.page, note }] : [];
  });
  const linksOf = marginLinksOf(indexed, options.links, options.site, options.settings);
  for (const work of notes) {
    const { text, kept } = work;
    const note = noteOf(work) ?? work.read?.note;
    const margin = note ? linksOf(text.page, note) : undefined;
    const digest = options.digest(renderKey(text.source, margin?.key ?? ''));
    if (work.digest === digest && work.checked) continue;
    work.digest = digest;
    if (kept?.digest === digest && noteOf(work)) {
      const checked = { file: text.file, page: text.page, problems: [], annotations: annotationsOf(kept.note).length };
      work.checked = { ...checked, note: kept.note };
      work.rendered = undefined;
      continue;
    }
    // The note's bytes are read again only when its links moved since it was stored.
    work.read ??= readChecked(text.file, text.raw);
    const checked = await renderChecked(work.read, options.renderer, margin?.context);
    const { rendered } = checked;
    // Only the record is kept of the rendering: the anchoring's working data is let go at once.
    work.checked = { ...checked, rendered: undefined };
    work.rendered = rendered && {
      record: {
        page: text.page,
        html: rendered.html,
        headings: rendered.metadata.headings,
        selectors: rendered.selectors,
        inContext: rendered.anchoring.inContext ?? [],
        entries: margin?.entries ?? {},
      },
      images: rendered.images,
    };
    // Rendering never waits on anything, so without a turn of the event loop between notes V8's own
    // collection tasks would wait for all of them, and a build's peak memory rose (CHANGELOG.md).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Decides which notes are published, renders those that must be, and reports on all of them. */
export async function publishNotes(
  texts: readonly NoteText[],
  keptOf: (text: NoteText) => KeptNote | undefined,
  options: PublishOptions,
): Promise<Publication> {
  const { dev, strict, lockedPages } = options;
  const notes: Working[] = texts.map((text) => {
    const kept = keptOf(text);
    const reuse = kept?.source === text.source && !annotationsOf(kept.note).some((annotation) => annotation.draft);
    // A note with drafts is read again all the same, so that `astro dev` lists them again.
    return { text, kept: reuse ? kept : undefined, ...(reuse ? {} : { read: readChecked(text.file, text.raw) }) };
  });
  // The notes a build will leave out for their drafts are known from their frontmatter, and so is a broken
  // frontmatter: the others are the notes whose rows the margin links count.
  const inReviewLikely = (read: ReadNote | undefined): boolean =>
    !dev && !strict && !!read?.note && !lockedPages.has(read.page) && annotationsOf(read.note).some((a) => a.draft);
  let published = new Set(
    notes
      .filter((work) => noteOf(work) || (work.read?.problems.length === 0 && !inReviewLikely(work.read)))
      .map((work) => work.text.page),
  );
  await renderAll(notes, published, options);
  // Under dev, a note found broken only once rendered is left out, and the others' links are worked out again
  // without it: only the notes whose links moved are rendered again. A build refuses it anyway.
  const checkedNotes = (): CheckedNote[] => notes.flatMap((work) => (work.checked ? [work.checked] : []));
  const brokenPages = checkedNotes()
    .filter((checked) => checked.problems.some((problem) => !problem.onlyInBuild))
    .map((checked) => checked.page);
  if (dev && brokenPages.some((page) => published.has(page))) {
    published = new Set([...published].filter((page) => !brokenPages.includes(page)));
    await renderAll(notes, published, options);
  }
  // A build leaves out a note in review that was never published; under dev every note is shown.
  const inReview = dev ? [] : notesInReview(checkedNotes(), lockedPages, strict).map((checked) => checked.file);
  const leftOut = new Set(inReview);
  const result = checkAcrossNotes(
    checkedNotes().filter(({ file }) => !leftOut.has(file)),
    { root: options.root, lock: options.lock, annotationPages: options.settings.options.annotationPages },
  );
  const broken = new Set(result.problems.filter((problem) => !problem.onlyInBuild).map((problem) => problem.file));
  const entries = notes.flatMap((work): PublishedEntry[] => {
    const { text, checked, digest } = work;
    const note = checked?.note;
    if (!note || !digest || leftOut.has(text.file) || broken.has(text.file)) return [];
    if (!work.rendered && work.kept?.digest !== digest) return [];
    const { file, page, source } = text;
    return [{ file, page, digest, source, note, rendered: work.rendered }];
  });
  return { entries, result: { ...result, leftOut: inReview }, broken, inReview };
}
