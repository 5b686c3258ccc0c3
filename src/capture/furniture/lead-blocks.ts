/**
 * An article's standfirst, subheadline and lead photo's caption, which sit in its header beside the headline,
 * outside the body Readability picks: read from the page before Readability runs, and put back at the top of the
 * article when Readability left them out. And the boxes that close an `<article>` after its body (a fact box, "Le
 * SMEBA en bref"), which Readability drops as beside the text: put back at its end.
 */
import { CAPTION_CLASS_WORDS, classWords, FACT_CLASS_WORDS, LEAD_CLASS_WORDS } from './furniture-words.ts';

/** An element's words as a reader sees them: the code of its scripts and styles is no one's words. */
function words(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (!/^(?:script|style|noscript|template)$/i.test(node.nodeName))
      for (const child of node.childNodes) walk(child);
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const hasClassWord = (element: Element, wanted: ReadonlySet<string>): boolean =>
  classWords(element.getAttribute('class') ?? '').some((word) => wanted.has(word));

/** The words of an element's links. */
const linkWords = (element: Element): number =>
  [...element.querySelectorAll('a')].reduce((sum, link) => sum + words(link).length, 0);

/**
 * A subheadline or a list of highlights right after the headline, whatever its class ("pm-subline", the bullets of a
 * press release): an `h2` or a list that is the headline's next element, or after one such, and mostly not links.
 */
function subheadlineAfter(element: Element): boolean {
  if (!/^(?:H2|UL|OL)$/.test(element.tagName)) return false;
  let previous = element.previousElementSibling;
  if (previous && /^(?:H2|UL|OL)$/.test(previous.tagName)) previous = previous.previousElementSibling;
  return previous?.tagName === 'H1' && linkWords(element) * 2 < words(element).length;
}

/** The standfirsts and lead captions of a page, as HTML with their words, in the order the page has them. */
export function leadBlocks(document: Document): { html: string; text: string }[] {
  const scope = document.querySelector('article') ?? document.querySelector('main');
  if (!scope) return [];
  const blocks: { html: string; text: string }[] = [];
  for (const element of scope.querySelectorAll('p, div, ul, ol, h2, figure')) {
    const text = words(element);
    // The body starts at its first long paragraph: what comes after it is Readability's to keep.
    if (element.tagName === 'P' && text.length > 150 && !hasClassWord(element, LEAD_CLASS_WORDS)) break;
    if (element.tagName === 'FIGURE') {
      const caption = [...element.querySelectorAll('figcaption, [class]')].find(
        (part) => part.tagName === 'FIGCAPTION' || hasClassWord(part, CAPTION_CLASS_WORDS),
      );
      const said = caption ? words(caption) : '';
      if (said.length >= 15) blocks.push({ html: `<p>${escape(said)}</p>`, text: said });
      continue;
    }
    if (text.length < 15 || text.length > 800) continue;
    if (!hasClassWord(element, LEAD_CLASS_WORDS) && !subheadlineAfter(element)) continue;
    // The header's box around the headline is no standfirst: the standfirst inside it is found on its own.
    if (element.querySelector('h1')) continue;
    if (blocks.some((block) => block.text.includes(text))) continue;
    blocks.push({ html: element.tagName === 'DIV' ? `<p>${escape(text)}</p>` : element.outerHTML, text });
  }
  return blocks;
}

/** Readability's article with the lead blocks it left out put back at its top. */
export function withLeadBlocks(content: string, textContent: string, blocks: { html: string; text: string }[]) {
  const kept = textContent.replace(/\s+/g, ' ');
  const missing = blocks.filter((block) => !kept.includes(block.text.slice(0, 80)));
  return missing.length === 0 ? content : `${missing.map((block) => block.html).join('')}${content}`;
}

/**
 * The boxes inside the page's `<article>` after its last long paragraph, with a heading of their own and few links
 * (a fact box, a timeline), as HTML with their words. The site's furniture is gone by then (`removePageFurniture`).
 */
export function closingBoxes(document: Document): { html: string; text: string }[] {
  const scope = document.querySelector('article');
  if (!scope) return [];
  const long = [...scope.querySelectorAll('p')].filter((paragraph) => words(paragraph).length > 150);
  const last = long.at(-1);
  if (!last) return [];
  // In document order (linkedom's compareDocumentPosition is not to be relied on).
  const order = [...scope.querySelectorAll('*')];
  const after = order.indexOf(last);
  return [...scope.querySelectorAll('div, section')]
    .filter((box) => order.indexOf(box) > after)
    .filter((box) => box.querySelector(':scope > h2, :scope > h3, :scope > h4') && !box.querySelector('div, section'))
    .map((box) => ({ box, text: words(box) }))
    .filter(({ box, text }) => text.length >= 30 && text.length <= 1500 && linkWords(box) * 3 < text.length)
    .map(({ box, text }) => ({ html: box.outerHTML, text }));
}

/** Readability's article with the closing boxes it left out put back at its end. */
export function withClosingBoxes(content: string, textContent: string, boxes: { html: string; text: string }[]) {
  const kept = textContent.replace(/\s+/g, ' ');
  const missing = boxes.filter((box) => !kept.includes(box.text.slice(0, 80)));
  return missing.length === 0 ? content : `${content}${missing.map((box) => box.html).join('')}`;
}

/** A box of the article's facts: its class says so, it has a heading, and few of its words are links. */
export function isFactBox(element: Element): boolean {
  if (!/^(?:ASIDE|DIV|SECTION)$/.test(element.tagName) || !hasClassWord(element, FACT_CLASS_WORDS)) return false;
  const text = words(element);
  return (
    !!element.querySelector('h2, h3, h4') &&
    text.length >= 40 &&
    text.length <= 1500 &&
    linkWords(element) * 5 < text.length
  );
}

/** The article's fact boxes, wherever they stand in it, as HTML with their words: Readability drops them as asides. */
export function factBoxes(document: Document): { html: string; text: string }[] {
  const scope = document.querySelector('article') ?? document.querySelector('main');
  if (!scope) return [];
  return [...scope.querySelectorAll('aside, div, section')].filter(isFactBox).map((box) => ({
    html: box.outerHTML.replace(/^<aside/, '<div').replace(/<\/aside>$/, '</div>'),
    text: words(box),
  }));
}
