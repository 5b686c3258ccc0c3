/**
 * The catalogue of the sites the tests read: each a name, its notes and its settings, built once per run by the
 * global setup (`build-sites.ts`) before any test, and handed to the tests with Vitest's `provide`/`inject`.
 * A test that needs a site of its own builds it in the test only when building is the point (a warm build, a
 * refusal, a kill); a site some test only reads belongs here, so that no two tests build the same one.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { CROSS_LOCK_FIXTURE, CROSS_NOTES, LANGUAGE_NOTES, SITE_NOTES } from '../paths.ts';

export interface TestSite {
  /** The notes folder it is built from. */
  notes: string;
  /** What the build reads from the environment besides `GLOSS_NOTES`. */
  env?: Record<string, string>;
  /** The path it is served under (its `BASE_PATH`). */
  base?: string;
  /** The test projects that read it: a run of other projects does not build it. */
  readBy: ReadonlyArray<'site' | 'browser'>;
  /** Run before its build, to set up what the build reads. */
  prepare?: () => void;
}

/** The author the tests' own site names, in its open data. */
const AUTHOR = { SITE_AUTHOR: 'Test Annotator', SITE_AUTHOR_URL: 'https://annotator.example.org/' };

export const TEST_SITES = {
  /** The tests' own notes, as the site publishes them. */
  site: { notes: SITE_NOTES, env: AUTHOR, readBy: ['site', 'browser'] },
  /** The same notes for a subfolder (links, search under a subfolder, a warm build compared with it). */
  subfolder: {
    notes: SITE_NOTES,
    env: { ...AUTHOR, BASE_PATH: '/reading-notes/' },
    base: '/reading-notes/',
    readBy: ['site', 'browser'],
  },
  /**
   * The notes that share parties across notes, two items a page, so that their few notes fill lists of several
   * pages; with a record of published links in the old JSON form (copied, as a build extends it), which names
   * pages the lists no longer need and which the build carries over to one link a line.
   */
  cross: {
    notes: CROSS_NOTES,
    env: { PAGE_SIZE: '2', GLOSS_LOCK: '.test-dist/cross.lock' },
    readBy: ['site', 'browser'],
    prepare: () => {
      mkdirSync('.test-dist', { recursive: true });
      // A JSON record an earlier run left beside it would be read with it.
      rmSync('.test-dist/cross.lock.json', { force: true });
      copyFileSync(CROSS_LOCK_FIXTURE, '.test-dist/cross.lock');
    },
  },
  /** The same notes without a page per annotation. */
  crossNoAnnotationPages: { notes: CROSS_NOTES, env: { ANNOTATION_PAGES: 'off' }, readBy: ['site'] },
  /** A French note and an Arabic one, in an English site. */
  languages: { notes: LANGUAGE_NOTES, readBy: ['site', 'browser'] },
  /** The same notes, the site's own words in French. */
  languagesFrench: { notes: LANGUAGE_NOTES, env: { SITE_LANGUAGE: 'fr' }, readBy: ['site', 'browser'] },
  /** A note in the site's language, one in French and one in Arabic: one search index each, searched at once. */
  mixedLanguages: {
    notes: '.test-dist/mixed-languages-notes',
    readBy: ['browser'],
    prepare: () => {
      const notes = '.test-dist/mixed-languages-notes';
      rmSync(notes, { recursive: true, force: true });
      mkdirSync(notes, { recursive: true });
      copyFileSync(join(SITE_NOTES, 'openai-google-cloud.md'), join(notes, 'openai-google-cloud.md'));
      for (const slug of ['hydrogene', 'tahlia'])
        copyFileSync(join(LANGUAGE_NOTES, `${slug}.md`), join(notes, `${slug}.md`));
    },
  },
  /** A note full of script-injection attempts, in its body and in every frontmatter field. */
  hostile: { notes: 'tests/fixtures/hostile-notes', readBy: ['site'] },
} satisfies Record<string, TestSite>;

export type TestSiteName = keyof typeof TEST_SITES;

/** A site of the catalogue as built: where it is and the path it is served under. */
export interface BuiltSite {
  out: string;
  base: string;
  /** What it was built with, `GLOSS_NOTES` included: a test that builds the same notes again starts from it. */
  env: Record<string, string>;
}

/** Where each site of the catalogue is built, and with what. */
export function builtSite(name: TestSiteName): BuiltSite {
  const site: TestSite = TEST_SITES[name];
  return {
    out: `.test-dist/sites/${name}`,
    base: site.base ?? '/',
    env: { GLOSS_NOTES: site.notes, ...site.env },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sites of the catalogue this project reads, built. */
    testSites: Partial<Record<TestSiteName, BuiltSite>>;
  }
}

/** A site of the catalogue, as the global setup built it for this project. */
export function testSite(name: TestSiteName): BuiltSite {
  const site = inject('testSites')[name];
  if (!site) throw new Error(`The test site "${name}" is not built for this project: add it to its readBy.`);
  return site;
}
