/**
 * Pull quotes: a quotation set apart in large type whose words the article says again in one of its own
 * paragraphs ("The homesteaders chose. We just come along…" beside the paragraph that quotes it in full). Kept, the
 * note would say the same words twice, and a suggestion would be made on both; found by what they repeat, not by a
 * class name, which each site spells its own way ("pull-quote", "exergue", "Zitat").
 */

const plain = (text: string): string =>
  text
    .replace(/[“”„«»"‘’'…]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Its sentences and clauses of three words or more, which a pull quote may have cut from the paragraph's. */
const pieces = (text: string): string[] =>
  plain(text)
    .split(/[.!?;:]\s*/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.split(' ').length >= 3);

/** The quotations in `scope` whose every piece one paragraph outside them says. */
export function pullQuotes(scope: Element): Element[] {
  const paragraphs = [...scope.querySelectorAll('p')]
    .filter((paragraph) => !paragraph.closest('blockquote'))
    .map((paragraph) => plain(paragraph.textContent ?? ''));
  return [...scope.querySelectorAll('blockquote')].filter((quote) => {
    const said = pieces(quote.textContent ?? '');
    return said.length > 0 && paragraphs.some((paragraph) => said.every((piece) => paragraph.includes(piece)));
  });
}
