/**
 * Edits to the lists of a note's frontmatter (annotations, and the suggestions rejected) made as splices of the
 * text: only the lines of the item edited change, and every other byte of the file (comments, blank lines, folded
 * blocks, quoting, line breaks) stays as the author wrote it. `yaml` says where each item and field stands; the
 * new lines are written by `yaml` too. Every result is read back and compared, as data, with the edit made on the
 * data itself: a splice that would say anything else is not written, and the edit is refused.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { joinNote, splitNote, type SplitNote } from './split-note.ts';

export type ListName = 'parties' | 'dates' | 'figures' | 'rejected';

/** A field's new value; `undefined` or `null` takes the field out. */
export type Fields = Record<string, unknown>;

export type FrontmatterEdit =
  /** Sets or takes out fields of the item with this id. */
  | { op: 'set'; list: ListName; id: string; fields: Fields }
  | { op: 'remove'; list: ListName; id: string }
  | { op: 'append'; list: ListName; items: Fields[] };

export class FrontmatterEditError extends Error {}

interface Splice {
  from: number;
  to: number;
  text: string;
}

type Ranged = Node & { range: [number, number, number] };

const rangeOf = (node: unknown): [number, number, number] | undefined => (node as Partial<Ranged>)?.range ?? undefined;

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/**
 * Where the lines of something ending at `at` end: the start of the next line, or the start of the line `at` is on
 * when nothing but indentation stands before it there (`yaml` counts the next item's indentation in a range).
 */
function nextLine(text: string, at: number): number {
  const start = lineStart(text, at);
  if (/^[ \t]*$/.test(text.slice(start, at))) return start;
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
}

/** Where a node's content ends, before the line break a block scalar counts as its own. */
function contentEnd(text: string, node: unknown, fallback: number): number {
  let end = rangeOf(node)?.[1] ?? fallback;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return end;
}

const onlySpacesBefore = (text: string, at: number): boolean => /^[ \t-]*$/.test(text.slice(lineStart(text, at), at));

/** YAML for `value`, its first line at `column` and the others indented as deep below it. */
function yamlLines(value: unknown, column: number, eol: string): string {
  const written = new Document(value).toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  return written
    .split('\n')
    .map((line, at) => (at === 0 || line === '' ? line : `${' '.repeat(column)}${line}`))
    .join(eol);
}

const fieldLines = (key: string, value: unknown, column: number, eol: string): string =>
  yamlLines({ [key]: value }, column, eol);

/** The items of a list as blocks, each line indented by `column`, the last with its line break. */
const itemLines = (items: Fields[], column: number, eol: string): string =>
  `${' '.repeat(column)}${yamlLines(items, column, eol)}${eol}`;

const removes = (value: unknown): boolean => value === undefined || value === null;

function topPair(document: Document, list: ListName): Pair | undefined {
  const map = document.contents;
  if (!isMap(map)) throw new FrontmatterEditError('the frontmatter is not a list of fields');
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === list);
}

function itemOf(document: Document, list: ListName, id: string) {
  const pair = topPair(document, list);
  const seq = pair?.value;
  if (isSeq(seq)) {
    const index = seq.items.findIndex((item) => isMap(item) && item.get('id') === id);
    if (index !== -1) return { pair: pair as Pair, seq, index, item: seq.items[index] as YAMLMap };
  }
  throw new FrontmatterEditError(`the note has no annotation "${id}" (was it removed in the editor? reload the page)`);
}

/**
 * The lines of one item of a block list, from its `- ` to its last value's line. Comment lines after it are left
 * alone: `yaml` cannot tell whether they close this item or open what follows (a `# --- dates ---` separator).
 */
function itemSpan(text: string, item: unknown): { from: number; to: number } {
  const [start, end] = rangeOf(item) as [number, number, number];
  return { from: lineStart(text, start), to: nextLine(text, end) };
}

