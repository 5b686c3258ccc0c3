/**
 * Problems the anchoring plugin meets while Astro renders the notes. During `astro build` they are collected
 * here, so the build renders each note once and still refuses to write a page when any note has a problem
 * (Astro's glob() loader would only log a thrown error and go on). Elsewhere (`astro dev`) they are thrown.
 */
import type { VFile } from 'vfile';
import { NoteProblemsError, type NoteProblem } from '../lib/note-problems.ts';

const collected = new Map<string, NoteProblem[]>();
let collecting = false;

/** From now on, collect instead of throwing (the build's note check calls this). */
export function startCollecting(): void {
  collecting = true;
  collected.clear();
}

/** The plugin's `onProblems` for the site's pipeline. */
export function reportOrCollect(problems: NoteProblem[], file: VFile): void {
  if (!collecting) throw new NoteProblemsError(file.path, problems);
  collected.set(file.path, problems);
}

/** Every note's problems so far, by the note's absolute path. */
export const collectedProblems = (): ReadonlyMap<string, NoteProblem[]> => collected;
