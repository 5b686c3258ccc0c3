/**
 * The closest copy of a page that a public web archive keeps, for `npm run new` to write into a note's
 * `source.archived`: the Wayback Machine's availability API (`<api>?url=…&timestamp=…` answers
 * `{"archived_snapshots": {"closest": {"available": true, "url": …, "timestamp": "YYYYMMDDhhmmss", "status": "200"}}}`).
 * A lookup that fails, for any reason, is one sentence: the note is imported all the same.
 */
import { archivedCopySchema, type ArchivedCopy } from '../../schemas/archived-copy.ts';

/** The Wayback Machine's availability API, unless GLOSS_ARCHIVE_API names another that answers the same way. */
export const DEFAULT_ARCHIVE_API = 'https://archive.org/wayback/available';

export interface LookupOptions {
  /** The availability API's address. */
  api: string;
  /** How long to wait for its answer: a few seconds, since the note does not need the copy. */
  timeoutMs: number;
  /** The moment the copy should be closest to: the capture's. */
  at: Date;
}

/** How long `npm run new` waits for the archive. */
export const ARCHIVE_TIMEOUT_MS = 5_000;

/** A Wayback timestamp (YYYYMMDDhhmmss, UTC) and back. */
const waybackStamp = (at: Date): string => at.toISOString().replace(/\D/g, '').slice(0, 14);
const STAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** Why a request failed, in words. */
function reasonOf(error: unknown, options: LookupOptions): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `the archive did not answer within ${options.timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'the archive refused the connection';
  if (cause?.code === 'ENOTFOUND') return 'the archive could not be reached (no such host)';
  if (cause?.code) return `the archive could not be reached (${cause.code})`;
  return `the archive could not be reached (${error instanceof Error ? error.message : String(error)})`;
}

/** The closest snapshot in the archive's answer, or why there is none. */
function snapshotOf(answer: unknown, address: string): ArchivedCopy | { error: string } {
  const closest = (answer as { archived_snapshots?: { closest?: Record<string, unknown> } } | null)?.archived_snapshots
    ?.closest;
  if (typeof answer !== 'object' || answer === null || !('archived_snapshots' in answer))
    return { error: 'the archive’s answer is not the JSON its API gives' };
  if (!closest || closest['available'] !== true) return { error: `the archive has no copy of ${address}` };
  const { url, timestamp, status } = closest;
  const stamp = typeof timestamp === 'string' ? STAMP.exec(timestamp) : null;
  if (typeof url !== 'string' || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol) || !stamp)
    return { error: 'the archive’s answer is not the JSON its API gives' };
  if (typeof status === 'string' && !status.startsWith('2'))
    return { error: `the archive’s closest copy of ${address} is not the page (it answered ${status})` };
  const [, year, month, day, hour, minute, second] = stamp;
  // Read as a note's copy is, so what is written passes the check.
  const copy = archivedCopySchema.safeParse({ url, date: `${year}-${month}-${day}T${hour}:${minute}:${second}Z` });
  return copy.success ? copy.data : { error: 'the archive’s answer is not the JSON its API gives' };
}

export async function closestArchivedCopy(
  address: string,
  options: LookupOptions,
): Promise<ArchivedCopy | { error: string }> {
  const query = new URL(options.api);
  query.searchParams.set('url', address);
  query.searchParams.set('timestamp', waybackStamp(options.at));
  try {
    const response = await fetch(query, {
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { error: `the archive answered ${response.status} ${response.statusText}`.trim() };
    const text = await response.text();
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      return { error: 'the archive’s answer is not JSON' };
    }
    return snapshotOf(answer, address);
  } catch (error) {
    return { error: reasonOf(error, options) };
  }
}
