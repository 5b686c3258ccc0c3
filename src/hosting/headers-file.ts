/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the built site: the headers a `<meta>` tag
 * cannot set, for every address. Every page also carries its Content-Security-Policy in a `<meta>` tag, which
 * holds on any host; `frame-ancestors` is one of the directives only a header can give.
 */
import { writeFileSync } from 'node:fs';

/** The headers, by name, that every page is served with where a host lets a site set them. */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The file's text: one rule for every path (`/*`), each header on a line of its own, indented. */
export const headersFile = (headers: Readonly<Record<string, string>> = SITE_HEADERS): string =>
  ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');

/** Writes `_headers` at the root of the built site `dir`. */
export function writeHeadersFile(dir: URL): void {
  writeFileSync(new URL('_headers', dir), headersFile());
}
