/**
 * What can be wrong with a note, and how to say it to its author: each problem becomes a short report with
 * the annotation it concerns, the field, what is wrong and how to fix it. No stack traces, no raw Zod output.
 */
import type { z } from 'astro/zod';
import { closestPassage, showDifference } from './closest-passage.ts';
import { foldQuote } from './fold-text.ts';
import { findAll, runIndexAt, type SearchableText, type TextRange } from './find-quote.ts';
import type { AnchorRequest, PlacementProblem } from './place-annotations.ts';

export type NoteProblem =
  | (PlacementProblem & { source: SearchableText })
  | { problem: 'id-taken'; annotation: AnchorRequest }
  | { problem: 'schema'; path: PropertyKey[]; message: string; unknownKeys?: string[] };

/** One problem, ready to print: where (path into the frontmatter) and what to do. */
export interface ProblemReport {
  /** Path into the frontmatter, e.g. `['dates', 1, 'quote']`; empty for the body. */
  path: PropertyKey[];
  /** "date", "party", "figure", or undefined for the note itself. */
  kind?: string | undefined;
  id?: string | undefined;
  field?: string | undefined;
  message: string;
  fix?: string | undefined;
}

const LIST_OF = { party: 'parties', date: 'dates', figure: 'figures' } as const;
const KIND_OF: Record<string, string> = { parties: 'party', dates: 'date', figures: 'figure' };
const CONTEXT = 30;

/** Turns Zod's issues into problems, one per issue. */
export function schemaProblems(error: z.ZodError): NoteProblem[] {
  return error.issues.map((issue) => ({
    problem: 'schema' as const,
    path: issue.path,
    message: issue.message,
    ...(issue.code === 'unrecognized_keys' ? { unknownKeys: issue.keys } : {}),
  }));
}

export class NoteProblemsError extends Error {
  readonly file: string;
  readonly problems: NoteProblem[];

  constructor(file: string, problems: NoteProblem[]) {
    const reports = problems.map((problem) => describeProblem(problem));
    super(
      `${file}: ${problems.length} annotation problem${problems.length === 1 ? '' : 's'}:\n` +
        reports
          .map((report) => `  - ${[report.kind, report.id].filter(Boolean).join(' ')}: ${report.message}`)
          .join('\n'),
    );
    this.name = 'NoteProblemsError';
    this.file = file;
    this.problems = problems;
  }
}

const quoted = (text: string): string => JSON.stringify(text);

function place(source: SearchableText, range: TextRange): string {
  return `paragraph ${runIndexAt(source.runs, range.start) + 1}`;
}

/** The words around a range, with the range itself in «». */
export function inContext(source: SearchableText, range: TextRange): string {
  const run = source.runs[runIndexAt(source.runs, range.start)] as TextRange;
  const from = Math.max(run.start, range.start - CONTEXT);
  const to = Math.min(run.end, range.end + CONTEXT);
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  return (
    `${from > run.start ? '…' : ''}${flat(source.text.slice(from, range.start))}` +
    `«${flat(source.text.slice(range.start, range.end))}»` +
    `${flat(source.text.slice(range.end, to))}${to < run.end ? '…' : ''}`
  );
}

function notFound(source: SearchableText, annotation: AnchorRequest): ProblemReport {
  const wanted = foldQuote(annotation.quote);
  const names = [...new Set([annotation.quote, ...(annotation.names ?? [])])];
  if (annotation.type === 'party' && names.every((name) => findAll(source, foldQuote(name)).length === 0)) {
    return {
      path: [],
      field: 'quote',
      message: `the text never names this party: none of ${names.map(quoted).join(', ')} occurs in it`,
      fix: 'add the name the text uses to `aliases`, or set `quote` to the words that refer to it',
    };
  }
  const closest = closestPassage(source.folded, wanted);
  const lead =
    annotation.type === 'party'
      ? `quote ${quoted(annotation.quote)} was not found, so the party has no passage`
      : `quote ${quoted(annotation.quote)} was not found`;
  if (!closest || closest.edits > Math.max(2, Math.ceil(wanted.length / 2))) {
    return {
      path: [],
      field: 'quote',
      message: `${lead}, and nothing in the text comes close`,
      fix: 'copy the words exactly from the text of the note',
    };
  }
  const found = source.folded.slice(closest.start, closest.end);
  const range = { start: source.origin[closest.start] as number, end: (source.origin[closest.end - 1] as number) + 1 };
  return {
    path: [],
    field: 'quote',
    message: `${lead}; closest: ${quoted(found)} (${place(source, range)}), which differs as ${showDifference(wanted, found)}`,
    fix: `write quote: ${quoted(found)} if that is the passage meant, or correct the text`,
  };
}

