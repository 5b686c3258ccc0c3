/**
 * A plain Astro 7 site over the same Markdown notes: at its default settings (its own Markdown processor), or
 * with `unified()` (GFM on, SmartyPants and code highlighting off, no plugins) to show what that processor
 * alone costs, which any site with remark or rehype plugins pays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function writePlainAstroSite(root: string, notesFolder: string, processor: 'default' | 'unified'): void {
  mkdirSync(join(root, 'src/pages/notes'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "plain-astro-bench", "private": true, "type": "module" }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    processor === 'default'
      ? "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n"
      : `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({ markdown: { syntaxHighlight: false, processor: unified({ smartypants: false }) } });
`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  notes: defineCollection({
    loader: glob({ pattern: '*.md', base: ${JSON.stringify(resolve(notesFolder))} }),
    schema: z.object({ title: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(root, 'src/pages/notes/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('notes')).map((note) => ({ params: { slug: note.id }, props: { note } }));
}
const { note } = Astro.props;
const { Content } = await render(note);
---
<html lang="en"><head><meta charset="utf-8" /><title>{note.data.title}</title></head>
<body><article><h1>{note.data.title}</h1><Content /></article></body></html>
`,
  );
  writeFileSync(
    join(root, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';
const notes = await getCollection('notes');
---
<html lang="en"><head><meta charset="utf-8" /><title>Notes</title></head>
<body><ul>{notes.map((note) => <li><a href={\`/notes/\${note.id}/\`}>{note.data.title}</a></li>)}</ul></body></html>
`,
  );
}
