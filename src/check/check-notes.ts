/**
 * Checks every note before a page is written: YAML, schema and anchoring, all problems of all notes in one
 * pass, each with the file, the line and a fix. Used by `npm run check` and by the build, which refuses to run
 * on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MarkdownRenderResult, MarkdownRenderer } from '@astrojs/markdown-remark';
import { slug } from 'github-slugger';
import { describeProblem, type NoteProblem } from '../lib/note-problems.ts';
import { createNoteRenderer } from '../markdown/pipeline.ts';
import { annotationsOf, parseNote, type Note } from '../schemas/note.ts';
import { didYouMean, fieldsAt } from './field-names.ts';
import { pageSlugOf } from '../lib/page-slug.ts';
import { lostLinks, type PublishedNote } from '../lib/published-links.ts';
import { lockPathOf, readLock } from './links-lock.ts';
import { lineOf, readNote, type NoteFile } from './read-note.ts';

/** One problem, located in a file: what a report prints as one block. */
export interface LocatedProblem {
  file: string;
  line?: number | undefined;
  kind?: string | undefined;
  id?: string | undefined;
  field?: string | undefined;
  message: string;
  fix?: string | undefined;
}

export interface CheckResult {
  notes: number;
  annotations: number;
  problems: LocatedProblem[];
  /** Every note's page and ids, for the record of published links. */
  published: PublishedNote[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path)
    value = isRecord(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** How to mend a field whose value the schema refused, where there is more to say than the message. */
function fixFor(field: string, value: unknown): string | undefined {
  if (field === 'id' && typeof value === 'string') {
    return `write it as "${slug(value).replace(/_/g, '-').replace(/-+/g, '-')}"`;
  }
  if (field === 'url' || field === 'sameAs') return 'write the full address, starting with https://';
  if (['date', 'published', 'asOf'].includes(field))
    return 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text allows';
  if (field === 'kind') return 'use one of the kinds listed';
  return undefined;
}

/** Makes a schema problem say what a person would: "missing", "did you mean", with the value received. */
function explainSchemaProblem(note: NoteFile, problem: Extract<NoteProblem, { problem: 'schema' }>): LocatedProblem[] {
  const data = isRecord(note.data) ? note.data : undefined;
  const report = describeProblem(problem, data);
  const located = { file: note.path, kind: report.kind, id: report.id };
  if (problem.unknownKeys) {
    const known = fieldsAt(problem.path);
    return problem.unknownKeys.map((key) => {
      const guess = didYouMean(key, known);
      return {
        ...located,
        line: lineOf(note, [...problem.path, key]),
        field: key,
        message: `unknown field \`${key}\``,
        fix: guess ? `did you mean \`${guess}\`?` : `the fields allowed here are: ${known.join(', ')}`,
      };
    });
  }
  const value = valueAt(note.data, problem.path);
  const field = report.field;
  let message = report.message;
  let fix: string | undefined;
  if (value === undefined && /received undefined|expected/i.test(message)) {
    message = `required field \`${field ?? String(problem.path.at(-1))}\` is missing`;
    fix = `add \`${String(problem.path.at(-1))}:\` here`;
  } else if (/^Invalid input: expected (\w+), received (\w+)/.test(message)) {
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
    message = message.replace(/^Invalid input: /, '').replace(/received \w+$/, `received ${shown}`);
    if (typeof value === 'number') message = message.replace('expected number', 'expected a finite number');
    fix = `write \`${String(problem.path.at(-1))}\` as a ${/expected (?:a finite )?(\w+)/.exec(message)?.[1] ?? 'value of the right type'}`;
  } else {
    fix = fixFor(String(problem.path.at(-1)), value);
  }
  return [{ ...located, line: lineOf(note, problem.path), field, message, fix }];
}

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
  rendered?: MarkdownRenderResult | undefined;
}

/** Places the anchoring problems of a note on the lines of its frontmatter, ready to report. */
export function locateProblems(
  note: NoteFile,
  problems: NoteProblem[],
  data: Record<string, unknown>,
): LocatedProblem[] {
  return problems.map((problem) => {
    const report = describeProblem(problem, data);
    return {
      file: note.path,
      line: lineOf(note, report.path),
      kind: report.kind,
      id: report.id,
      field: report.field,
      message: report.message,
      fix: report.fix,
    };
  });
}

/** Checks one note, rendering it with the site's pipeline to anchor its annotations. */
async function checkNote(
  note: NoteFile,
  render: MarkdownRenderer,
  collected: NoteProblem[],
): Promise<Omit<CheckedNote, 'file' | 'page'>> {
  if (note.yamlErrors.length > 0) {
    return {
      problems: note.yamlErrors.map((error) => ({
        file: note.path,
        line: error.line,
        message: `the frontmatter is not valid YAML: ${error.message}`,
        fix: 'check indentation, colons and quotes on this line or the one above it',
      })),
      annotations: 0,
    };
  }
  const problems: LocatedProblem[] = [];
  if (note.body.trim() === '') {
    problems.push({
      file: note.path,
      line: note.frontmatterLine,
      message: 'the note has no text after its frontmatter',
      fix: 'add the text being annotated after the closing ---',
    });
  }
  const parsed = parseNote(note.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(
        ...explainSchemaProblem(note, {
          problem: 'schema',
          path: issue.path,
          message: issue.message,
          ...(issue.code === 'unrecognized_keys' ? { unknownKeys: issue.keys } : {}),
        }),
      );
    }
  }
  if (note.body.trim() === '') return { problems, annotations: 0 };
  // Anchor what is valid even when something else is not, so one run reports every problem.
  const data = parsed.success
    ? (note.data as Record<string, unknown>)
    : validAnnotationsOf(note.data, parsed.error.issues);
  collected.length = 0;
  let rendered: MarkdownRenderResult | undefined;
  try {
    rendered = await render.render(note.body, { frontmatter: data });
  } catch (error) {
    problems.push({
      file: note.path,
      message: `the Markdown could not be rendered: ${error instanceof Error ? error.message.split('\n').at(-1) : String(error)}`,
    });
  }
  problems.push(...locateProblems(note, collected, data));
  if (!parsed.success) return { problems, annotations: 0 };
  const annotations = annotationsOf(parsed.data).length;
  return { problems, annotations, note: parsed.data, rendered: problems.length === 0 ? rendered : undefined };
}

