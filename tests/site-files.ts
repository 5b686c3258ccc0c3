/** Every file of a built site, by its path, as a hash of its bytes: two sites compare as two objects. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesOf(site: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(site, path);
    if (statSync(full).isFile()) files[path] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return files;
}
