/**
 * Captions the note cannot keep with their picture. A note keeps a caption as its image's title, which the site
 * prints under it; it can do so for a `<figure>`'s caption, whose picture the page names. A figure's caption with
 * no picture to go with (its image taken out with a gallery's box, or drawn by a script), a box the page calls a
 * caption outside any figure, and the words beside the one image of a box named for a picture ("photo", "media"):
 * none says which image it captions, and each would be left in the text as a paragraph of the article. Each is taken
 * out of the page before Readability reads it, and said in a line.
 */
import { classWords } from './furniture-words.ts';

const words = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An image address, as Readability reads a lazy image's attributes ("data-src", "data-srcset") to show it. */
const IMAGE_ADDRESS = /\.(?:jpe?g|png|webp|gif|avif)\b/i;

/** Words of a class that call a box a picture's caption. */
const CAPTION_WORDS = new Set(['caption', 'legende', 'leyenda', 'legenda', 'didascalia', 'bildunterschrift']);

/** A caption box is short; a longer box so named is something else (a gallery's text, a story). */
const CAPTION_LENGTH = 300;

/** An image the note can keep: one with an address, in its `src` or where a lazy-loading script would find it. */
const hasPicture = (figure: Element): boolean =>
  [...figure.querySelectorAll('img, picture source')].some((image) =>
    [...image.attributes].some(
      ({ name, value }) =>
        name !== 'alt' &&
        ((name === 'src' && value.trim() !== '' && !/^data:/i.test(value)) || IMAGE_ADDRESS.test(value)),
    ),
  );

/** Words of a class that name a box for a picture. */
const PICTURE_WORDS = new Set(['image', 'img', 'photo', 'picture', 'pic', 'media']);

/** A box the page names for a picture, holding one image and no more words than a caption, in no paragraphs of its own. */
const isPictureBox = (box: Element): boolean =>
  classWords(box.getAttribute('class') ?? '').some((word) => PICTURE_WORDS.has(word)) &&
  box.querySelectorAll('img').length === 1 &&
  words(box).length <= CAPTION_LENGTH &&
  !box.querySelector('h1, h2, h3, h4, li, table, blockquote');

const line = (text: string): string => `caption: ${text.length > 100 ? `${text.slice(0, 100)}…` : text}`;

/** The page less the captions it cannot keep with their picture; each is handed back as a line. */
export function removeOrphanCaptions(document: Document): string[] {
  const cut: string[] = [];
  const remove = (caption: Element): void => {
    const text = words(caption);
    if (text) cut.push(line(text));
    caption.remove();
  };
  for (const caption of [...document.querySelectorAll('figure figcaption')]) {
    const figure = caption.closest('figure');
    if (!caption.isConnected || !figure || hasPicture(figure)) continue;
    // A figure of a table, a quotation or code keeps its caption.
    if (!figure.querySelector('table, blockquote, pre, code')) remove(caption);
  }
  for (const caption of [...document.querySelectorAll('[class]')]) {
    // A table's caption is its title, kept by the table's own rule.
    if (!caption.isConnected || caption.closest('figure, table')) continue;
    if (!classWords(caption.getAttribute('class') ?? '').some((word) => CAPTION_WORDS.has(word))) continue;
    if (caption.querySelector('img, picture, video, iframe, table') || words(caption).length > CAPTION_LENGTH) continue;
    remove(caption);
  }
  // A box named for a picture, with one image and a few words: the words are the picture's caption.
  for (const box of [...document.querySelectorAll('[class]')]) {
    if (!box.isConnected || box.closest('figure') || !isPictureBox(box)) continue;
    for (const part of [...box.querySelectorAll('p, span, div')])
      if (part.isConnected && !part.querySelector('img, picture') && words(part)) remove(part);
  }
  return cut;
}
