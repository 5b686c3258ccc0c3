// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import recordLinks from './src/integrations/record-links.ts';
import reviewInDev from './src/integrations/review-in-dev.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // SITE_URL: where the site is published (absolute URLs in feeds, sitemaps and open data).
  site: process.env.SITE_URL ?? 'https://gloss.example.org',
  // BASE_PATH: the subfolder it is served from, e.g. /reading-notes/ (default: the domain root).
  base,
  trailingSlash: 'always',
  // What a build keeps for the next one (rendered notes, pages): outside node_modules, so CI can keep it while
  // installing afresh. GLOSS_CACHE_DIR: a cache of its own for a build that runs beside another (the tests).
  cacheDir: process.env.GLOSS_CACHE_DIR ?? './.cache/',
  // reviewInDev: the review mode of `npm run dev` (nothing of it reaches a build).
  integrations: [recordLinks(), sitemap(), reviewInDev()],
  // Pages are written eight at a time: writing files is what a build waits on most (a cold build of 1,000 notes
  // generated its pages in 21 s at 8 against 37 s at 1, on 2 cores; see docs/performance.md).
  build: { format: 'directory', concurrency: 8 },
  // Notes are rendered by the notes loader, without highlighting; Astro's own Shiki would only warn that its
  // inline styles break the Content-Security-Policy below.
  markdown: { syntaxHighlight: false },
  // JSON schemas of the notes' frontmatter in .astro/, so the Astro editor extension completes and checks it.
  // incrementalBuild: a page whose `cacheKey` (from getStaticPaths) and code are unchanged is copied from the
  // last build rather than rendered. Experimental in Astro 7.
  experimental: { contentIntellisense: true, incrementalBuild: true },
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
    // Under `npm run dev`, Vite watches the project for changes; built sites (tens of thousands of files at a few
    // thousand notes) are not the project's sources, and watching them made the dev server slow to start and to
    // answer a save. The notes loader watches the notes folder itself.
    server: {
      watch: {
        ignored: [
          '**/dist/**',
          '**/*.next/**',
          '**/*.old-*/**',
          '**/.cache/**',
          '**/.test-dist/**',
          '**/.bench/out-*/**',
        ],
      },
    },
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
