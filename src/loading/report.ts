/** The report an author reads: one block per problem, with where it is, what is wrong and the fix, then a count. */
import type { PublishedNote } from '../site/published-links.ts';

/** One problem, located in a file: what a report prints as one block. */
export interface LocatedProblem {
  file: string;
  line?: number | undefined;
  kind?: string | undefined;
  id?: string | undefined;
  field?: string | undefined;
  message: string;
  fix?: string | undefined;
  /** Stops a build and the check, but `astro dev` still shows the note (drafts awaiting review). */
  onlyInBuild?: boolean | undefined;
}

export interface CheckResult {
  notes: number;
  annotations: number;
  problems: LocatedProblem[];
  /** Every note's page and ids, for the record of published links. */
  published: PublishedNote[];
  /** Notes a build left out while their drafts await review (never published), by file. */
  leftOut?: string[];
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatReport(result: CheckResult): string {
  if (result.problems.length === 0) {
    return `${count(result.notes, 'note')} checked: all ${result.annotations} annotations are anchored.`;
  }
  const blocks = result.problems.map((problem) => {
    const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
    const what = [problem.kind, problem.id ? `"${problem.id}"` : undefined].filter(Boolean).join(' ');
    const head = [where, what, problem.field ? `field \`${problem.field}\`` : undefined].filter(Boolean).join('  ');
    return [head, `  ${problem.message}`, ...(problem.fix ? [`  fix: ${problem.fix}`] : [])].join('\n');
  });
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  return `${blocks.join('\n\n')}\n\n${count(result.problems.length, 'problem')} in ${count(files, 'note')}.`;
}
