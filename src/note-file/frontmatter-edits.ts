/**
 * Edits to the lists of a note's frontmatter (annotations, and the suggestions rejected) made as splices of the
 * text (list-item-splices.ts): only the lines of the item edited change, and every other byte of the file (comments,
 * blank lines, folded blocks, quoting, line breaks) stays as the author wrote it. Every result is read back and
 * compared, as data, with the edit made on the data itself: a splice that would say anything else is not written,
 * and the edit is refused.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, type Document } from 'yaml';
import {
  appendItems,
  applySplices,
  FrontmatterEditError,
  itemOf,
  removeItem,
  removes,
  rewriteItem,
  setFields,
  type Fields,
  type Splice,
} from './list-item-splices.ts';
import { joinNote, splitNote, type SplitNote } from './split-note.ts';

export type ListName = 'parties' | 'dates' | 'figures' | 'rejected';

export type FrontmatterEdit =
  /** Sets or takes out fields of the item with this id. */
  | { op: 'set'; list: ListName; id: string; fields: Fields }
  | { op: 'remove'; list: ListName; id: string }
  | { op: 'append'; list: ListName; items: Fields[] };

/** The edit made on the frontmatter's data: what the spliced text must read back as. */
function expectedData(data: Record<string, unknown>, edit: FrontmatterEdit): Record<string, unknown> {
  const list = Array.isArray(data[edit.list]) ? (data[edit.list] as Fields[]) : [];
  if (edit.op === 'append') return { ...data, [edit.list]: [...list, ...edit.items] };
  if (edit.op === 'remove') return { ...data, [edit.list]: list.filter((item) => item['id'] !== edit.id) };
  return {
    ...data,
    [edit.list]: list.map((item) => {
      if (item['id'] !== edit.id) return item;
      const changed = { ...item };
      for (const [key, value] of Object.entries(edit.fields)) {
        if (removes(value)) delete changed[key];
        else changed[key] = value;
      }
      return changed;
    }),
  };
}

const parse = (yaml: string): Document => parseDocument(yaml, { schema: 'core' });

/** The frontmatter's YAML with one edit made, or an error saying why it could not be made safely. */
function editYaml(yaml: string, edit: FrontmatterEdit, eol: string): string {
  const document = parse(yaml);
  if (document.errors.length > 0)
    throw new FrontmatterEditError(`the frontmatter cannot be read (${document.errors[0]?.message.split('\n')[0]})`);
  const expected = expectedData((document.toJS() ?? {}) as Record<string, unknown>, edit);
  const candidates: Array<() => Splice[] | undefined> =
    edit.op === 'append'
      ? [() => appendItems(yaml, document, edit.list, edit.items, eol)]
      : edit.op === 'remove'
        ? [() => removeItem(yaml, document, edit.list, edit.id)]
        : [
            () => setFields(yaml, itemOf(document, edit.list, edit.id).item, edit.fields, eol),
            () => rewriteItem(yaml, document, edit.list, edit.id, edit.fields, eol),
          ];
  for (const candidate of candidates) {
    const splices = candidate();
    if (!splices) continue;
    const edited = applySplices(yaml, splices);
    const read = parse(edited);
    if (read.errors.length === 0 && isDeepStrictEqual(read.toJS() ?? {}, expected)) return edited;
  }
  throw new FrontmatterEditError(
    `this change cannot be written without rewriting other lines of the note; nothing was written (edit the file by hand)`,
  );
}

/** The note's file with the edits made in order, every byte outside the items they touch as it was. */
export function editFrontmatter(file: string, edits: FrontmatterEdit[]): string {
  const note = splitNote(file);
  if (!note)
    throw new FrontmatterEditError('the note has no frontmatter (a first line `---`, and another to close it)');
  let yaml = note.yaml;
  for (const edit of edits) yaml = editYaml(yaml, edit, note.eol);
  return joinSafely(note, yaml);
}

/** The file again; refused if the new lines would close the frontmatter early, or leave it unclosed. */
function joinSafely(note: SplitNote, yaml: string): string {
  const file = joinNote(note, yaml);
  if (splitNote(file)?.yaml !== yaml)
    throw new FrontmatterEditError('this change would end the frontmatter early; nothing was written');
  return file;
}

/** Which of `lists` holds the item with this id, and its fields as written; undefined when none does. */
export function findItem(
  file: string,
  lists: readonly ListName[],
  id: string,
): { list: ListName; fields: Fields } | undefined {
  const note = splitNote(file);
  const data = note ? (parse(note.yaml).toJS() as unknown) : undefined;
  if (!data || typeof data !== 'object') return undefined;
  for (const list of lists) {
    const items = (data as Record<string, unknown>)[list];
    const found = Array.isArray(items)
      ? (items as unknown[]).find((item) => !!item && typeof item === 'object' && (item as Fields)['id'] === id)
      : undefined;
    if (found) return { list, fields: found as Fields };
  }
  return undefined;
}
