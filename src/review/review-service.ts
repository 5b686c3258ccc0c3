/**
 * What the dev server does for review: it opens a note for the page (its annotations as written, the form's
 * fields, a digest of the file as shown), checks an edit without writing it, and saves it. A request is read with
 * a schema, and one of any other shape is refused. A note is found by its page's slug among the notes folder's
 * files (no path from the browser is trusted), and refused when two files claim that page. A save is refused when
 * the check refuses the note as it would be, and when the file is not the one the page was shown: compared once
 * before the edit is made and again just before the new file is renamed in (see note-file/replace-note.ts). The
 * reply to a save carries the note's text as the notes loader rendered it anew, so the page shows the change at
 * once, before Astro reloads it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'astro/zod';
import { readChecked, renderChecked } from '../check/check-note.ts';
import { readLock } from '../loading/links-lock.ts';
import { noteFilesIn } from '../loading/note-files.ts';
import type { LocatedProblem } from '../check/report.ts';
import type { NoteRenderer } from '../markdown/pipeline.ts';
import { pageSlugOf } from '../site/page-slug.ts';
import { formFields, type FormField } from './form-fields.ts';
import { digestOf, replaceNote } from '../note-file/replace-note.ts';
import { editNote, noteEditSchema, type AnnotationKind } from './note-edits.ts';
import { prefill, type Prefilled } from './prefill.ts';
import { watchRecords } from './next-record.ts';

const slugSchema = z.string().min(1).max(300);
const selectionText = z.string().max(10_000);

/** Every request review's page makes, and nothing else. */
export const reviewRequestSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('open'), slug: slugSchema }),
  z.strictObject({ op: z.enum(['check', 'save']), slug: slugSchema, seen: z.string(), edit: noteEditSchema }),
  z.strictObject({
    op: z.literal('prefill'),
    slug: slugSchema,
    kind: z.enum(['party', 'date', 'figure']),
    selection: z.strictObject({ quote: selectionText.min(1), before: selectionText, after: selectionText }),
  }),
]);
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** A problem as the form shows it, in the check's own words. */
export type ReviewProblem = Pick<LocatedProblem, 'id' | 'field' | 'message' | 'fix'>;

export type ReviewReply =
  | {
      op: 'open';
      ok: true;
      slug: string;
      seen: string;
      /** Each annotation's fields as the file has them, by id, with its kind. */
      annotations: Record<string, { kind: AnnotationKind; fields: Record<string, unknown> }>;
      forms: Record<AnnotationKind, FormField[]>;
    }
  | { op: 'check'; ok: true; seen: string }
  /** `html`: the note's text with its margin notes, as the loader rendered it after the save, when it did in time. */
  | { op: 'save'; ok: true; seen: string; html?: string }
  | { op: 'prefill'; ok: true; prefilled: Prefilled }
  | { op: ReviewRequest['op']; ok: false; problems: ReviewProblem[] };

const refusal = (op: ReviewRequest['op'], message: string, fix?: string): ReviewReply => ({
  op,
  ok: false,
  problems: [{ message, ...(fix ? { fix } : {}) }],
});

