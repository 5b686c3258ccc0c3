/**
 * Vitest global setup of the projects that read built sites: builds each site of the catalogue the project reads,
 * one after another, with `npm run build`'s own script, and provides them to its tests. A site read by two
 * projects is built once per run: the global setups run in one process, one after another, and a site built in
 * this run is marked so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildOrThrow } from './build.ts';
import { builtSite, TEST_SITES, type BuiltSite, type TestSiteName } from './test-sites.ts';

/** This run of Vitest: its process and the moment it started. */
const RUN = `${process.pid}@${performance.timeOrigin}`;

export default function buildSites(project: TestProject): void {
  const provided: Partial<Record<TestSiteName, BuiltSite>> = {};
  for (const name of Object.keys(TEST_SITES) as TestSiteName[]) {
    const site = TEST_SITES[name];
    if (!(site.readBy as readonly string[]).includes(project.name)) continue;
    const built = builtSite(name);
    const mark = `${built.out}.run`;
    if (!existsSync(mark) || readFileSync(mark, 'utf8') !== RUN) {
      if ('prepare' in site) site.prepare();
      buildOrThrow(built.out, built.env);
      mkdirSync('.test-dist/sites', { recursive: true });
      writeFileSync(mark, RUN);
    }
    provided[name] = built;
  }
  project.provide('testSites', provided);
}
