/** A page of a built site, read as a hast tree: `path` is the page's address in the site (`notes/<slug>/`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export function builtPage(site: string, path: string): Root {
  return fromHtml(readFileSync(join(site, path, 'index.html'), 'utf8'));
}
