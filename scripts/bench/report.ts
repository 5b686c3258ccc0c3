/** What every section of the bench's report shares: the run's settings, how a line is said, how a budget is judged. */

/** One run of `npm run bench`, as its options set it; each section is handed this rather than reading globals. */
export interface BenchRun {
  /** The working folder: the synthetic notes, the builds, and `results/` kept from earlier runs. */
  work: string;
  /** How many synthetic notes. */
  notes: number;
  /** Rounds measured after the warm-up round. */
  runs: number;
  /** `--quick`: the builds with annotation pages and search are skipped. */
  quick: boolean;
}

/** Adds a line to the report. */
export type Say = (line?: string) => number;

export const verdict = (ok: boolean): string => (ok ? 'pass' : 'FAIL');
