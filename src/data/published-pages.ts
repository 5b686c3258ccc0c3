/**
 * The pages of lists cut into pages that the links lock says were published. A list that grows shorter (notes
 * removed, a year's last date gone) would drop its last pages; they are built on instead, pointing to the list,
 * so that no published address stops answering.
 */
import { readLock } from '../loading/links-lock.ts';

/** The pages `lock` records under `prefix` (relative to the base path), less those built anyway. */
export function pagesToKeep(
  prefix: RegExp,
  built: ReadonlyArray<string | undefined>,
  lock: string | undefined,
): string[] {
  if (!lock) return [];
  const kept = new Set(built.map((param) => (param ? `${param}/` : '')));
  return (readLock(lock).pages ?? []).flatMap((page) => {
    const match = prefix.exec(page);
    const param = match?.[1];
    return param !== undefined && !kept.has(`${param}/`) ? [param] : [];
  });
}