/** The note's annotations without any that has a schema problem (those are reported on their own). */
function validAnnotationsOf(data: unknown, issues: Array<{ path: PropertyKey[] }>): Record<string, unknown> {
  const broken = new Set(issues.map((issue) => `${String(issue.path[0])}/${String(issue.path[1])}`));
  const keep = (list: string): unknown[] => {
    const items = isRecord(data) && Array.isArray(data[list]) ? (data[list] as unknown[]) : [];
    return items.filter((_, index) => !broken.has(`${list}/${index}`));
  };
  return { title: 'checking', parties: keep('parties'), dates: keep('dates'), figures: keep('figures') };
}

/** Checks note files one at a time, all with one renderer of the site's Markdown pipeline. */
export async function createNoteChecker(): Promise<(file: string, raw: string) => Promise<CheckedNote>> {
  const collected: NoteProblem[] = [];
  const render = await createNoteRenderer({ onProblems: (problems) => collected.push(...problems) });
  return async (file, raw) => ({
    file,
    page: pageSlugOf(file),
    ...(await checkNote(readNote(file, raw), render, collected)),
  });
}

function publishedNote(checked: CheckedNote & { note: Note }): PublishedNote {
  const annotations = annotationsOf(checked.note);
  return {
    file: checked.file,
    slug: checked.page,
    formerSlugs: checked.note.formerSlugs,
    ids: annotations.map((annotation) => annotation.id),
    formerIds: annotations.flatMap((annotation) => annotation.formerIds),
  };
}

