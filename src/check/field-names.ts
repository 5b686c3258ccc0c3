/** The fields each part of a note may have, read off the schemas, to suggest the one an author meant. */
import { datedEventSchema } from '../schemas/dated-event.ts';
import { figureSchema } from '../schemas/figure.ts';
import { noteSchema } from '../schemas/note.ts';
import { partySchema } from '../schemas/party.ts';
import { sourceSchema } from '../schemas/source.ts';
import { archivedCopySchema } from '../schemas/archived-copy.ts';

const FIELDS: Record<string, string[]> = {
  note: Object.keys(noteSchema.shape),
  source: Object.keys(sourceSchema.shape),
  'source.archived': Object.keys(archivedCopySchema.shape),
  parties: Object.keys(partySchema.in.shape),
  dates: Object.keys(datedEventSchema.in.shape),
  figures: Object.keys(figureSchema.in.shape),
};

/** The fields allowed at a path of the frontmatter: `[]` the note, `['source']`, `['dates', 2]`. */
export function fieldsAt(path: readonly PropertyKey[]): string[] {
  const [first, second] = path;
  if (first === 'source' && second === 'archived') return FIELDS['source.archived'] ?? [];
  return FIELDS[first === undefined ? 'note' : String(first)] ?? [];
}
