/**
 * Finds the passage of a text that comes closest to a quote that is not in it (fewest edits, Sellers'
 * algorithm), so an author hears "closest: $10 billion" rather than only "not found".
 */

interface ClosestPassage {
  /** Offsets in the searched (folded) text. */
  start: number;
  end: number;
  /** How many characters differ. */
  edits: number;
}

export function closestPassage(text: string, quote: string): ClosestPassage | undefined {
  const m = quote.length;
  if (m === 0 || text.length === 0) return undefined;
  // One column of the edit-distance table per text position, with where each best alignment started.
  let previous = Array.from({ length: m + 1 }, (_, i) => i);
  let previousStart = new Array<number>(m + 1).fill(0);
  let best: ClosestPassage | undefined;
  for (let j = 1; j <= text.length; j++) {
    const current = [0];
    const currentStart = [j];
    for (let i = 1; i <= m; i++) {
      const substitute = (previous[i - 1] as number) + (quote[i - 1] === text[j - 1] ? 0 : 1);
      const skipText = (previous[i] as number) + 1;
      const skipQuote = (current[i - 1] as number) + 1;
      if (substitute <= skipText && substitute <= skipQuote) {
        current.push(substitute);
        currentStart.push(previousStart[i - 1] as number);
      } else if (skipQuote <= skipText) {
        current.push(skipQuote);
        currentStart.push(currentStart[i - 1] as number);
      } else {
        current.push(skipText);
        currentStart.push(previousStart[i] as number);
      }
    }
    const edits = current[m] as number;
    if (!best || edits < best.edits) best = { start: currentStart[m] as number, end: j, edits };
    previous = current;
    previousStart = currentStart;
  }
  return best;
}

/** Shows how `found` differs from `wanted`: `$10 bill{+i+}on` (added) or `[-x-]` (taken away). */
export function showDifference(wanted: string, found: string): string {
  let head = 0;
  while (head < wanted.length && head < found.length && wanted[head] === found[head]) head++;
  let tail = 0;
  while (
    tail < wanted.length - head &&
    tail < found.length - head &&
    wanted[wanted.length - 1 - tail] === found[found.length - 1 - tail]
  ) {
    tail++;
  }
  const removed = wanted.slice(head, wanted.length - tail);
  const added = found.slice(head, found.length - tail);
  return `${found.slice(0, head)}${removed ? `[-${removed}-]` : ''}${added ? `{+${added}+}` : ''}${found.slice(found.length - tail)}`;
}