function describePlacement(problem: PlacementProblem & { source: SearchableText }): ProblemReport {
  const { source, annotation } = problem;
  switch (problem.problem) {
    case 'not-found':
      return notFound(source, annotation);
    case 'context-not-found': {
      const fields = [
        annotation.prefix !== undefined ? 'prefix' : '',
        annotation.suffix !== undefined ? 'suffix' : '',
      ].filter(Boolean);
      const places = problem.candidates.map((range) => `${place(source, range)}: ${inContext(source, range)}`);
      return {
        path: [],
        field: fields.join(' and '),
        message: `quote ${quoted(annotation.quote)} occurs ${problem.candidates.length === 1 ? 'once' : `${problem.candidates.length} times`}, but never with ${fields.map((field) => `${field} ${quoted((field === 'prefix' ? annotation.prefix : annotation.suffix) ?? '')}`).join(' and ')}: ${places.join('; ')}`,
        fix: `make the ${fields.join(' and ')} the exact words next to the quote, or remove ${fields.length > 1 ? 'them' : 'it'}`,
      };
    }
    case 'ambiguous': {
      const places = problem.matches.map(
        (range, index) => `(${index + 1}) ${place(source, range)}: ${inContext(source, range)}`,
      );
      return {
        path: [],
        field: 'quote',
        message: `quote ${quoted(annotation.quote)} matches ${problem.matches.length} places: ${places.join('; ')}`,
        fix: 'add a prefix (the words just before the quote) or a suffix (just after) to choose one, or quote more words',
      };
    }
    case 'overlap':
      return {
        path: [],
        field: 'quote',
        message: `its passage ${quoted(source.text.slice(problem.range.start, problem.range.end))} partly overlaps the passage of ${problem.other.type} "${problem.other.id}" (${quoted(source.text.slice(problem.otherRange.start, problem.otherRange.end))}) in ${place(source, problem.range)}`,
        fix: 'passages may sit one inside the other but not cross: shorten or lengthen one of the quotes',
      };
  }
}

/** Says a problem for an author. `data` is the note's raw frontmatter, to name annotations by id. */
export function describeProblem(problem: NoteProblem, data?: Record<string, unknown>): ProblemReport {
  if (problem.problem === 'schema') return describeSchemaProblem(problem, data);
  const list = annotationsList(data, LIST_OF[problem.annotation.type]);
  const index = list ? list.findIndex((item) => isRecord(item) && item['id'] === problem.annotation.id) : -1;
  const base = { kind: problem.annotation.type, id: problem.annotation.id };
  const where = (field?: string): PropertyKey[] =>
    index >= 0 ? [LIST_OF[problem.annotation.type], index, ...(field ? [field] : [])] : [];
  if (problem.problem === 'id-taken') {
    return {
      ...base,
      path: where('id'),
      field: 'id',
      message: `id "${problem.annotation.id}" is also the id of a heading (or other element) in the text, so its link would be ambiguous`,
      fix: `choose another id, e.g. "${problem.annotation.id}-${problem.annotation.type}"`,
    };
  }
  const report = describePlacement(problem);
  const firstField = report.field?.split(' ')[0];
  return { ...base, ...report, path: where(firstField === 'quote' || firstField === undefined ? 'quote' : firstField) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function annotationsList(data: Record<string, unknown> | undefined, key: string): unknown[] | undefined {
  const list = data?.[key];
  return Array.isArray(list) ? list : undefined;
}

function describeSchemaProblem(
  problem: Extract<NoteProblem, { problem: 'schema' }>,
  data?: Record<string, unknown>,
): ProblemReport {
  const [list, index, field] = problem.path;
  const kind = typeof list === 'string' ? KIND_OF[list] : undefined;
  let id: string | undefined;
  if (kind && typeof index === 'number') {
    const item = annotationsList(data, list as string)?.[index];
    if (isRecord(item) && typeof item['id'] === 'string') id = item['id'];
  }
  const fieldName = kind
    ? typeof field === 'string'
      ? field
      : undefined
    : problem.path.filter((part) => typeof part === 'string').join('.') || undefined;
  return { path: problem.path, kind, id, field: fieldName, message: problem.message };
}
