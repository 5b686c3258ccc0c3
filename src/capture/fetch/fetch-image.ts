/**
 * Fetches an image for a new note, as fetch-page.ts fetches a page: redirects followed, a time limit on the whole
 * exchange, and a cap on its size while it streams in. What it is is told by its first bytes, not its headers.
 */
import { megabytes } from './fetch-page.ts';

export const IMAGE_LIMITS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024 };

/** The image's type, as the extension of its file, from its first bytes; nothing when it is none of these. */
export function imageTypeOf(bytes: Uint8Array): 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg' | undefined {
  const head = Buffer.from(bytes.subarray(0, 512));
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  if (/^GIF8[79]a/.test(head.toString('latin1', 0, 6))) return 'gif';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]/.test(head.toString('latin1', 8, 12))) return 'avif';
  if (
    /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head.toString('utf8'))
  )
    return 'svg';
  return undefined;
}

export async function fetchImage(
  address: string,
  limits: { timeoutMs: number; maxBytes: number } = IMAGE_LIMITS,
): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    const response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) return { error: `it answered ${response.status} ${response.statusText}`.trim() };
    const tooLarge = { error: `it is larger than ${megabytes(limits.maxBytes)}` };
    if (Number(response.headers.get('content-length')) > limits.maxBytes) return tooLarge;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) return tooLarge;
      chunks.push(chunk);
    }
    return { bytes: Buffer.concat(chunks) };
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
      return { error: `no answer within ${limits.timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ? `the connection failed (${cause.code})` : String(cause?.message ?? error) };
  }
}
