/**
 * Reads a note file the way an author wrote it: its YAML frontmatter as data (with `yaml`'s Document API, which
 * also says where each value stands and keeps dates as the text that was written) and its Markdown body.
 */
import { isCollection, isScalar, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { splitNote } from '../note-file/split-note.ts';

interface YamlError {
  /** Line of the file (1-based). */
  line: number;
  message: string;
  /** The aliases (`*name`) expand beyond reason: the document is refused whole. */
  aliases?: boolean;
}

export interface NoteFile {
  /** The path as reports show it, relative to the project. */
  path: string;
  /** The frontmatter as data; undefined when it could not be read. */
  data: unknown;
  body: string;
  /** Line of the file where the frontmatter's first value may stand. */
  frontmatterLine: number;
  /** True when the file does not start with a frontmatter block at all. */
  missingFrontmatter: boolean;
  yamlErrors: YamlError[];
  /** The file line of the value at `path` in the frontmatter, or of the nearest enclosing value that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** The line (1-based) of an offset in a text; counted only when a problem is reported, never on a clean read. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Where a value stands, for a note whose frontmatter could be read. */
function lineFinder(document: Document, yaml: string, first: number): NoteFile['lineOf'] {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as Array<string | number>, true) as
        { range?: [number, number, number] } | undefined;
      const range = node && typeof node === 'object' ? node.range : undefined;
      if (range) return first - 1 + lineAt(yaml, range[0]);
    }
    return first;
  };
}

const OPENERS = new Set(['"', "'", '[', '{']);

/**
 * Where a YAML error is: `yaml` reports an unclosed quote or bracket where the text ran out, often lines below,
 * so such an error is placed where the quote or bracket that was never closed opens.
 */
function errorOffset(document: Document, source: string, error: YAMLError): number {
  const at = error.pos[0];
  let opened: number | undefined;
  visit(document, (_, node) => {
    if (!isScalar(node) && !isCollection(node)) return;
    const [start, end] = node.range ?? [0, 0];
    if (start < at && at <= end && OPENERS.has(source[start] ?? '') && (opened === undefined || start > opened))
      opened = start;
  });
  return opened ?? at;
}

export function readNote(path: string, raw: string): NoteFile {
  const split = splitNote(raw);
  if (!split) {
    return {
      path,
      data: undefined,
      body: raw.replace(/^\uFEFF/, ''),
      frontmatterLine: 1,
      missingFrontmatter: true,
      yamlErrors: [],
      lineOf: () => undefined,
    };
  }
  const frontmatterLine = 2;
  // The core schema reads `2025-02-30` as the text it is, so the check can say that day does not exist.
  const { yaml, body } = split;
  const document = parseDocument(yaml, { prettyErrors: false, schema: 'core' });
  /** The note as read when its frontmatter could not be: the errors say why. */
  const unreadable = (yamlErrors: YamlError[]): NoteFile => ({
    path,
    data: undefined,
    body,
    frontmatterLine,
    missingFrontmatter: false,
    yamlErrors,
    lineOf: () => undefined,
  });
  if (document.errors.length > 0) {
    return unreadable(
      document.errors.map((error) => ({
        line: frontmatterLine - 1 + lineAt(yaml, errorOffset(document, yaml, error)),
        message: error.message.split('\n')[0] ?? error.message,
      })),
    );
  }
  let data: unknown;
  try {
    // yaml refuses a document whose aliases would expand beyond reason ("billion laughs"): a problem of the note.
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return unreadable([{ line: frontmatterLine, message, aliases: true }]);
  }
  return {
    path,
    data,
    body,
    frontmatterLine,
    missingFrontmatter: false,
    yamlErrors: [],
    lineOf: lineFinder(document, yaml, frontmatterLine),
  };
}
