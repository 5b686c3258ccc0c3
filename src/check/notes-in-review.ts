/**
 * Which notes a build leaves out while their drafts await review: a note never published whose only problems are
 * drafts. A published note with drafts still stops the build (its links must not vanish), and so does any draft
 * when the build is strict (`npm run build -- --strict`, for CI).
 */
import type { CheckedNote } from './check-note.ts';

export function notesInReview(notes: CheckedNote[], published: ReadonlySet<string>, strict: boolean): CheckedNote[] {
  if (strict) return [];
  return notes.filter(
    ({ page, problems }) =>
      problems.length > 0 && problems.every((problem) => problem.onlyInBuild) && !published.has(page),
  );
}
