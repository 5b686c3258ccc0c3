/**
 * A saved page's furniture taken out of its DOM before Readability reads it, by structure (boxes whose class or
 * id names an ad, a newsletter, a share bar, other stories, a byline, a kicker, a photo credit; navigation,
 * asides, forms) and by the words they are labelled with ("Advertisement", "You may also like", "Lesen Sie auch").
 * Readability keeps a box whose class also says "article" ("related-article"), and the lists under such labels.
 */
import {
  AD_LABEL,
  classWords,
  CONTENT_CLASS_WORDS,
  FURNITURE_CLASS_WORDS,
  NEVER_ARTICLE_WORDS,
  RELATED_LABEL,
  SHORT_ONLY,
} from './furniture-words.ts';
import { isFactBox } from './lead-blocks.ts';
import { pullQuotes } from './pull-quotes.ts';

const words = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Tags that never hold an article's words. */
const NEVER_ARTICLE = 'nav, aside, form, button, select, [role="navigation"], [role="complementary"], [hidden]';

/** A box longer than this is furniture only if its class says so without naming content too. */
const SHORT = 200;

/** Text for screen readers alone ("Image caption", "Media caption"), which a reader of the page never sees. */
const SCREEN_READER = /\b(?:off-?screen|sr-only|screen-?reader(?:-text)?|visually-?hidden|visuallyhidden)\b/i;

function isFurnitureBox(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (SCREEN_READER.test(names) && words(element).length <= SHORT) return true;
  const found = classWords(names);
  if (!found.some((word) => FURNITURE_CLASS_WORDS.has(word))) return false;
  const length = words(element).length;
  if (length <= SHORT) return true;
  if (found.some((word) => CONTENT_CLASS_WORDS.has(word))) return false;
  return found.some((word) => FURNITURE_CLASS_WORDS.has(word) && !SHORT_ONLY.has(word));
}

/** Whether a removal would take the article itself: the main heading, or most of the page's paragraphs. */
function holdsArticle(element: Element, heading: Element | null, paragraphText: number): boolean {
  if (heading && element.contains(heading)) return true;
  let inside = 0;
  for (const paragraph of element.querySelectorAll('p')) inside += words(paragraph).length;
  return inside > paragraphText * 0.4;
}

/** An element's words with a space between its parts, as a reader would see them apart. */
function spacedWords(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (/^(?:script|style|noscript)$/i.test(node.nodeName)) return;
    else
      for (const child of node.childNodes) {
        parts.push(' ');
        walk(child);
      }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const linkDensity = (element: Element): number => {
  const all = words(element).length;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += words(link).length;
  return all === 0 ? 0 : linked / all;
};

/** The page less its furniture; each box taken out is handed back as a line (its first words). */
export function removePageFurniture(document: Document): string[] {
  const cut: string[] = [];
  const mainHeading = document.querySelector('article h1, main h1, h1');
  const scope =
    mainHeading?.closest('article') ??
    document.querySelector('article') ??
    document.querySelector('main') ??
    document.body;
  if (!scope) return cut;
  const heading = scope.querySelector('h1');
  let paragraphText = 0;
  for (const paragraph of document.querySelectorAll('p')) paragraphText += words(paragraph).length;
  // What is cut from the article is said; the site's chrome around it (its menus, its footer) goes unsaid.
  const remove = (element: Element): void => {
    const text = spacedWords(element);
    if (text && (scope === document.body || scope.contains(element)))
      cut.push(text.length > 100 ? `${text.slice(0, 100)}…` : text);
    element.remove();
  };
  // Comments in the markup are no one's words, and would reach the note as raw HTML.
  const walker = document.createTreeWalker(document.body ?? scope, 128);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  // A wiki's "[edit]" links inside its headings go first, so that the heading reads as its label alone ("Weblinks").
  for (const edit of [...document.querySelectorAll('[class*="editsection"]')]) edit.remove();
  const candidates = [...(document.body ?? scope).querySelectorAll('*')];
  for (const element of candidates) {
    if (!element.isConnected || /^(?:script|style|h1|html|body|article|main)$/i.test(element.tagName)) continue;
    const text = words(element);
    const names = classWords(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
    if (names.some((word) => NEVER_ARTICLE_WORDS.has(word)) && !(heading && element.contains(heading))) {
      remove(element);
      continue;
    }
    // A box of the article's facts inside it is the article's, even as an <aside> ("Key facts").
    if (isFactBox(element) && scope.contains(element)) continue;
    if (element.matches(NEVER_ARTICLE) || isFurnitureBox(element)) {
      if (!holdsArticle(element, heading, paragraphText)) remove(element);
      continue;
    }
    if (element.children.length === 0 && AD_LABEL.test(text)) {
      remove(element);
      continue;
    }
    // A label stands on its own; "(More)" after a sentence's words is that sentence's link.
    const inSentence = /\p{L}/u.test(
      element.previousSibling?.nodeType === 3 ? (element.previousSibling.textContent ?? '') : '',
    );
    if (element.children.length <= 1 && text.length <= 60 && RELATED_LABEL.test(text) && !inSentence)
      removeRelated(element, remove);
  }
  // Beside the article that has the headline, another <article> is another story's teaser.
  if (scope.tagName === 'ARTICLE')
    for (const other of [...document.querySelectorAll('article')])
      if (
        other.isConnected &&
        !other.contains(scope) &&
        !scope.contains(other) &&
        !holdsArticle(other, heading, paragraphText)
      )
        remove(other);
  for (const quote of pullQuotes(scope)) remove(quote);
  // An e-mail field is a newsletter's or a login's: its box goes with it.
  for (const field of [...document.querySelectorAll('input[type="email"]')]) {
    let box: Element = field;
    while (box.parentElement && box.parentElement !== document.body && words(box.parentElement).length < 600)
      box = box.parentElement;
    if (box.isConnected && !holdsArticle(box, heading, paragraphText)) remove(box);
  }
  return cut;
}

/** A label over other stories, and the links after it: the box that holds both when it is mostly links. */
function removeRelated(label: Element, remove: (element: Element) => void): void {
  let box: Element = label;
  while (box.parentElement && box.parentElement.children.length === 1) box = box.parentElement;
  const parent = box.parentElement;
  if (parent && parent.children.length <= 8 && linkDensity(parent) > 0.4 && words(parent).length < 1500) {
    remove(parent);
    return;
  }
  const following: Element[] = [];
  // A list under the label is its links' when close to half its words are links ("Author's book in the catalogue").
  const linked = (next: Element): boolean => linkDensity(next) > (/^(?:UL|OL)$/.test(next.tagName) ? 0.4 : 0.5);
  for (let next = box.nextElementSibling; next && linked(next); next = next.nextElementSibling) following.push(next);
  remove(box);
  for (const element of following) element.remove();
}
