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
  /** Every draft named, in one save: the ones left, or those below a confidence. */
  z.strictObject({ op: z.enum(['accept-all', 'reject-all']), ids: z.array(idSchema).min(1).max(5000) }),
  /** `id` names the annotation saved; a new one when no annotation has it. `newId`: the id it is to have. */
  z.strictObject({
    op: z.literal('save'),
    kind: kindSchema,
    id: idSchema,
    newId: idSchema.optional(),
    fields: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), fieldValueSchema),
  }),
]);
export type NoteEdit = z.infer<typeof noteEditSchema>;

const isEmpty = (value: FieldValue | undefined): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The fields as the file is to have them: an empty one is taken out. */
const written = (fields: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, isEmpty(value) ? null : value]));

/** What review takes out of an annotation the author has reviewed: the draft mark and what the suggestion said. */
const REVIEWED = { draft: null, confidence: null, evidence: null };

const KINDS = Object.keys(LIST_OF) as AnnotationKind[];
const kindOf = (list: string): AnnotationKind | undefined => KINDS.find((kind) => LIST_OF[kind] === list);

/** The words a suggestion was made for: a rejected or reworded draft is never suggested for them again. */
function suggestedFor(list: string, fields: Record<string, unknown>) {
  const quote = String(fields['quote'] ?? fields['name'] ?? '');
  return { type: kindOf(list), quote };
}

export interface EditContext {
  /** Whether an id of the note was published: one renamed then keeps its old id among its former ids. */
  published?: (id: string) => boolean;
}

/** The edits to the note's lists that one review edit makes. */
function frontmatterEditsOf(file: string, edit: NoteEdit, context: EditContext): FrontmatterEdit[] {
  const lists = Object.values(LIST_OF);
  if ('ids' in edit) {
    return edit.ids.flatMap((id): FrontmatterEdit[] => {
      const found = findItem(file, lists, id);
      if (!found) throw new Error(`the note has no annotation "${id}" (reload the page)`);
      if (found.fields['draft'] !== true) throw new Error(`"${id}" is no draft (reload the page)`);
      return edit.op === 'accept-all'
        ? [{ op: 'set', list: found.list, id, fields: REVIEWED }]
        : [
            { op: 'remove', list: found.list, id },
            { op: 'append', list: 'rejected', items: [suggestedFor(found.list, found.fields)] },
          ];
    });
  }
  const found = findItem(file, lists, edit.id);
  if (edit.op === 'save') {
    const list = LIST_OF[edit.kind];
    const fields = written(edit.fields);
    const id = edit.newId ?? edit.id;
    if (!found) {
      const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
      return [{ op: 'append', list, items: [{ id, ...kept }] }];
    }
    if (found.list !== list) throw new Error(`another annotation of the note has the id "${edit.id}": choose another`);
    if (id !== edit.id && findItem(file, lists, id))
      throw new Error(`another annotation of the note has the id "${id}": choose another`);
    const renamed =
      id !== edit.id
        ? {
            id,
            ...(context.published?.(edit.id)
              ? { formerIds: [...((found.fields['formerIds'] as string[] | undefined) ?? []), edit.id] }
              : {}),
          }
        : {};
    const edits: FrontmatterEdit[] = [{ op: 'set', list, id: edit.id, fields: { ...fields, ...renamed, ...REVIEWED } }];
    // A draft reworded: the words it was suggested for are not suggested again.
    const was = suggestedFor(list, found.fields);
    const is = suggestedFor(list, { ...found.fields, ...fields });
    if (found.fields['draft'] === true && was.quote && was.quote !== is.quote)
      edits.push({ op: 'append', list: 'rejected', items: [was] });
    return edits;
  }
  if (!found)
    throw new Error(`the note has no annotation "${edit.id}" (was it removed in the editor? reload the page)`);
  const { list, fields } = found;
  if (edit.op === 'accept') return [{ op: 'set', list, id: edit.id, fields: REVIEWED }];
  const edits: FrontmatterEdit[] = [{ op: 'remove', list, id: edit.id }];
  if (edit.op === 'reject') edits.push({ op: 'append', list: 'rejected', items: [suggestedFor(list, fields)] });
  return edits;
}

/** The note's file with one edit made. */
export function editNote(file: string, edit: NoteEdit, context: EditContext = {}): string {
  return editFrontmatter(file, frontmatterEditsOf(file, edit, context));
}
