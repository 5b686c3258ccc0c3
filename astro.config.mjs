// @ts-check
import gloss from './src/integrations/gloss.ts';

// The environment, read here alone: the tests and CI set these; a site may write its options below instead.
const env = process.env;

// Typed without `defineConfig` (which only returns its argument), so that the commands that load this file to
// read Gloss's options (`npm run build`, `check:notes`, `new`, `suggest`) do not load Astro's config code, which takes seconds.
/** @type {import('astro').AstroUserConfig} */
export default {
  // SITE_URL: where the site is published (absolute URLs in feeds, sitemaps and open data).
  site: env.SITE_URL ?? 'https://gloss.example.org',
  // BASE_PATH: the subfolder it is served from, e.g. /reading-notes/ (default: the domain root).
  base: env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // What a build keeps for the next one (rendered notes, pages): outside node_modules, so CI can keep it while
  // installing afresh. GLOSS_CACHE_DIR: a cache of its own for a build that runs beside another (the tests).
  cacheDir: env.GLOSS_CACHE_DIR ?? './.cache/',
  // Gloss's options, validated once (src/options/options-schema.ts): a bad one stops every command in one line.
  integrations: [
    gloss({
      // GLOSS_NOTES: the notes folder (the tests build fixture notes).
      notes: env.GLOSS_NOTES || undefined,
      // GLOSS_LOCK: the record of published links (links.lock for the site's own notes; none for other notes).
      linksLock: env.GLOSS_LOCK || undefined,
      // ANNOTATION_PAGES=off: no page per annotation (`/notes/<slug>/<id>/`), for very large sites.
      annotationPages: env.ANNOTATION_PAGES === undefined ? undefined : env.ANNOTATION_PAGES !== 'off',
      // SITE_AUTHOR, SITE_AUTHOR_URL: the creator of every annotation in the open data, and its id.
      author: { name: env.SITE_AUTHOR || undefined, url: env.SITE_AUTHOR_URL || undefined },
      // SITE_LANGUAGE: the language of the site's own words (src/words/).
      language: env.SITE_LANGUAGE || undefined,
      // PAGE_SIZE: one size for every list cut into pages (the tests use 2).
      pageSize: env.PAGE_SIZE ? Number(env.PAGE_SIZE) : undefined,
      // GLOSS_STRICT=1 (`npm run build -- --strict`): any draft stops the build.
      strictDrafts: env.GLOSS_STRICT === '1',
    }),
  ],
  // Pages are written eight at a time: writing files is what a build waits on most (CHANGELOG.md has
  // the measurement).
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
};
