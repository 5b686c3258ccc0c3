/**
 * The edits review makes to a note's file, each on the YAML document (see frontmatter-document.ts), so that only
 * the lines of the annotation touched change: accept a draft, reject it (recorded under `rejected:`), delete an
 * annotation, or save one's fields (a new one is added at the end of its list).
 */
import { isMap, isNode, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { frontmatterDocument } from '../authoring/frontmatter-document.ts';

export type AnnotationKind = 'party' | 'date' | 'figure';

export const LIST_OF: Record<AnnotationKind, 'parties' | 'dates' | 'figures'> = {
  party: 'parties',
  date: 'dates',
  figure: 'figures',
};

/** A field's value as the form sends it: left empty, it is taken out of the annotation. */
export type FieldValue = string | number | boolean | string[] | undefined;

export type NoteEdit =
  | { op: 'accept'; id: string }
  | { op: 'reject'; id: string }
  | { op: 'delete'; id: string }
  /** `id` names the annotation saved; a new one when no annotation has it. */
  | { op: 'save'; kind: AnnotationKind; id: string; fields: Record<string, FieldValue> };

/** Where an annotation stands in the document: its list, its index and its map. */
function find(document: Document, id: string): { list: YAMLSeq; index: number; item: YAMLMap; kind: AnnotationKind } {
  for (const kind of Object.keys(LIST_OF) as AnnotationKind[]) {
    const list = document.get(LIST_OF[kind], true);
    if (!isSeq(list)) continue;
    const index = list.items.findIndex((item) => isMap(item) && item.get('id') === id);
    if (index !== -1) return { list, index, item: list.items[index] as YAMLMap, kind };
  }
  throw new Error(`the note has no annotation "${id}" (was it removed in the editor? reload the page)`);
}

/** Compared as data, so that a list saved unchanged keeps its style (a flow list stays one). */
function sameValue(current: unknown, value: FieldValue): boolean {
  return JSON.stringify(isNode(current) ? current.toJSON() : current) === JSON.stringify(value);
}

const isEmpty = (value: FieldValue): boolean =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function rejectInto(document: Document, kind: AnnotationKind, item: YAMLMap): void {
  const quote = String(item.get('quote') ?? item.get('name') ?? '');
  const record = document.createNode({ type: kind, quote });
  const rejected = document.get('rejected', true);
  if (isSeq(rejected)) rejected.add(record);
  else document.set('rejected', document.createNode([{ type: kind, quote }]));
}

/** The note's file with one edit made. */
export function editNote(file: string, edit: NoteEdit): string {
  const { document, toFile } = frontmatterDocument(file);
  if (edit.op === 'save') {
    const list = document.get(LIST_OF[edit.kind], true);
    const existing = isSeq(list)
      ? list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === edit.id)
      : undefined;
    if (existing) {
      for (const [field, value] of Object.entries(edit.fields)) {
        if (isEmpty(value)) existing.delete(field);
        else if (!sameValue(existing.get(field), value)) existing.set(field, document.createNode(value));
      }
      // Saved by the author: reviewed.
      existing.delete('draft');
    } else {
      const fields = Object.fromEntries(Object.entries(edit.fields).filter(([, value]) => !isEmpty(value)));
      const node = document.createNode({ id: edit.id, ...fields });
      if (isSeq(list)) list.add(node);
      else document.set(LIST_OF[edit.kind], document.createNode([{ id: edit.id, ...fields }]));
    }
    return toFile();
  }
  const { list, index, item, kind } = find(document, edit.id);
  if (edit.op === 'accept') item.delete('draft');
  else {
    list.items.splice(index, 1);
    if (edit.op === 'reject') rejectInto(document, kind, item);
  }
  return toFile();
}
