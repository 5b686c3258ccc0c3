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
export function fieldsAt(path: readonly PropertyKey[]): string[] {
  const [first] = path;
  return FIELDS[first === undefined ? 'note' : String(first)] ?? [];
}
