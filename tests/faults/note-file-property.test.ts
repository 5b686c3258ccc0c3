/**
 * Review's editor on random notes written the many ways YAML allows (separator comments, `---` inside block
 * scalars and quoted values, folded and literal blocks, comments, flow lists, CRLF, a byte-order mark): one edit
 * of one annotation changes that annotation's lines alone, and every other annotation is still in the frontmatter.
 */
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { expect, test } from 'vitest';
import { splitNote } from '../../src/note-file/split-note.ts';
import { readNote } from '../../src/check/read-note.ts';
import { editNote, type NoteEdit } from '../../src/review/note-edits.ts';

const LISTS = { parties: 'party', dates: 'date', figures: 'figure' } as const;
type List = keyof typeof LISTS;

/** A field's value written one of several ways, each with the value it reads as. */
const styledText = fc.oneof(
  fc.constantFrom('plain words', 'A & B', 'ends with a dash -', '2025-05', 'yes'),
  fc.constant('---'),
  fc.constant('line one\n---\nline three'),
  fc.constant('folded words that go on\nand on over lines'),
  fc.constant('# not a comment'),
);

function written(value: string, style: number, indent: string): string[] {
  if (value.includes('\n') && style % 2 === 0) return ['|-', ...value.split('\n').map((line) => `${indent}  ${line}`)];
  if (value.includes('\n') && style === 1) return ['>-', ...value.split('\n').map((line) => `${indent}  ${line}`)];
  // A double-quoted value over several lines, one of them `---`, indented as YAML requires.
  if (value.includes('\n')) return [`"${value.split('\n').join(`\\n\n${indent}  `)}"`];
  if (style === 1 && value !== '---' && !value.startsWith('#')) return ['>-', `${indent}  ${value}`];
  if (style === 2) return [`'${value.replaceAll("'", "''")}'`];
  return [JSON.stringify(value)];
}

interface Item {
  id: string;
  lines: string[];
}

const item = (list: List, n: number) =>
  fc
    .record({
      label: styledText,
      style: fc.nat(3),
      comment: fc.boolean(),
      draft: fc.boolean(),
      aliases: fc.boolean(),
      blankAfter: fc.boolean(),
    })
    .map(({ label, style, comment, draft, aliases, blankAfter }): Item => {
      const id = `${list}-${n}`;
      const field = list === 'parties' ? 'role' : 'label';
      const [first = '', ...rest] = written(label, style, '    ');
      const lines = [`  - id: ${id}${comment ? '   # the id stays' : ''}`];
      if (list === 'parties') lines.push(`    name: Name ${n}`, '    kind: organization');
      if (list === 'dates') lines.push(`    date: 2025-0${(n % 9) + 1}`);
      if (list === 'figures') lines.push(`    value: ${n * 10}`, '    unit: USD');
      lines.push(`    ${field}: ${first}`, ...rest);
      if (aliases && list === 'parties') lines.push(`    aliases: [N${n}, "Name, ${n}"]`);
      if (comment) lines.push('    # a comment of the author');
      if (draft) lines.push('    draft: true');
      if (blankAfter) lines.push('');
      return { id, lines };
    });

const list = (name: List) =>
  fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, n) => item(name, n))));

