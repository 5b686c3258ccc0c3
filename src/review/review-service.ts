/**
 * What the dev server does for review: it opens a note for the page (its annotations as written, the form's
 * fields, a digest of the file as shown), checks an edit without writing it, and saves it. A note is found by its
 * page's slug among the notes folder's files: no path from the browser is trusted. A save is refused when the
 * file changed on disk since the page was shown, and when the check refuses the note as it would be; otherwise
 * the file is written in one step (temporary file and rename). The reply to a save carries the note's text as
 * the notes loader rendered it anew, so the page shows the change at once, before Astro reloads it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { writeFileAtomic } from '../build-cache/atomic-write.ts';
import { readChecked, renderChecked } from '../loading/check-note.ts';
import { noteFilesIn } from '../loading/note-files.ts';
import { devDigestOf, nextDevNote } from '../loading/dev-notes.ts';
import { storedRecordOf, unpackRecord } from '../loading/note-record.ts';
import type { LocatedProblem } from '../loading/report.ts';
import type { NoteRenderer } from '../markdown/pipeline.ts';
import { pageSlugOf } from '../site/page-slug.ts';
import { formFields, type FormField } from './form-fields.ts';
import { editNote, type AnnotationKind, type NoteEdit } from './note-edits.ts';
import { prefill, type Prefilled, type Selection } from './prefill.ts';

export type ReviewRequest =
  | { op: 'open'; slug: string }
  | { op: 'check' | 'save'; slug: string; seen: string; edit: NoteEdit }
  | { op: 'prefill'; slug: string; kind: AnnotationKind; selection: Selection };

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

const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

const refusal = (op: ReviewRequest['op'], message: string, fix?: string): ReviewReply => ({
  op,
  ok: false,
  problems: [{ message, ...(fix ? { fix } : {}) }],
});

export function reviewService(options: {
  root: string;
  folder: string;
  renderer: NoteRenderer;
  /** How long a save waits for the notes loader to render the note anew; past it, Astro's reload shows it. */
  renderedWithinMs?: number;
}) {
  const { root, folder, renderer, renderedWithinMs = 3000 } = options;
  const fileOf = (slug: string): string | undefined =>
    noteFilesIn(folder).find((path) => pageSlugOf(relative(root, path)) === slug);

  /** The note as it would be, checked as the build checks it; drafts are no problem in review. */
  async function problemsOf(path: string, text: string): Promise<ReviewProblem[]> {
    const checked = await renderChecked(readChecked(relative(root, path), text), renderer);
    return checked.problems
      .filter((problem) => !problem.onlyInBuild)
      .map(({ id, field, message, fix }) => ({ id, field, message, fix }));
  }

  async function handle(request: ReviewRequest): Promise<ReviewReply> {
    const path = typeof request.slug === 'string' ? fileOf(request.slug) : undefined;
    if (!path) return refusal(request.op, `no note of ${relative(root, folder)} has the page "${request.slug}"`);
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
    if (request.seen !== digestOf(text))
      return refusal(
        request.op,
        `${relative(root, path)} changed on disk since this page was shown (edited in another window?): nothing was written`,
        'reload the page, then make the change again',
      );
    let edited: string;
    try {
      edited = editNote(text, request.edit);
    } catch (error) {
      return refusal(request.op, error instanceof Error ? error.message : String(error));
    }
    const problems = await problemsOf(path, edited);
    if (problems.length > 0) return { op: request.op, ok: false, problems };
    if (request.op === 'check') return { op: 'check', ok: true, seen: digestOf(text) };
    const shown = devDigestOf(request.slug);
    writeFileAtomic(path, edited);
    const rendered = await nextDevNote(request.slug, shown, renderedWithinMs);
    return {
      op: 'save',
      ok: true,
      seen: digestOf(edited),
      ...(rendered ? { html: unpackRecord(storedRecordOf(rendered.rendered, request.slug)).html } : {}),
    };
  }

  return { handle };
}
