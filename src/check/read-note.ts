/**
 * Reads a note file the way an author wrote it: the YAML frontmatter, parsed as Astro parses it (js-yaml), and
 * the Markdown body. Where each value stands (for line numbers in reports) is worked out only when needed.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface NoteFile {
  /** The path as reports show it, relative to the project. */
  path: string;
  /** The frontmatter as data, or undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** Line (1-based) of the file where the frontmatter starts. */
  frontmatterLine: number;
  yamlErrors: Array<{ line: number; message: string }>;
  /** The frontmatter's text, for locating values in it. */
  yaml: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export function readNote(path: string, raw: string): NoteFile {
  const text = raw.replace(/^\uFEFF/, '');
  const match = text.startsWith('---') ? FENCE.exec(text) : null;
  if (!match || match.index !== 0) {
    return {
      path,
      data: undefined,
      body: text,
      frontmatterLine: 1,
      yaml: '',
      yamlErrors: [
        {
          line: 1,
          message: 'the note has no frontmatter: it must start with a line "---", the YAML, and another "---"',
        },
      ],
    };
  }
  const yaml = match[1] ?? '';
  const note: NoteFile = {
    path,
    data: undefined,
    body: text.slice(match[0].length),
    frontmatterLine: 2,
    yaml,
    yamlErrors: [],
  };
  try {
    // Dates stay text: js-yaml would read 2025-02-30 as 2 March, and the check must see what was written.
    note.data = load(yaml, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // The `yaml` parser points closer to the mistake (the line of an unclosed bracket, not the end of the text).
    const lines = new LineCounter();
    const [first] = parseDocument(yaml, { lineCounter: lines, prettyErrors: false }).errors;
    note.yamlErrors.push(
      first
        ? {
            line: note.frontmatterLine - 1 + lines.linePos(first.pos[0]).line,
            message: first.message.split('\n')[0] ?? first.message,
          }
        : { line: note.frontmatterLine + error.mark.line, message: error.reason },
    );
  }
  return note;
}

const located = new WeakMap<NoteFile, { document: Document; lines: LineCounter }>();

/** The file line of the value at `path` in the frontmatter, or of the nearest enclosing value that exists. */
export function lineOf(note: NoteFile, path: PropertyKey[]): number | undefined {
  if (note.yamlErrors.length > 0 || note.data === undefined) return undefined;
  let parsed = located.get(note);
  if (!parsed) {
    const lines = new LineCounter();
    parsed = { document: parseDocument(note.yaml, { lineCounter: lines }), lines };
    located.set(note, parsed);
  }
  for (let length = path.length; length >= 0; length--) {
    const node = parsed.document.getIn(path.slice(0, length) as Array<string | number>, true) as
      { range?: [number, number, number] } | undefined;
    const range = node && typeof node === 'object' ? node.range : undefined;
    if (range) return note.frontmatterLine - 1 + parsed.lines.linePos(range[0]).line;
  }
  return note.frontmatterLine;
}