const note = fc.record({
  parties: list('parties'),
  dates: list('dates'),
  figures: list('figures'),
  separators: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

type Input = typeof note extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  file: string;
  /** Where the closing `---` line starts. */
  close: number;
  /** Each annotation's lines, as offsets of the file. */
  spans: Map<string, { from: number; to: number; list: List }>;
}

function build(input: Input): Built {
  const eol = input.crlf ? '\r\n' : '\n';
  const lines: Array<{ text: string; id?: string; list?: List }> = [
    { text: '---' },
    { text: 'title: A note' },
    { text: 'source: { published: 2025-06-10 }' },
  ];
  for (const name of ['parties', 'dates', 'figures'] as const) {
    if (input.separators) lines.push({ text: `# ------- ${name} -------` });
    lines.push({ text: `${name}:` });
    for (const each of input[name]) for (const text of each.lines) lines.push({ text, id: each.id, list: name });
  }
  const close = lines.length;
  lines.push({ text: '---' }, { text: '' }, { text: 'Some text, then a rule:' }, { text: '' }, { text: '---' });
  lines.push({ text: '' }, { text: 'The end.' }, { text: '' });
  let file = input.bom ? '\uFEFF' : '';
  let closeAt = 0;
  const spans: Built['spans'] = new Map();
  for (const [at, line] of lines.slice(0, -1).entries()) {
    if (at === close) closeAt = file.length;
    if (line.id && line.list) {
      const span = spans.get(line.id) ?? { from: file.length, to: file.length, list: line.list };
      file += `${line.text}${eol}`;
      span.to = file.length;
      spans.set(line.id, span);
    } else file += `${line.text}${eol}`;
  }
  return { file, close: closeAt, spans };
}

const dataOf = (file: string): Record<string, Array<Record<string, unknown>>> =>
  parseDocument(splitNote(file)?.yaml ?? '', { schema: 'core' }).toJS() as Record<
    string,
    Array<Record<string, unknown>>
  >;

const editArbitrary = fc.record({
  op: fc.constantFrom('accept', 'reject', 'delete', 'set', 'clear', 'add-field'),
  pick: fc.nat(),
  value: styledText,
});

test('one edit changes the lines of its annotation alone, and keeps every other annotation', () => {
  fc.assert(
    fc.property(note, editArbitrary, (input, { op, pick, value }) => {
      const { file, close, spans } = build(input);
      const ids = [...spans.keys()];
      const id = ids[pick % ids.length] as string;
      const span = spans.get(id) as { from: number; to: number; list: List };
      const kind = LISTS[span.list];
      const before = dataOf(file);
      const original = before[span.list]?.find((each) => each['id'] === id) ?? {};
      const field = span.list === 'parties' ? 'role' : 'label';
      const edit: NoteEdit =
        op === 'accept' || op === 'reject' || op === 'delete'
          ? { op, id }
          : {
              op: 'save',
              kind,
              id,
              fields:
                op === 'set' ? { [field]: value } : op === 'clear' ? { [field]: null } : { note: value, basis: null },
            };
      const after = editNote(file, edit);

      // The text after the frontmatter, byte for byte.
      expect(splitNote(after)?.body).toBe(splitNote(file)?.body);
      expect(readNote('note.md', after).yamlErrors).toEqual([]);
      // Every byte before and after the annotation's lines, but for the record of a rejection at the end, and
      // a list left empty, which says so on its own line (`dates: []`).
      const emptied = (op === 'reject' || op === 'delete') && input[span.list].length === 1;
      const head = emptied ? file.slice(0, file.lastIndexOf(`${span.list}:`, span.from)) : file.slice(0, span.from);
      expect(after.startsWith(emptied ? `${head}${span.list}: []` : head)).toBe(true);
      if (op === 'reject') {
        expect(after.endsWith(file.slice(close))).toBe(true);
        expect(after).toContain(`${file.slice(span.to, close)}rejected:`);
      } else expect(after.endsWith(file.slice(span.to))).toBe(true);

      // Every other annotation as it was; this one as edited.
      const data = dataOf(after);
      for (const name of Object.keys(LISTS) as List[]) {
        const others = (before[name] ?? []).filter((each) => each['id'] !== id);
        expect((data[name] ?? []).filter((each) => each['id'] !== id)).toEqual(others);
      }
      const now = data[span.list]?.find((each) => each['id'] === id);
      if (op === 'reject' || op === 'delete') expect(now).toBeUndefined();
      else {
        const rest = Object.fromEntries(Object.entries(original).filter(([name]) => name !== 'draft'));
        const expected =
          op === 'accept'
            ? rest
            : op === 'set'
              ? { ...rest, [field]: value }
              : op === 'clear'
                ? Object.fromEntries(Object.entries(rest).filter(([name]) => name !== field))
                : { ...rest, note: value };
        expect(now).toEqual(expected);
      }
      if (op === 'reject') expect(data['rejected']?.at(-1)).toMatchObject({ type: kind });
    }),
    { numRuns: 250 },
  );
}, 60_000);
