/**
 * The edits review makes to a note's file: accept a draft, reject it (recorded under `rejected:`), delete an
 * annotation, or save one's fields (a new one is added at the end of its list). Each is a splice of that
 * annotation's lines alone (see note-file/frontmatter-edits.ts). What the browser sends is read with a schema: an
 * edit of any other shape is refused, never guessed at.
 */
import { z } from 'astro/zod';
import { editFrontmatter, findItem, type FrontmatterEdit } from '../note-file/frontmatter-edits.ts';

export type AnnotationKind = 'party' | 'date' | 'figure';

export const LIST_OF: Record<AnnotationKind, 'parties' | 'dates' | 'figures'> = {
  party: 'parties',
  date: 'dates',
  figure: 'figures',
};

const kindSchema = z.enum(['party', 'date', 'figure']);
const idSchema = z.string().min(1).max(200);

/** A field's value as the form sends it: `null` (a field left empty) takes it out of the annotation. */
const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const noteEditSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('accept'), id: idSchema }),
  z.strictObject({ op: z.literal('reject'), id: idSchema }),
  z.strictObject({ op: z.literal('delete'), id: idSchema }),
  /** `id` names the annotation saved; a new one when no annotation has it. */
  z.strictObject({
    op: z.literal('save'),
    kind: kindSchema,
    id: idSchema,
    fields: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), fieldValueSchema),
  }),
]);
export type NoteEdit = z.infer<typeof noteEditSchema>;

const isEmpty = (value: FieldValue | undefined): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields as the file is to have them: an empty one is taken out. */
const written = (fields: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, isEmpty(value) ? null : value]));

/** The note's file with one edit made. */
export function editNote(file: string, edit: NoteEdit): string {
  const found = findItem(file, Object.values(LIST_OF), edit.id);
  if (edit.op === 'save') {
    const list = LIST_OF[edit.kind];
    const fields = written(edit.fields);
    if (!found) {
      const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
      return editFrontmatter(file, [{ op: 'append', list, items: [{ id: edit.id, ...kept }] }]);
    }
    if (found.list !== list) throw new Error(`another annotation of the note has the id "${edit.id}": choose another`);
    // Saved by the author: reviewed.
    return editFrontmatter(file, [{ op: 'set', list, id: edit.id, fields: { ...fields, draft: null } }]);
  }
  if (!found)
    throw new Error(`the note has no annotation "${edit.id}" (was it removed in the editor? reload the page)`);
  const { list, fields } = found;
  if (edit.op === 'accept') return editFrontmatter(file, [{ op: 'set', list, id: edit.id, fields: { draft: null } }]);
  const edits: FrontmatterEdit[] = [{ op: 'remove', list, id: edit.id }];
  if (edit.op === 'reject') {
    const type = (Object.keys(LIST_OF) as AnnotationKind[]).find((kind) => LIST_OF[kind] === list);
    const quote = String(fields['quote'] ?? fields['name'] ?? '');
    edits.push({ op: 'append', list: 'rejected', items: [{ type, quote }] });
  }
  return editFrontmatter(file, edits);
}
