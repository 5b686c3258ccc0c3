// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import noteCheck from './src/integrations/note-check.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://gloss.example.org',
  trailingSlash: 'always',
  integrations: [noteCheck()],
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    // @ts-expect-error -- see src/markdown/pipeline.ts: plugin tuples are wider than inferred
    processor: unified(markdownOptions()),
  },
});
