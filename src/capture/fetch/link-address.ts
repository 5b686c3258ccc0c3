/**
 * Where a link of a captured article may point: an http(s) or mailto address, or a passage of the page itself.
 * A relative address is resolved against the page's own address; anything that runs code or carries its own
 * content (`javascript:`, `data:`, `vbscript:`, any other scheme) is refused.
 */

const KEPT_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export type Verdict = { href: string } | 'unsafe' | 'unresolved';

export function resolveLink(value: string, address: string | undefined): Verdict {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return { href: trimmed };
  // A scheme of its own makes the address absolute; browsers ignore tabs and newlines inside a scheme.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\t\n\r]/g, ''))?.[1];
  if (scheme) {
    try {
      const url = new URL(trimmed);
      return KEPT_SCHEMES.has(url.protocol) ? { href: url.href } : 'unsafe';
    } catch {
      return 'unsafe';
    }
  }
  if (!address) return 'unresolved';
  try {
    return { href: new URL(trimmed, address).href };
  } catch {
    return 'unresolved';
  }
}
