/**
 * Review's saves against what can go wrong around them: an editor writing the note at the same moment, a note
 * that is a symlink, two files that claim one page, a request of a shape the page never sends, a field emptied.
 * Nothing the author wrote may be lost, and a save that writes nothing says so.
 */
import { lstatSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { problemsOf, reviewFolder } from '../support/review-folder.ts';

const NOTE = [
  '---',
  'title: A deal',
  'source:',
  '  published: 2025-06-10',
  'figures:',
  '  - id: run-rate',
  '    value: 10000000000',
  '    unit: USD',
  '    label: Revenue run rate',
  '    basis: Reported by the company',
  '    quote: $10 billion',
  '    draft: true',
  '---',
  '',
  'OpenAI announced a run rate of $10 billion in May.',
  '',
].join('\n');

const folder = reviewFolder(NOTE);
const { seenOf } = folder;

/**
 * An editor in another thread: told a delay, it waits that long, then reads the note and writes it back with a
 * line of its own added, as an editor saving its buffer does. It answers with the text it read.
 */
const EDITOR = `
const { parentPort } = require('node:worker_threads');
const { readFileSync, writeFileSync } = require('node:fs');
parentPort.on('message', ({ file, delay, line }) => {
  setTimeout(() => {
    const read = readFileSync(file, 'utf8');
    writeFileSync(file, read + line + '\\n');
    parentPort.postMessage(read);
  }, delay);
});
`;

test('a save never loses what an editor writes at the same moment: 100 saves, an editor 0 to 120 ms after each', async () => {
  const editor = new Worker(EDITOR, { eval: true });
  let saved = 0;
  let refused = 0;
  let overwritten = 0;
  try {
    for (let trial = 0; trial < 100; trial++) {
      const seen = await seenOf();
      const line = `An editor's line ${trial}.`;
      const written = new Promise<string>((settle) => editor.once('message', settle));
      editor.postMessage({ file: folder.file, delay: (trial * 37) % 121, line });
      const reply = await folder.service.handle({
        op: 'save',
        slug: 'deal',
        seen,
        edit: { op: 'save', kind: 'figure', id: 'run-rate', fields: { label: `Run rate, save ${trial}` } },
      });
      const read = await written;
      const text = readFileSync(folder.file, 'utf8');
      // The editor's line is never lost; a save that said it saved is in the file, and one refused said why.
      expect(text).toContain(line);
      if (reply.ok) {
        saved++;
        if (!text.includes(`label: Run rate, save ${trial}\n`)) {
          // The one case no program can prevent without a lock the editor takes part in: the editor read the
          // note before the save's rename and wrote its buffer back after it (replace-note.ts).
          expect(read).not.toContain(`save ${trial}\n`);
          expect(text).toBe(`${read}${line}\n`);
          overwritten++;
        }
      } else {
        refused++;
        expect(problemsOf(reply).join('; ')).toContain('changed on disk since this page was shown');
        expect(text).not.toContain(`save ${trial}\n`);
      }
    }
  } finally {
    await editor.terminate();
  }
  console.log(
    `100 saves beside an editor: ${saved} saved (${overwritten} then overwritten by the editor's older buffer), ${refused} refused as the file had changed`,
  );
  // A save dropped while saying saved would look like that overwrite; it happens in a window of microseconds, so
  // a handful at most under load (0 to 1 seen in runs so far), where dropped saves would be most of them.
  expect(overwritten).toBeLessThanOrEqual(3);
  // Both happen, or the test did not race the editor against the saves at all.
  expect(saved).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
}, 120_000);

test('a field emptied in the form is taken out of the note', async () => {
  const reply = await folder.service.handle({
    op: 'save',
    slug: 'deal',
    seen: await seenOf(),
    edit: { op: 'save', kind: 'figure', id: 'run-rate', fields: { basis: null, label: 'Revenue run rate' } },
  });
  expect(problemsOf(reply).join('; ')).toBe('');
  expect(readFileSync(folder.file, 'utf8')).toBe(
    NOTE.replace('    basis: Reported by the company\n', '').replace('    draft: true\n', ''),
  );
});

test('a symlinked note is written through to its target, and stays a link', async () => {
  const target = join(folder.root, 'elsewhere.txt');
  writeFileSync(target, NOTE);
  rmSync(folder.file);
  symlinkSync(target, folder.file);
  const reply = await folder.service.handle({
    op: 'save',
    slug: 'deal',
    seen: await seenOf(),
    edit: { op: 'accept', id: 'run-rate' },
  });
  expect(problemsOf(reply).join('; ')).toBe('');
  expect(lstatSync(folder.file).isSymbolicLink()).toBe(true);
  expect(readlinkSync(folder.file)).toBe(target);
  expect(readFileSync(target, 'utf8')).toBe(NOTE.replace('    draft: true\n', ''));
});

test('two files that claim one page are refused before anything is written', async () => {
  const twin = join(folder.root, 'Deal.md');
  writeFileSync(twin, NOTE.replace('A deal', 'Another deal'));
  for (const op of ['open', 'save'] as const) {
    const reply = await folder.service.handle(
      op === 'open' ? { op, slug: 'deal' } : { op, slug: 'deal', seen: 'x', edit: { op: 'accept', id: 'run-rate' } },
    );
    expect(problemsOf(reply).join('; ')).toMatch(
      /Deal\.md and deal\.md both claim the page "deal": nothing was written/,
    );
  }
  expect(readFileSync(folder.file, 'utf8')).toBe(NOTE);
  expect(readFileSync(twin, 'utf8')).toBe(NOTE.replace('A deal', 'Another deal'));
});

test('an edit of a shape the page never sends is refused, and the note left alone', async () => {
  const seen = await seenOf();
  for (const message of [
    { op: 'save', slug: 'deal', seen, edit: { op: 'rename', id: 'run-rate' } },
    { op: 'save', slug: 'deal', seen, edit: { op: 'delete', id: 'run-rate', extra: true } },
    { op: 'save', slug: 'deal', seen, edit: { op: 'save', kind: 'figure', id: 'run-rate', fields: { 'a b': 1 } } },
    { op: 'drop', slug: 'deal' },
    null,
    'delete everything',
  ]) {
    const reply = await folder.service.handle(message);
    expect(problemsOf(reply).join('; ')).toContain('the dev server does not know this request: nothing was written');
  }
  expect(readFileSync(folder.file, 'utf8')).toBe(NOTE);
});
