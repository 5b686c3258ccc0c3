/**
 * The lines a PDF prints on its pages rather than in its text: page numbers ("7", "Page 3 of 12") and running
 * headers and footers. A line is taken for one only from where it stands, never from its shape alone, so that
 * the text's own short lines are kept: the last line of a paragraph ("by 8 percent."), a subheading used in
 * every section, a number wrapped onto a line of its own.
 */

/** "7", "Page 3", "3 of 12", "3/12", "page 3 sur 12". */
const PAGE_NUMBER = /^(?:page\s+)?(\d{1,4})(?:\s*(?:\/|of|sur|von|de)\s*\d{1,4})?$/i;
const BARE_NUMBER = /^\d{1,4}$/;

/** A line with its digits as one sign, so "Page 3 of 12" and "Page 4 of 12" are the same running line. */
const shapeOf = (line: string): string => line.replace(/\d+/g, '#').toLowerCase();

/**
 * Whether the numbers of a line's occurrences count pages: those that change go up by one to three from each
 * occurrence to the next ("Report 2025 — 2", "Report 2025 — 3"), the others stay.
 */
function countsPages(occurrences: readonly string[]): boolean {
  const numbers = occurrences.map((line) => (line.match(/\d+/g) ?? []).map(Number));
  let changes = false;
  for (let at = 1; at < numbers.length; at++) {
    const [before, now] = [numbers[at - 1] as number[], numbers[at] as number[]];
    for (let place = 0; place < now.length; place++) {
      const step = (now[place] as number) - (before[place] as number);
      if (step === 0) continue;
      if (step < 1 || step > 3) return false;
      changes = true;
    }
  }
  return changes;
}

/** The indexes of the lines that are a page's, not the text's. `lines` are trimmed; `breaks` follow a form feed. */
export function pageLines(lines: readonly string[], breaks: ReadonlySet<number>): Set<number> {
  const full = lines.flatMap((line, at) => (line === '' ? [] : [at]));
  const bare = full.filter((at) => BARE_NUMBER.test(lines[at] as string)).length;
  // A page's number is at most the number of pages, about as many as the bare numbers and form feeds.
  const pages = bare + breaks.size + 2;
  const marks = new Set<number>();
  for (const at of full) {
    const match = PAGE_NUMBER.exec(lines[at] as string);
    if (match && (!BARE_NUMBER.test(lines[at] as string) || Number(match[1]) <= pages)) marks.add(at);
  }
  const byShape = new Map<string, number[]>();
  for (const at of full) {
    const line = lines[at] as string;
    if (line.length > 90 || marks.has(at)) continue;
    byShape.set(shapeOf(line), [...(byShape.get(shapeOf(line)) ?? []), at]);
  }
  const repeated = [...byShape.values()].filter((places) => places.length >= 3);
  // A running line with the page's number in it marks a page's edge as a page number does.
  for (const places of repeated)
    if (countsPages(places.map((at) => lines[at] as string))) for (const at of places) marks.add(at);
  // Another repeated line is a running one when it stands at a page's edge: within two lines of a page's number,
  // of a form feed, or of the text's start or end. With no page marked at all, repeating is all there is to go by.
  const position = new Map(full.map((at, index) => [at, index]));
  const edges = [...marks, ...breaks].map((at) => position.get(at) ?? full.findIndex((line) => line >= at));
  edges.push(-1, full.length);
  const atEdge = (at: number): boolean => edges.some((edge) => Math.abs(edge - (position.get(at) ?? 0)) <= 2);
  const anyPage = marks.size > 0 || breaks.size > 0;
  for (const places of repeated) {
    // The same words each time: "by 8 percent." and "by 12 percent." are two lines of the text.
    if (places.some((at) => marks.has(at)) || new Set(places.map((at) => lines[at])).size > 1) continue;
    const edge = places.filter(atEdge).length;
    if (!anyPage || edge * 2 >= places.length) for (const at of places) marks.add(at);
  }
  return marks;
}
