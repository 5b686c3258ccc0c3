/**
 * The one moment review's compare-then-rename cannot see by itself: an editor writing the note after the
 * comparison and before the rename. Played here at exactly that moment, as an editor saves (open, truncate,
 * write, by the note's path).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { digestOf, replaceNote } from '../../src/note-file/replace-note.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function note(text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-replace-'));
  folders.push(folder);
  const path = join(folder, 'a-note.md');
  writeFileSync(path, text);
  return path;
}

test('a save writes the note when nothing changed it, and leaves no file of its own beside it', () => {
  const path = note('as shown\n');
  expect(replaceNote(path, digestOf('as shown\n'), 'saved\n')).toEqual({ written: true });
  expect(readFileSync(path, 'utf8')).toBe('saved\n');
  expect(readdirSync(join(path, '..'))).toEqual(['a-note.md']);
});

test('a note changed before the comparison is refused and kept as it is', () => {
  const path = note('changed by an editor\n');
  expect(replaceNote(path, digestOf('as shown\n'), 'saved\n')).toEqual({ written: false, reason: 'changed' });
  expect(readFileSync(path, 'utf8')).toBe('changed by an editor\n');
  expect(readdirSync(join(path, '..'))).toEqual(['a-note.md']);
});

test('an editor writing between the comparison and the rename keeps its line, and the save says it was refused', () => {
  const path = note('as shown\n');
  const editor = () => writeFileSync(path, `${readFileSync(path, 'utf8')}an editor's line\n`);
  const result = replaceNote(path, digestOf('as shown\n'), 'saved\n', { beforeRename: editor });
  expect(result).toEqual({ written: false, reason: 'changed' });
  expect(readFileSync(path, 'utf8')).toBe("as shown\nan editor's line\n");
  expect(readdirSync(join(path, '..'))).toEqual(['a-note.md']);
});