/** Splices setting fields of one item, field by field: the lines of fields left alone are not touched. */
function setFields(text: string, item: YAMLMap, fields: Fields, eol: string): Splice[] | undefined {
  if (item.flow) return undefined;
  const splices: Splice[] = [];
  const pairs = item.items;
  const first = pairs[0];
  const column = first ? (rangeOf(first.key)?.[0] ?? 0) - lineStart(text, rangeOf(first.key)?.[0] ?? 0) : 0;
  const added: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const at = pairs.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
    const pair = pairs[at];
    if (!pair) {
      if (!removes(value)) added.push(`${' '.repeat(column)}${fieldLines(key, value, column, eol)}${eol}`);
      continue;
    }
    const current = isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value) ? pair.value.toJSON() : pair.value;
    const keyStart = rangeOf(pair.key)?.[0] ?? 0;
    if (removes(value)) {
      const next = pairs[at + 1];
      if (onlySpacesBefore(text, keyStart) && text[keyStart - 2] !== '-') {
        const end = rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)?.[1] ?? keyStart;
        splices.push({ from: lineStart(text, keyStart), to: nextLine(text, end), text: '' });
      } else if (next) splices.push({ from: keyStart, to: rangeOf(next.key)?.[0] ?? keyStart, text: '' });
      else return undefined;
    } else if (!isDeepStrictEqual(current, value)) {
      const end = contentEnd(text, pair.value, rangeOf(pair.key)?.[1] ?? keyStart);
      splices.push({ from: keyStart, to: end, text: fieldLines(key, value, column, eol) });
    }
  }
  if (added.length > 0) {
    const last = pairs.at(-1);
    const end = rangeOf(last?.value)?.[1] ?? rangeOf(last?.key)?.[1] ?? 0;
    splices.push({ from: nextLine(text, end), to: nextLine(text, end), text: added.join('') });
  }
  return splices;
}

/** Splices adding items at the end of a list, or the list itself at the end of the frontmatter. */
function appendItems(text: string, document: Document, list: ListName, items: Fields[], eol: string): Splice[] {
  const pair = topPair(document, list);
  if (!pair) return [{ from: text.length, to: text.length, text: `${list}:${eol}${itemLines(items, 2, eol)}` }];
  const seq = pair.value;
  const last = isSeq(seq) ? seq.items.at(-1) : undefined;
  if (isSeq(seq) && !seq.flow && last) {
    const column = (rangeOf(seq)?.[0] ?? 0) - lineStart(text, rangeOf(seq)?.[0] ?? 0);
    const at = nextLine(text, rangeOf(last)?.[1] ?? text.length);
    return [{ from: at, to: at, text: itemLines(items, column, eol) }];
  }
  // No list yet under its name (`dates:`, `dates: []`), or one written inline: written anew as a block.
  const kept = isSeq(seq) ? (seq.toJSON() as Fields[]) : [];
  const keyEnd = rangeOf(pair.key)?.[1] ?? 0;
  const end = contentEnd(text, seq, keyEnd);
  return [{ from: keyEnd, to: end, text: `:${eol}${itemLines([...kept, ...items], 2, eol).slice(0, -eol.length)}` }];
}

/** Splices taking one item out of a list; a list left empty is written `[]`. */
function removeItem(text: string, document: Document, list: ListName, id: string): Splice[] | undefined {
  const { pair, seq, item } = itemOf(document, list, id);
  if (seq.flow) return undefined;
  if (seq.items.length > 1) return [{ ...itemSpan(text, item), text: '' }];
  const keyEnd = rangeOf(pair.key)?.[1] ?? 0;
  return [{ from: keyEnd, to: contentEnd(text, item, keyEnd), text: ': []' }];
}

/** The one item written anew, as a block: the fallback when its fields cannot be spliced one by one. */
function rewriteItem(text: string, document: Document, list: ListName, id: string, fields: Fields, eol: string) {
  const { seq, item } = itemOf(document, list, id);
  if (seq.flow) return undefined;
  const data = item.toJSON() as Fields;
  for (const [key, value] of Object.entries(fields)) {
    if (removes(value)) delete data[key];
    else data[key] = value;
  }
  const span = itemSpan(text, item);
  const column = (rangeOf(item)?.[0] ?? 0) - span.from - 2;
  return [{ ...span, text: itemLines([data], Math.max(0, column), eol) }];
}

function applySplices(text: string, splices: Splice[]): string {
  let result = text;
  for (const splice of [...splices].sort((a, b) => b.from - a.from))
    result = result.slice(0, splice.from) + splice.text + result.slice(splice.to);
  return result;
}

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
