/**
 * Splices of a frontmatter's YAML that change the lines of one item of a list (setting or taking out its fields,
 * taking it out, adding items after it) and no others: `yaml` says where each item and field stands, and the new
 * lines are written by `yaml` too, indented as the lines around them. Whether a splice says what was meant is
 * frontmatter-edits.ts's to check.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';

/** A field's new value; `undefined` or `null` takes the field out. */
export type Fields = Record<string, unknown>;

/** An edit refused, with why in the author's words. */
export class FrontmatterEditError extends Error {}

/** Replaces the text from `from` to `to`. */
export interface Splice {
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

export const removes = (value: unknown): boolean => value === undefined || value === null;

function topPair(document: Document, list: string): Pair | undefined {
  const map = document.contents;
  if (!isMap(map)) throw new FrontmatterEditError('the frontmatter is not a list of fields');
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === list);
}

export function itemOf(document: Document, list: string, id: string) {
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
export function setFields(text: string, item: YAMLMap, fields: Fields, eol: string): Splice[] | undefined {
  if (item.flow) return undefined;
  const splices: Splice[] = [];
  const pairs = item.items;
  const first = pairs[0];
  const column = first ? (rangeOf(first.key)?.[0] ?? 0) - lineStart(text, rangeOf(first.key)?.[0] ?? 0) : 0;
  const added: string[] = [];
  /** New fields by the line they go before, in the form's order. */
  const inserted = new Map<number, string[]>();
  const keys = Object.keys(fields);
  const indexOf = (key: string): number => pairs.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
  for (const [key, value] of Object.entries(fields)) {
    const at = indexOf(key);
    const pair = pairs[at];
    if (!pair) {
      if (removes(value)) continue;
      const line = `${' '.repeat(column)}${fieldLines(key, value, column, eol)}${eol}`;
      // A new field goes where the form has it: before the first line of the fields the form puts after it (the
      // form's order is the schema's), unless that is the item's first line, which holds its "- ".
      const later = keys
        .slice(keys.indexOf(key) + 1)
        .filter((later) => !removes(fields[later]))
        .map(indexOf)
        .filter((index) => index > 0);
      const before = later.length > 0 ? pairs[Math.min(...later)] : undefined;
      const keyStart = rangeOf(before?.key)?.[0];
      if (keyStart !== undefined && onlySpacesBefore(text, keyStart) && text[keyStart - 2] !== '-') {
        const at = lineStart(text, keyStart);
        inserted.set(at, [...(inserted.get(at) ?? []), line]);
      } else added.push(line);
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
  for (const [at, lines] of inserted) splices.push({ from: at, to: at, text: lines.join('') });
  if (added.length > 0) {
    const last = pairs.at(-1);
    const end = rangeOf(last?.value)?.[1] ?? rangeOf(last?.key)?.[1] ?? 0;
    splices.push({ from: nextLine(text, end), to: nextLine(text, end), text: added.join('') });
  }
  return splices;
}

/** Splices adding items at the end of a list, or the list itself at the end of the frontmatter. */
export function appendItems(text: string, document: Document, list: string, items: Fields[], eol: string): Splice[] {
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
export function removeItem(text: string, document: Document, list: string, id: string): Splice[] | undefined {
  const { pair, seq, item } = itemOf(document, list, id);
  if (seq.flow) return undefined;
  if (seq.items.length > 1) return [{ ...itemSpan(text, item), text: '' }];
  const keyEnd = rangeOf(pair.key)?.[1] ?? 0;
  return [{ from: keyEnd, to: contentEnd(text, item, keyEnd), text: ': []' }];
}

/** The one item written anew, as a block: the fallback when its fields cannot be spliced one by one. */
export function rewriteItem(text: string, document: Document, list: string, id: string, fields: Fields, eol: string) {
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

export function applySplices(text: string, splices: Splice[]): string {
  let result = text;
  for (const splice of [...splices].sort((a, b) => b.from - a.from))
    result = result.slice(0, splice.from) + splice.text + result.slice(splice.to);
  return result;
}
