/**
 * A note file as an editable YAML document and the bytes around it. Edits go through `yaml`'s Document API, so
 * what they do not touch (comments, key order, quoting, flow lists) is written back as it was; the text, a
 * byte-order mark and the file's line endings are kept byte for byte.
 */
import { parseDocument, type Document } from 'yaml';

const FENCE = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n?)(---[ \t]*(?:\r?\n|$))/;

export interface FrontmatterDocument {
  document: Document;
  /** The file again, with the document as it now stands. */
  toFile: () => string;
}

export function frontmatterDocument(file: string): FrontmatterDocument {
  const bom = file.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = file.slice(bom.length);
  const match = FENCE.exec(text);
  if (!match) throw new Error('the note has no frontmatter');
  const [whole, open, yaml, close] = match as unknown as [string, string, string, string];
  const crlf = open.endsWith('\r\n');
  const document = parseDocument(yaml, { schema: 'core' });
  return {
    document,
    toFile: () => {
      const written = document.toString({ lineWidth: 0, flowCollectionPadding: false });
      return `${bom}${open}${crlf ? written.replace(/\r?\n/g, '\r\n') : written}${close}${text.slice(whole.length)}`;
    },
  };
}
