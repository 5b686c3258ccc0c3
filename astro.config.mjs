// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import recordLinks from './src/integrations/record-links.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // SITE_URL: where the site is published (absolute URLs in feeds, sitemaps and open data).
  site: process.env.SITE_URL ?? 'https://gloss.example.org',
  // BASE_PATH: the subfolder it is served from, e.g. /reading-notes/ (default: the domain root).
  base,
  trailingSlash: 'always',
  // GLOSS_CACHE_DIR: a cache of its own for a build that runs beside another (the tests build several sites).
  ...(process.env.GLOSS_CACHE_DIR ? { cacheDir: process.env.GLOSS_CACHE_DIR } : {}),
  integrations: [recordLinks(), sitemap()],
  build: { format: 'directory' },
  // Notes are rendered by the notes loader, without highlighting; Astro's own Shiki would only warn that its
  // inline styles break the Content-Security-Policy below.
  markdown: { syntaxHighlight: false },
  // JSON schemas of the notes' frontmatter in .astro/, so the Astro editor extension completes and checks it.
  experimental: { contentIntellisense: true },
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
  vite: {
    plugins: [
      {
        // Astro 7 inlines small scripts before Vite fills in the preload list of a dynamic import
        // (withastro/astro#17265); the search script's import of Pagefind preloads nothing anyway.
        name: 'gloss:empty-preload-list',
        enforce: 'post',
        renderChunk: (code) => (code.includes('__VITE_PRELOAD__') ? code.replaceAll('__VITE_PRELOAD__', '[]') : null),
      },
    ],
  },
});
