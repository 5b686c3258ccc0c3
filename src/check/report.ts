/** The report an author reads: one block per problem, with where it is, what is wrong and the fix, then a count. */
import type { AstroIntegrationLogger } from 'astro';
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

/** Problems in the notes stopped a build; the report was printed above Astro's own lines. */
export class NotesRefusedError extends Error {
  override name = 'NotesRefusedError';
  readonly problems: number;
  constructor(problems: number) {
    super(`Gloss: ${problems} problem(s) in the notes (listed above); nothing was built.`);
    this.problems = problems;
    this.stack = '';
  }
}

/**
 * Says what a publication of the notes found: a build stops on any problem, with the report; under `astro dev`
 * the report is logged and a note with a problem is left out.
 */
export function reportPublication(
  { result, broken, inReview }: { result: CheckResult; broken: ReadonlySet<string>; inReview: readonly string[] },
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>,
  dev: boolean,
): void {
  const report = formatReport(result);
  if (result.problems.length > 0 && !dev) {
    console.error(`\n${report}\n`);
    throw new NotesRefusedError(result.problems.length);
  }
  if (broken.size > 0) logger.error(`\n${report}\nNotes with a problem are left out until they are mended.`);
  else if (result.problems.length > 0) logger.warn(`\n${report}`);
  else logger.info(report);
  for (const file of inReview)
    logger.warn(
      `left out of this build: ${file} has drafts awaiting review and was never published (npm run build -- --strict refuses it)`,
    );
}
