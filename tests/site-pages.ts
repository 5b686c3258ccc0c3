/** Every page of a built site, as the paths a reader would visit. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function pagesOf(root: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html')
        pages.push(`/${relative(root, folder)}/`.replace(/^\/\/$/, '/').replace('//', '/'));
    }
  };
  walk(root);
  return pages.sort();
}
