/**
 * Under `astro dev`, a note's records of where its text and passages stand (what the pages across notes and the
 * open data read) are kept here, in the dev server's process, rather than in Astro's content store: Astro writes
 * and reads its whole store again at every save, and these records made it twice the size of the notes' HTML,
 * and every save twice as slow to show. A build keeps them in the store, where the next build finds them.
 *
 * The loader runs where Astro loads the content config, not in the pages' module graph, so the records are kept
 * on the process under a registered symbol.
 */
const KEY = Symbol.for('gloss.dev-records');

interface Kept {
  digest: string;
  metadata: Record<string, unknown>;
}

const shared = globalThis as typeof globalThis & { [KEY]?: Map<string, Kept> };
const records = (): Map<string, Kept> => (shared[KEY] ??= new Map());

export function keepDevRecords(id: string, digest: string, metadata: Record<string, unknown>): void {
  records().set(id, { digest, metadata });
}

/** The records kept for a note as rendered with this digest, if this process rendered it. */
export function devRecordsOf(id: string, digest: string | number | undefined): Record<string, unknown> | undefined {
  const kept = records().get(id);
  return kept && kept.digest === String(digest) ? kept.metadata : undefined;
}
