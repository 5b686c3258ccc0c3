/**
 * Lists of other pages in an article's Markdown: a list whose every item is one link and nothing else, or two
 * paragraphs or more in a row that are each one link. Sites print their other stories so ("More from …", a
 * teaser rail Readability took for the article's); an article's own sentences carry words around their links.
 * Links within the page (a table of contents, `#…`) are the article's own.
 */

/** One Markdown link, its text allowing escaped brackets, to another page; in emphasis at most. */
const LINK_ONLY = /^[*_]*\[(?:\\.|[^\]\\])+\]\((?!#)(?:[^()\s]|\([^)\s]*\))+(?:\s+"[^"]*")?\)[*_]*$/;

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/;

/** Whether a block is one link, alone. */
export const isLinkOnly = (block: string): boolean => LINK_ONLY.test(block.trim());

/** Whether a block is a list of two items or more, each one link and nothing else. */
export function isListOfLinks(block: string): boolean {
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  return (
    lines.length >= 2 &&
    lines.every(
      (line) =>
        LIST_ITEM.test(line.trim()) &&
        isLinkOnly(
          line
            .trim()
            .replace(LIST_ITEM, '')
            .replace(/^#{1,6}\s+/, ''),
        ),
    )
  );
}

/** The indexes of the blocks that list other pages: lists of links, and runs of two link-only paragraphs or more. */
export function linkListBlocks(blocks: readonly string[]): Set<number> {
  const found = new Set<number>();
  blocks.forEach((block, index) => {
    if (isListOfLinks(block)) found.add(index);
    const run = isLinkOnly(block) && (isLinkOnly(blocks[index - 1] ?? '') || isLinkOnly(blocks[index + 1] ?? ''));
    if (run) found.add(index);
  });
  return found;
}
