/**
 * Reads a note file the way an author wrote it: the YAML frontmatter (keeping where each value stands, for
 * line numbers in reports) and the Markdown body.
 */
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
  document?: Document | undefined;
  lineCounter: LineCounter;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export function readNote(path: string, raw: string): NoteFile {
  const lineCounter = new LineCounter();
  const text = raw.replace(/^\uFEFF/, '');
  const match = text.startsWith('---') ? FENCE.exec(text) : null;
  if (!match || match.index !== 0) {
    return {
      path,
      data: undefined,
      body: text,
      frontmatterLine: 1,
      yamlErrors: [
        {
          line: 1,
          message: 'the note has no frontmatter: it must start with a line "---", the YAML, and another "---"',
        },
      ],
      lineCounter,
    };
  }
  const yamlText = match[1] ?? '';
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlErrors = document.errors.map((error) => ({
    line: 1 + (lineCounter.linePos(error.pos[0]).line ?? 0),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  return {
    path,
    data: yamlErrors.length > 0 ? undefined : (document.toJS() ?? {}),
    body: text.slice(match[0].length),
    frontmatterLine: 2,
    yamlErrors,
    document,
    lineCounter,
  };
}

/** The file line of the value at `path` in the frontmatter, or of the nearest enclosing value that exists. */
export function lineOf(note: NoteFile, path: PropertyKey[]): number | undefined {
  if (!note.document) return undefined;
  for (let length = path.length; length >= 0; length--) {
    const node = note.document.getIn(path.slice(0, length) as Array<string | number>, true) as
      { range?: [number, number, number] } | undefined;
    const range = node && typeof node === 'object' ? node.range : undefined;
    if (range) return note.frontmatterLine - 1 + note.lineCounter.linePos(range[0]).line;
  }
  return note.frontmatterLine;
}
