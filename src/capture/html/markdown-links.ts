/**
 * A Markdown capture keeps its text as written, less the links a note must not hold: a link or image whose
 * address runs code or carries its own content (`javascript:`, `data:`, `vbscript:`, …) is replaced by its words
 * (an image by its alt text), and such a link definition is dropped. Only those spans change, byte for byte.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { SKIP, visit } from 'unist-util-visit';
import { resolveLink } from '../fetch/link-address.ts';

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export function withoutUnsafeLinks(markdown: string): { markdown: string; removed: number } {
  const edits: Edit[] = [];
  visit(fromMarkdown(markdown), (node: Nodes) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return undefined;
    // Relative links are left as they are: a Markdown capture names no page to resolve them against.
    if (resolveLink(node.url, 'https://relative.invalid/') !== 'unsafe') return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    let replacement = '';
    if (node.type === 'image') replacement = (node.alt ?? '').replace(/[\\[\]*_`]/g, '\\$&');
    if (node.type === 'link') {
      const first = node.children[0]?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      replacement = first !== undefined && last !== undefined ? markdown.slice(first, last) : '';
    }
    edits.push({ start, end, replacement });
    return SKIP;
  });
  let result = markdown;
  for (const { start, end, replacement } of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, start) + replacement + result.slice(end);
  return { markdown: result, removed: edits.length };
}
