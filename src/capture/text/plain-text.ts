/**
 * A captured article in plain text, as a browser's "save as text" or a copy gives it: the title on its first
 * line, then the paragraphs (one per line, or blocks between blank lines), then whatever the site printed around
 * the article. The site's furniture is cut and handed back, so the author is told what was left out.
 */

import { isFurniture } from '../furniture/furniture.ts';
import { looksHardWrapped, unwrapPdfText } from './pdf-text.ts';

interface ImportedText {
  title: string;
  /** The paragraphs, word for word. */
  paragraphs: string[];
  /** The lines left out as the site's furniture, in order. */
  cut: string[];
  /** Paragraphs that are the items of a list ("1. …", "- …"), in a PDF's copy. */
  listItems?: ReadonlySet<string>;
}

/**
 * A PDF's copy: its lines joined into paragraphs, its running lines cut, its title the first short block. A PDF
 * prints no site around its text, so no paragraph is taken for furniture but a short line with no sentence in it
 * ("Share"): a sentence that starts like a time ("12.50 euros a month …") or a byline ("By March, …") is kept.
 */
function importPdfCopy(lines: readonly string[]): ImportedText | { error: string } {
  const { blocks, cut, listItems } = unwrapPdfText(lines);
  const furniture = (block: string): boolean => isFurniture(block) && !/[.!?]$/.test(block);
  const at = blocks.findIndex((block) => !furniture(block) && block.length <= 200 && !listItems.has(block));
  if (at === -1) return { error: 'the file has no text in it' };
  const paragraphs: string[] = [];
  // What comes before the title is cut as a label, unless it is text (a long paragraph or a list).
  for (const block of blocks.slice(0, at)) (block.length > 200 || listItems.has(block) ? paragraphs : cut).push(block);
  for (const block of blocks.slice(at + 1)) (furniture(block) ? cut : paragraphs).push(block);
  if (paragraphs.length === 0) return { error: 'the file has a title but no article text after it' };
  return { title: blocks[at] as string, paragraphs, cut, listItems };
}

/** A line that starts a block of links to other articles: everything from it on is the site's, not the article's. */
const MORE_TO_READ =
  /^(?:read (?:also|more|next)|see also|related(?: (?:articles|stories|news|coverage))?|more (?:on this|from|stories)|latest(?: news| stories| headlines)?|most (?:read|popular|viewed)|top stories|trending|recommended|you may also like|lire (?:aussi|également)|à lire aussi|voir aussi|les plus lus|dernières (?:nouvelles|infos)|lesen sie auch|mehr zum thema|leer también|lee también|leia também|veja também|leggi anche)\s*:?$/i;
export function importPlainText(text: string): ImportedText | { error: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (looksHardWrapped(lines)) return importPdfCopy(lines);
  const cut: string[] = [];
  let at = 0;
  // The title is the first line that is not the site's.
  for (; at < lines.length; at++) {
    const line = (lines[at] as string).trim();
    if (line === '') continue;
    if (isFurniture(line) || MORE_TO_READ.test(line)) cut.push(line);
    else break;
  }
  const title = (lines[at] ?? '').trim();
  if (title === '') return { error: 'the file has no text in it' };

  const body: string[] = [];
  for (let index = at + 1; index < lines.length; index++) {
    const line = lines[index] as string;
    const trimmed = line.trim();
    if (MORE_TO_READ.test(trimmed)) {
      cut.push(
        ...lines
          .slice(index)
          .map((rest) => rest.trim())
          .filter(Boolean),
      );
      break;
    }
    if (trimmed !== '' && isFurniture(trimmed)) cut.push(trimmed);
    else body.push(line.trimEnd());
  }
  // Blank lines between blocks mean the lines of a block are one paragraph; without any, each line is one.
  const hasBlocks = body.some((line, index) => line === '' && body[index - 1] && body[index + 1]);
  const paragraphs = hasBlocks
    ? body
        .join('\n')
        .split(/\n\s*\n/)
        .map((block) => block.trim())
        .filter(Boolean)
    : body.map((line) => line.trim()).filter(Boolean);
  if (paragraphs.length === 0) return { error: 'the file has a title but no article text after it' };
  return { title, paragraphs, cut };
}
