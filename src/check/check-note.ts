/**
 * Checks one note: its YAML, its schema and the anchoring of its annotations, which needs the note rendered with
 * the site's pipeline. Every problem is found in one pass, each located on its line of the file.
 */
import type { z } from 'astro/zod';
import { pageSlugOf } from '../site/page-slug.ts';
import { renderNote, type NoteRenderer, type RenderedNote } from '../markdown/pipeline.ts';
import { datedEventSchema } from '../schemas/dated-event.ts';
import { figureSchema } from '../schemas/figure.ts';
import { annotationsOf, noteSchema, type Annotation, type Note } from '../schemas/note.ts';
import { partySchema } from '../schemas/party.ts';
import type { NoteContext } from '../margin/margin-note.ts';
import { imageProblems } from '../loading/note-images.ts';
import { readNote, type NoteFile } from './read-note.ts';
import * as say from './problem-wording.ts';
import type { LocatedProblem } from './report.ts';

/** A note read, checked and, when nothing is wrong with it, rendered: what the check and the loader both need. */
export interface CheckedNote {
  /** The file, relative to the project, as reports show it. */
  file: string;
  /** The page the note gets, `/notes/<page>/`. */
  page: string;
  problems: LocatedProblem[];
  /** How many annotations the note has, when its frontmatter is valid. */
  annotations: number;
  /** The parsed note, when its frontmatter is valid (it may still have other problems). */
  note?: Note | undefined;
  /** The rendered text with its passages marked, when the note has no problem at all. */
  rendered?: RenderedNote | undefined;
}

const ANNOTATION_LISTS = [
  ['parties', partySchema],
  ['dates', datedEventSchema],
  ['figures', figureSchema],
] as const;

/**
 * The annotations of a note that the schema refuses as a whole, less every one an issue names: they are still
 * anchored, so that one run reports every problem of the note.
 */
function validAnnotationsOf(data: unknown, issues: readonly z.core.$ZodIssue[]): Annotation[] {
  if (typeof data !== 'object' || data === null) return [];
  const refused = new Set(issues.map((issue) => `${String(issue.path[0])}/${String(issue.path[1])}`));
  return ANNOTATION_LISTS.flatMap(([list, schema]) => {
    const items = (data as Record<string, unknown>)[list];
    if (!Array.isArray(items)) return [];
    return items.flatMap((item, index) => {
      const parsed = refused.has(`${list}/${index}`) ? undefined : (schema as z.ZodType<Annotation>).safeParse(item);
      return parsed?.success ? [parsed.data] : [];
    });
  });
}

function located(note: NoteFile, wording: say.Wording): LocatedProblem {
  const { path, ...rest } = wording;
  return { file: note.path, line: path.length > 0 ? note.lineOf(path) : note.frontmatterLine, ...rest };
}

/** A note read and its frontmatter checked, before its text is rendered. */
export interface ReadNote {
  file: string;
  page: string;
  /** The note, when its frontmatter is valid: what its margin notes link to depends on it and the others. */
  note?: Note | undefined;
  source: NoteFile;
  problems: LocatedProblem[];
  /** The annotations to anchor: all of them, or the valid ones of a note the schema refused. */
  annotations: Annotation[];
  /** Nothing to render: the YAML is broken or the text empty. */
  unrenderable: boolean;
}

/** Reads a note and checks its YAML and schema: all a note's pages across notes need of it. */
export function readChecked(file: string, raw: string): ReadNote {
  const source = readNote(file, raw);
  const read = { file, page: pageSlugOf(file), source, annotations: [], unrenderable: true };
  if (source.missingFrontmatter) return { ...read, problems: [{ ...located(source, say.noFrontmatter()), line: 1 }] };
  if (source.yamlErrors.length > 0) {
    const problems = source.yamlErrors.map((error) => ({
      ...located(source, error.aliases ? say.yamlAliasBomb() : say.yamlError(error.message)),
      line: error.line,
    }));
    return { ...read, problems };
  }
  const problems: LocatedProblem[] = [];
  const empty = source.body.trim() === '';
  if (empty) problems.push(located(source, say.emptyBody()));
  const parsed = noteSchema.safeParse(source.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(...say.schemaIssue(issue, source.data).map((w) => located(source, w)));
  }
  if (empty) return { ...read, problems, note: parsed.data };
  const annotations = parsed.success
    ? annotationsOf(parsed.data)
    : validAnnotationsOf(source.data, parsed.error.issues);
  return { ...read, problems, note: parsed.data, annotations, unrenderable: false };
}

/**
 * Renders a note read with `readChecked`, its margin notes linking as `margin` says, and checks that every
 * annotation is anchored. Drafts are reported last.
 */
export async function renderChecked(
  read: ReadNote,
  renderer: NoteRenderer,
  margin?: NoteContext,
): Promise<CheckedNote> {
  const { file, page, source, note, annotations } = read;
  const problems = [...read.problems];
  const checked = { file, page, problems, annotations: note && !read.unrenderable ? annotations.length : 0 };
  if (read.unrenderable) return { ...checked, annotations: 0 };
  let rendered: RenderedNote | undefined;
  try {
    rendered = await renderNote(renderer, source.body, annotations, margin);
    const { problems: anchoring, source: text } = rendered.anchoring;
    problems.push(...anchoring.map((problem) => located(source, say.anchoringProblem(problem, text, source.data))));
    problems.push(...imageProblems(file, rendered.images).map((wording) => located(source, wording)));
  } catch (error) {
    problems.push(located(source, say.renderFailed(error)));
  }
  if (!note) return checked;
  const drafts = annotations.filter((annotation) => annotation.draft);
  const ready = problems.length === 0;
  if (drafts.length > 0) {
    const first = drafts[0] as Annotation;
    const list = { party: 'parties', date: 'dates', figure: 'figures' }[first.type];
    const index = (note[list as 'parties'] as Annotation[]).indexOf(first);
    problems.push({
      ...located(source, { ...say.drafts(drafts.length), path: [list, index, 'draft'] }),
      onlyInBuild: true,
    });
  }
  return { ...checked, note, rendered: ready ? rendered : undefined };
}

/** Checks note files one at a time, all with one renderer of the site's Markdown pipeline. */
export function noteChecker(
  renderer: NoteRenderer,
): (file: string, raw: string, margin?: NoteContext) => Promise<CheckedNote> {
  return (file, raw, margin) => renderChecked(readChecked(file, raw), renderer, margin);
}