/** Two notes may not have one page: file names that differ only in case or punctuation. */
function samePageProblems(notes: CheckedNote[]): LocatedProblem[] {
  const owners = new Map<string, string>();
  const problems: LocatedProblem[] = [];
  for (const { file, page } of notes) {
    const owner = owners.get(page);
    if (owner) {
      problems.push({
        file,
        line: 1,
        message: `this note would have the same page, /notes/${page}/, as ${owner}`,
        fix: 'rename one of the two files',
      });
    } else {
      owners.set(page, file);
    }
  }
  return problems;
}

/** A former slug may not be a page that still exists, nor be claimed by two notes. */
function movedPageProblems(notes: PublishedNote[]): LocatedProblem[] {
  const owners = new Map(notes.map((note) => [note.slug, note.file]));
  const problems: LocatedProblem[] = [];
  for (const note of notes) {
    for (const former of note.formerSlugs) {
      const owner = owners.get(former);
      if (owner) {
        problems.push({
          file: note.file,
          field: 'formerSlugs',
          message: `former slug "${former}" is the page of ${owner}`,
          fix: 'a page can only be one note: remove it from formerSlugs',
        });
      } else {
        owners.set(former, note.file);
      }
    }
  }
  return problems;
}

/** Links published before (links.lock.json) that the notes would no longer answer to. */
function lostLinkProblems(root: string, lockPath: string | undefined, notes: PublishedNote[]): LocatedProblem[] {
  if (!lockPath) return [];
  return lostLinks(readLock(lockPath), notes).map((lost) => ({
    file: lost.file ?? relative(root, lockPath),
    message: lost.message,
    fix: lost.fix,
  }));
}

export interface CheckOptions {
  /** What paths in reports are relative to; the working directory by default. */
  root?: string;
  /** The record of published links to hold the notes to; null for none. By default, as `lockPathOf` says. */
  lock?: string | null;
}

/** Every problem of every note, and what only the notes together show: shared pages, moved pages, lost links. */
export function checkResultOf(notes: CheckedNote[], options: CheckOptions = {}): CheckResult {
  const root = options.root ?? process.cwd();
  const lockPath = options.lock === undefined ? lockPathOf(root) : (options.lock ?? undefined);
  const published = notes.flatMap((checked) =>
    checked.note ? [publishedNote({ ...checked, note: checked.note })] : [],
  );
  const problems = [
    ...notes.flatMap((checked) => checked.problems),
    ...samePageProblems(notes),
    ...movedPageProblems(published),
    ...lostLinkProblems(root, lockPath, published),
  ];
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    notes: notes.length,
    annotations: notes.reduce((sum, checked) => sum + checked.annotations, 0),
    problems,
    published,
  };
}

/** The `*.md` notes of a folder, in a stable order. */
export const noteFilesIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort()
    .map((name) => join(folder, name));

/** Checks every `*.md` note in a folder (`npm run check:notes`). */
export async function checkNotes(folder: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = options.root ?? process.cwd();
  const check = await createNoteChecker();
  const notes: CheckedNote[] = [];
  for (const path of noteFilesIn(folder)) notes.push(await check(relative(root, path), readFileSync(path, 'utf8')));
  return checkResultOf(notes, { ...options, root });
}

/** The report an author reads: one block per problem, then a count. */
export function formatReport(result: CheckResult): string {
  if (result.problems.length === 0) {
    return `${result.notes} note${result.notes === 1 ? '' : 's'} checked: all ${result.annotations} annotations are anchored.`;
  }
  const blocks = result.problems.map((problem) => {
    const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
    const what = [problem.kind, problem.id ? `"${problem.id}"` : undefined].filter(Boolean).join(' ');
    const head = [where, what, problem.field ? `field \`${problem.field}\`` : undefined].filter(Boolean).join('  ');
    return [head, `  ${problem.message}`, ...(problem.fix ? [`  fix: ${problem.fix}`] : [])].join('\n');
  });
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  const count = `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${files} note${files === 1 ? '' : 's'}`;
  return `${blocks.join('\n\n')}\n\n${count}.`;
}
