/**
 * Crawls a built site over HTTP from its home page, as a reader's browser would, and reports every internal
 * link, asset or fragment that does not resolve, and every resource requested from another origin.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface LinkReport {
  pages: string[];
  broken: string[];
  foreign: string[];
}

const LINKS: Array<[selector: string, attribute: string, loads: boolean]> = [
  ['a[href]', 'href', false],
  // Stylesheets and icons are loaded with the page; canonical and alternate links only point somewhere.
  [
    'link[href]:is([rel~="stylesheet"], [rel~="icon"], [rel~="preload"], [rel~="modulepreload"], [rel~="manifest"])',
    'href',
    true,
  ],
  [
    'link[href]:not([rel~="stylesheet"], [rel~="icon"], [rel~="preload"], [rel~="modulepreload"], [rel~="manifest"])',
    'href',
    false,
  ],
  ['script[src]', 'src', true],
  ['img[src]', 'src', true],
  ['source[src]', 'src', true],
];

export async function checkLinks(start: string, extraPages: string[] = []): Promise<LinkReport> {
  const origin = new URL(start).origin;
  const base = new URL(start).pathname;
  const report: LinkReport = { pages: [], broken: [], foreign: [] };
  const documents = new Map<string, Promise<{ status: number; ids?: Set<string>; html?: string }>>();
  const load = (url: string) => {
    let entry = documents.get(url);
    if (!entry) {
      entry = fetch(url).then(async (response) => {
        const type = response.headers.get('content-type') ?? '';
        if (!type.includes('text/html')) return { status: response.status };
        const html = await response.text();
        const ids = new Set(selectAll('[id]', fromHtml(html)).map((element) => String(element.properties['id'])));
        return { status: response.status, ids, html };
      });
      documents.set(url, entry);
    }
    return entry;
  };

  const seen = new Set([start, ...extraPages.map((page) => new URL(page, start).href)]);
  const queue = [...seen];
  while (queue.length > 0) {
    const page = queue.shift() as string;
    const { status, html } = await load(page);
    if (status !== 200 || !html) {
      report.broken.push(`${page} (${status})`);
      continue;
    }
    report.pages.push(page);
    const tree = fromHtml(html);
    for (const [selector, attribute, loads] of LINKS) {
      for (const element of selectAll(selector, tree) as Element[]) {
        const value = String(element.properties[attribute === 'href' ? 'href' : 'src']);
        const target = new URL(value, page);
        if (target.origin !== origin) {
          if (loads) report.foreign.push(`${page} loads ${target.href}`);
          continue;
        }
        if (!target.pathname.startsWith(base)) {
          report.broken.push(`${page} → ${value} (outside ${base})`);
          continue;
        }
        const address = `${target.origin}${target.pathname}`;
        const linked = await load(address);
        if (linked.status !== 200) {
          report.broken.push(`${page} → ${value} (${linked.status})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && !fragment.startsWith(':~:') && !linked.ids?.has(fragment)) {
          report.broken.push(`${page} → ${value} (no element with id "${fragment}")`);
        }
        if (linked.html && !seen.has(address)) {
          seen.add(address);
          queue.push(address);
        }
      }
    }
  }
  return report;
}
