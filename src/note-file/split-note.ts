/**
 * The one way a note's file is split into its frontmatter and its Markdown body, used by the reader, the checker,
 * review and `npm run suggest`. The frontmatter opens on the file's first line and closes on the next line that is
 * `---` and nothing else, as YAML's own document markers stand on whole lines: a comment such as
 * `# ------- dates -------`, or `---` inside an indented block scalar, never closes it.
 */

export interface SplitNote {
  /** A byte-order mark the file starts with, kept as it was. */
  bom: string;
  /** The opening `---` line, with its line break. */
  open: string;
  /** The frontmatter's YAML, every line with its line break. */
  yaml: string;
  /** The closing `---` line, with its line break when it has one. */
  close: string;
  body: string;
  /** The line break the frontmatter uses, for lines written into it. */
  eol: '\n' | '\r\n';
}

const MARKER = /^---[ \t]*$/;

/** A line of the text from `start`: its content (without its line break) and where the next line starts. */
function lineAt(text: string, start: number): { content: string; next: number } {
  const end = text.indexOf('\n', start);
  const next = end === -1 ? text.length : end + 1;
  const content = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  return { content, next };
}

/** The note's parts, or undefined when the file does not start with a whole frontmatter block. */
export function splitNote(file: string): SplitNote | undefined {
  const bom = file.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = file.slice(bom.length);
  const first = lineAt(text, 0);
  if (!MARKER.test(first.content) || first.next === text.length) return undefined;
  for (let start = first.next; start < text.length;) {
    const line = lineAt(text, start);
    if (MARKER.test(line.content)) {
      const open = text.slice(0, first.next);
      return {
        bom,
        open,
        yaml: text.slice(first.next, start),
        close: text.slice(start, line.next),
        body: text.slice(line.next),
        eol: open.endsWith('\r\n') ? '\r\n' : '\n',
      };
    }
    start = line.next;
  }
  return undefined;
}

/** The file again, with `yaml` as its frontmatter and every other byte as it was. */
export const joinNote = (note: SplitNote, yaml = note.yaml): string =>
  `${note.bom}${note.open}${yaml}${note.close}${note.body}`;
