/** The fields each part of a note may have, read off the schemas, to suggest the one an author meant. */
import { datedEventSchema } from '../schemas/dated-event.ts';
import { figureSchema } from '../schemas/figure.ts';
import { noteSchema } from '../schemas/note.ts';
import { partySchema } from '../schemas/party.ts';
import { sourceSchema } from '../schemas/source.ts';

const FIELDS: Record<string, string[]> = {
  note: Object.keys(noteSchema.shape),
  source: Object.keys(sourceSchema.shape),
  parties: Object.keys(partySchema.in.shape),
  dates: Object.keys(datedEventSchema.in.shape),
  figures: Object.keys(figureSchema.in.shape),
};

/** The fields allowed at a path of the frontmatter: `[]` the note, `['source']`, `['dates', 2]`. */
export function fieldsAt(path: PropertyKey[]): string[] {
  const [first] = path;
  if (first === undefined) return FIELDS['note'] ?? [];
  return FIELDS[String(first)] ?? [];
}

/** Edits between two words, a swap of neighbouring letters counting as one ("qoute" is one from "quote"). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const up = rows[i - 1] as number[];
      let best = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The known field closest to a misspelt one, if any is close enough to be a typo. */
export function didYouMean(field: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(field.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(field.length / 3)) ? best.name : undefined;
}