export function reviewService(options: {
  root: string;
  folder: string;
  renderer: NoteRenderer;
  /** The record of published links, if any: a published id is kept under `formerIds` when it is changed. */
  lock: string | undefined;
  /** Where the notes loader writes the records of the notes it renders (see loading/note-record.ts). */
  records: string;
  /** How long a save waits for the notes loader to render the note anew; past it, Astro's reload shows it. */
  renderedWithinMs?: number;
}) {
  const { root, folder, renderer, lock, records, renderedWithinMs = 3000 } = options;
  /** Whether an id of the page was published, as the record of published links has it. */
  const publishedIds = (slug: string): ((id: string) => boolean) => {
    try {
      const ids = new Set(lock ? (readLock(lock).notes[slug] ?? []) : []);
      return (id) => ids.has(id);
    } catch {
      // A damaged record is refused by the build in its words; meanwhile a renamed id is kept as a former one.
      return () => true;
    }
  };
  const filesOf = (slug: string): string[] =>
    noteFilesIn(folder).filter((path) => pageSlugOf(relative(root, path)) === slug);
  const changedOnDisk = (op: ReviewRequest['op'], path: string): ReviewReply =>
    refusal(
      op,
      `${relative(root, path)} changed on disk since this page was shown (edited in another window?): nothing was written`,
      'reload the page, then make the change again',
    );

  /** The note as it would be, checked as the build checks it; drafts are no problem in review. */
  async function problemsOf(path: string, text: string): Promise<ReviewProblem[]> {
    const checked = await renderChecked(readChecked(relative(root, path), text), renderer);
    return checked.problems
      .filter((problem) => !problem.onlyInBuild)
      .map(({ id, field, message, fix }) => ({ id, field, message, fix }));
  }

  async function handle(message: unknown): Promise<ReviewReply> {
    const parsed = reviewRequestSchema.safeParse(message);
    if (!parsed.success) {
      const op = (message as { op?: unknown } | null)?.op;
      return refusal(
        typeof op === 'string' && ['open', 'check', 'save', 'prefill'].includes(op)
          ? (op as ReviewRequest['op'])
          : 'open',
        'the dev server does not know this request: nothing was written',
        'reload the page (it may be from an older version of Gloss)',
      );
    }
    const request = parsed.data;
    const [path, ...others] = filesOf(request.slug);
    if (!path) return refusal(request.op, `no note of ${relative(root, folder)} has the page "${request.slug}"`);
    if (others.length > 0)
      return refusal(
        request.op,
        `${[path, ...others].map((file) => relative(root, file)).join(' and ')} both claim the page "${request.slug}": nothing was written`,
        'rename one of them',
      );
    const text = readFileSync(path, 'utf8');
    const read = readChecked(relative(root, path), text);
    if (request.op === 'open') {
      const written = (read.source.data ?? {}) as Record<string, unknown>;
      const annotations: Extract<ReviewReply, { op: 'open' }>['annotations'] = {};
      for (const [list, kind] of [
        ['parties', 'party'],
        ['dates', 'date'],
        ['figures', 'figure'],
      ] as const) {
        const items = Array.isArray(written[list]) ? (written[list] as Array<Record<string, unknown>>) : [];
        for (const fields of items) if (typeof fields['id'] === 'string') annotations[fields['id']] = { kind, fields };
      }
      const forms = { party: formFields('party'), date: formFields('date'), figure: formFields('figure') };
      return { op: 'open', ok: true, slug: request.slug, seen: digestOf(text), annotations, forms };
    }
    if (request.op === 'prefill') {
      const checked = await renderChecked(read, renderer);
      const anchors = checked.rendered?.anchoring.anchors;
      if (!checked.note || !anchors)
        return refusal('prefill', 'the note has problems: mend them first (see the terminal)');
      return { op: 'prefill', ok: true, prefilled: prefill(request.kind, request.selection, checked.note, anchors) };
    }
    if (request.seen !== digestOf(text)) return changedOnDisk(request.op, path);
    let edited: string;
    try {
      edited = editNote(text, request.edit, { published: publishedIds(request.slug) });
    } catch (error) {
      return refusal(request.op, error instanceof Error ? error.message : String(error));
    }
    const problems = await problemsOf(path, edited);
    if (problems.length > 0) return { op: request.op, ok: false, problems };
    if (request.op === 'check') return { op: 'check', ok: true, seen: digestOf(text) };
    const rendered = watchRecords(records, request.slug);
    if (!replaceNote(path, request.seen, edited).written) {
      void rendered.next(0);
      return changedOnDisk(request.op, path);
    }
    const record = await rendered.next(renderedWithinMs);
    return { op: 'save', ok: true, seen: digestOf(edited), ...(record ? { html: record.html } : {}) };
  }

  return { handle };
}
