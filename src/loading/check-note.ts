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

async function checkRead(note: NoteFile, renderer: NoteRenderer): Promise<Omit<CheckedNote, 'file' | 'page'>> {
  if (note.missingFrontmatter)
    return { problems: [{ ...located(note, say.noFrontmatter()), line: 1 }], annotations: 0 };
  if (note.yamlErrors.length > 0) {
    const problems = note.yamlErrors.map((error) => ({
      ...located(note, error.aliases ? say.yamlAliasBomb() : say.yamlError(error.message)),
      line: error.line,
    }));
    return { problems, annotations: 0 };
  }
  const problems: LocatedProblem[] = [];
  const empty = note.body.trim() === '';
  if (empty) problems.push(located(note, say.emptyBody()));
  const parsed = noteSchema.safeParse(note.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(...say.schemaIssue(issue, note.data).map((w) => located(note, w)));
  }
  if (empty) return { problems, annotations: 0 };
  const annotations = parsed.success ? annotationsOf(parsed.data) : validAnnotationsOf(note.data, parsed.error.issues);
  let rendered: RenderedNote | undefined;
  try {
    rendered = await renderNote(renderer, note.body, annotations);
    const { problems: anchoring, source } = rendered.anchoring;
    problems.push(...anchoring.map((problem) => located(note, say.anchoringProblem(problem, source, note.data))));
  } catch (error) {
    problems.push(located(note, say.renderFailed(error)));
  }
  if (!parsed.success) return { problems, annotations: 0 };
  const drafts = annotations.filter((annotation) => annotation.draft);
  const ready = problems.length === 0;
  if (drafts.length > 0) {
    const first = drafts[0] as Annotation;
    const list = { party: 'parties', date: 'dates', figure: 'figures' }[first.type];
    const index = (parsed.data[list as 'parties'] as Annotation[]).indexOf(first);
    problems.push({
      ...located(note, { ...say.drafts(drafts.length), path: [list, index, 'draft'] }),
      onlyInBuild: true,
    });
  }
  return { problems, annotations: annotations.length, note: parsed.data, rendered: ready ? rendered : undefined };
}

/** Checks note files one at a time, all with one renderer of the site's Markdown pipeline. */
export function noteChecker(renderer: NoteRenderer): (file: string, raw: string) => Promise<CheckedNote> {
  return async (file, raw) => ({ file, page: pageSlugOf(file), ...(await checkRead(readNote(file, raw), renderer)) });
}
