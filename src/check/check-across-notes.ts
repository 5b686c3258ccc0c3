/**
 * What only the notes together show: two notes with one page, a former slug that is another note's page, and
 * links published before (links.lock.json) that no note answers to any more.
 */
import { relative } from 'node:path';
import { lostLinks, type PublishedNote } from '../site/published-links.ts';
import { annotationsOf } from '../schemas/note.ts';
import type { CheckedNote } from './check-note.ts';
import { readLock } from '../loading/links-lock.ts';
import * as say from './problem-wording.ts';
import type { CheckResult, LocatedProblem } from './report.ts';

function publishedNote({ file, page, note }: CheckedNote): PublishedNote[] {
  if (!note) return [];
  const annotations = annotationsOf(note);
  return [
    {
      file,
      slug: page,
      formerSlugs: note.formerSlugs,
      ids: annotations.map((annotation) => annotation.id),
      formerIds: annotations.flatMap((annotation) => annotation.formerIds),
    },
  ];
}

/** A problem of the notes together, put in the file it concerns. */
function inFile(file: string, { kind, id, field, message, fix }: say.Wording, line?: number): LocatedProblem {
  return { file, ...(line === undefined ? {} : { line }), kind, id, field, message, fix };
}

/** Two notes may not have one page: file names that differ only in case or punctuation. */
function samePageProblems(notes: CheckedNote[]): LocatedProblem[] {
  const owners = new Map<string, string>();
  const problems: LocatedProblem[] = [];
  for (const { file, page } of notes) {
    const owner = owners.get(page);
    if (owner) {
      problems.push(inFile(file, say.samePage(page, owner), 1));
    } else owners.set(page, file);
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
        problems.push(inFile(note.file, say.formerSlugTaken(former, owner)));
      } else owners.set(former, note.file);
    }
  }
  return problems;
}

function lostLinkProblems(
  root: string,
  lockPath: string | undefined,
  notes: PublishedNote[],
  annotationPages: boolean,
): LocatedProblem[] {
  if (!lockPath) return [];
  const lock = readLock(lockPath);
  return [
    ...lostLinks(lock, notes).map((lost) => inFile(lost.file ?? relative(root, lockPath), say.lostLink(lost))),
    ...(lock.sharePages && !annotationPages ? [inFile(relative(root, lockPath), say.sharePagesOff())] : []),
  ];
}

export interface CheckOptions {
  /** What paths in reports are relative to; the working directory by default. */
  root?: string;
  /** The record of published links to hold the notes to, if any (see `lockPathOf`). */
  lock: string | undefined;
  /** Whether annotations have pages of their own: the `annotationPages` option. */
  annotationPages: boolean;
}

/** Every problem of every note, and what only the notes together show. */
export function checkAcrossNotes(notes: CheckedNote[], options: CheckOptions): CheckResult {
  const root = options.root ?? process.cwd();
  const lockPath = options.lock;
  const published = notes.flatMap(publishedNote);
  const problems = [
    ...notes.flatMap((checked) => checked.problems),
    ...samePageProblems(notes),
    ...movedPageProblems(published),
    ...lostLinkProblems(root, lockPath, published, options.annotationPages),
  ];
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    notes: notes.length,
    annotations: notes.reduce((sum, checked) => sum + checked.annotations, 0),
    problems,
    published,
  };
}
