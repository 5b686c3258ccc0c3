// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import noteCheck from './src/integrations/note-check.ts';
import { markdownOptions } from './src/markdown/pipeline.ts';

export default defineConfig({
  // SITE_URL: where the site is published (absolute URLs in feeds, sitemaps and open data).
  site: process.env.SITE_URL ?? 'https://gloss.example.org',
  // BASE_PATH: the subfolder it is served from, e.g. /reading-notes/ (default: the domain root).
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // GLOSS_CACHE_DIR: a cache of its own for a build that runs beside another (the tests build several sites).
  ...(process.env.GLOSS_CACHE_DIR ? { cacheDir: process.env.GLOSS_CACHE_DIR } : {}),
  integrations: [noteCheck()],
  build: { format: 'directory' },
  security: {
    // A policy in a <meta> tag holds on any host. Astro adds hashes for its own scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (and nothing looser).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    syntaxHighlight: false,
    // @ts-expect-error -- see src/markdown/pipeline.ts: plugin tuples are wider than inferred
    processor: unified(markdownOptions()),
  },
});
