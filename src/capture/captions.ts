/**
 * Captions whose picture does not reach the note: a figure's caption where the figure has no image with an
 * address (its picture taken out with a gallery's box, a video player's poster drawn by a script), which would otherwise be left in
 * the text as a paragraph of the article. Each is taken out of the page before Readability reads it, and said.
 */

const words = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An image address, as Readability reads a lazy image's attributes ("data-src", "data-srcset") to show it. */
const IMAGE_ADDRESS = /\.(?:jpe?g|png|webp|gif|avif)\b/i;

/** An image the note can keep: one with an address, in its `src` or where a lazy-loading script would find it. */
const hasPicture = (figure: Element): boolean =>
  [...figure.querySelectorAll('img, picture source')].some((image) =>
    [...image.attributes].some(
      ({ name, value }) =>
        name !== 'alt' &&
        ((name === 'src' && value.trim() !== '' && !/^data:/i.test(value)) || IMAGE_ADDRESS.test(value)),
    ),
  );

/** The page less its captions without an image; each is handed back as a line. */
export function removeOrphanCaptions(document: Document): string[] {
  const cut: string[] = [];
  for (const caption of [...document.querySelectorAll('figure figcaption')]) {
    const figure = caption.closest('figure');
    if (!caption.isConnected || !figure || hasPicture(figure)) continue;
    // A figure of a table, a quotation or code keeps its caption.
    if (figure.querySelector('table, blockquote, pre, code')) continue;
    const text = words(caption);
    if (text)
      cut.push(`caption of a picture the page does not give: ${text.length > 100 ? `${text.slice(0, 100)}…` : text}`);
    caption.remove();
  }
  return cut;
}
