import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { storeReadFrom, storeTextOf } from '../../src/integrations/data-store-from-disk.ts';

const store = JSON.stringify([['Map', 1], { note: 'a "quoted" word, a line\nbreak, é, 😀 and \\ backslash' }]);
const astroModule = `export default JSON.parse(${JSON.stringify(store)})`;

test('the module read from the file gives the same store as Astro’s', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-store-'));
  const file = join(folder, 'data-store.pages.json');
  const text = storeTextOf(astroModule);
  expect(text).toBe(store);
  writeFileSync(file, text as string);
  const module = join(folder, 'store.mjs');
  writeFileSync(module, storeReadFrom(file));
  const read = (await import(pathToFileURL(module).href)) as { default: unknown };
  expect(read.default).toEqual(JSON.parse(store));
});

test('a module of another form is left alone', () => {
  expect(storeTextOf('export default new Map()')).toBeUndefined();
  expect(storeTextOf('export default JSON.parse(12)')).toBeUndefined();
  expect(storeTextOf('export default JSON.parse("a" + "b")')).toBeUndefined();
  expect(storeTextOf(`${astroModule};\nexport const other = 1;`)).toBeUndefined();
});

test('a store file missing when the pages run stops them with one line, rather than giving no notes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-store-'));
  const module = join(folder, 'store.mjs');
  writeFileSync(module, storeReadFrom(join(folder, 'gone.json')));
  const run = spawnSync(process.execPath, [module], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toBe(
    `Gloss: the pages cannot read the notes' store (ENOENT: ${join(folder, 'gone.json')}); nothing was built.`,
  );
});
