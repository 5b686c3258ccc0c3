/**
 * Cuts a sentence of a words table into what a page writes: plain words, `[links]` (given their addresses in
 * order) and `` `code` ``; then fills each `{name}` with its value, so a value is never read as a link or code.
 */
export type SentencePart = { text: string } | { text: string; href: string } | { text: string; code: true };

const MARKS = /\[([^\]]+)\]|`([^`]+)`/g;

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export function sentenceParts(
  sentence: string,
  hrefs: readonly string[] = [],
  values: Record<string, string> = {},
): SentencePart[] {
  const parts: SentencePart[] = [];
  let links = 0;
  let at = 0;
  for (const match of sentence.matchAll(MARKS)) {
    if (match.index > at) parts.push({ text: fill(sentence.slice(at, match.index), values) });
    const [, link, code] = match;
    if (link !== undefined) {
      const href = hrefs[links++];
      if (href === undefined) throw new Error(`"${sentence}" has more links than the ${hrefs.length} addresses given`);
      parts.push({ text: fill(link, values), href });
    } else parts.push({ text: code as string, code: true });
    at = match.index + match[0].length;
  }
  if (at < sentence.length) parts.push({ text: fill(sentence.slice(at), values) });
  if (links !== hrefs.length) throw new Error(`"${sentence}" has ${links} links for ${hrefs.length} addresses`);
  return parts;
}
