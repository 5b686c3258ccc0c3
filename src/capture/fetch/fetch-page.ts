/**
 * Fetches a web page for `npm run new`, as a browser would ask for it, within limits: redirects are followed, the
 * whole exchange has a time limit, and a page larger than the cap is refused while it streams in. Every failure is
 * one sentence, for one line of output.
 */

export interface FetchedPage {
  /** The page's bytes. */
  bytes: Uint8Array;
  /** Where it was found, after redirects: the address its relative links are resolved against. */
  url: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 };

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Why a request failed, in words: the network's own reason where Node gives one. */
function reasonOf(error: unknown, limits: FetchLimits): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${limits.timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ENOTFOUND') return 'no such host';
  if (cause?.code === 'ECONNREFUSED') return 'the connection was refused';
  if (cause?.code) return `the connection failed (${cause.code})`;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export async function fetchPage(
  address: string,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<FetchedPage | { error: string }> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(address, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) return { error: `the page answered ${response.status} ${response.statusText}`.trim() };
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html/i.test(type)) return { error: `it is not a web page but ${type.split(';')[0]}` };
    const declared = Number(response.headers.get('content-length'));
    if (declared > limits.maxBytes) return { error: `the page is larger than ${megabytes(limits.maxBytes)}` };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) return { error: `the page is larger than ${megabytes(limits.maxBytes)}` };
      chunks.push(chunk);
    }
    return { bytes: Buffer.concat(chunks), url: response.url || address };
  } catch (error) {
    return { error: reasonOf(error, limits) };
  }
}
