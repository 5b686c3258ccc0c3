/**
 * What the fault suite builds on: a small site of generated notes in a folder of its own, with its own record of
 * published links and cache, built with the tests' one build harness (`tests/support/build.ts`): by Astro, or by
 * the same command with a stand-in for Astro (`tests/support/stand-in-build.ts`) where the wrapper is the point,
 * in a process of its own where a signal is the point and in this one otherwise.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { main } from '../../scripts/build.ts';
import type { BuildPages } from '../../src/build/astro-pages.ts';
import { settingsOf, type ProjectSettings } from '../../src/options/project-settings.ts';
import type { LinkLock } from '../../src/site/published-links.ts';
import { startBuild, type RunningBuild } from '../support/build.ts';
import { runInProcess } from '../support/command.ts';
import { standInPages } from '../support/stand-in-build.ts';

export type { RunningBuild };

export interface FaultSite {
  root: string;
  notes: string;
  lock: string;
  env: Record<string, string>;
}

/** A note that names its number in every passage, so that a page of one note is never taken for another's. */
export function noteText(n: number, extra = ''): string {
  return `---
title: Report number ${n}
source:
  published: 2025-06-${String((n % 27) + 1).padStart(2, '0')}
parties:
  - id: agency-${n}
    name: Agency ${n}
    kind: organization
    role: Publishes report ${n}.
  - id: minister
    name: Minister Vale
    kind: person
dates:
  - id: signed
    date: 2024-0${(n % 9) + 1}
    label: Report ${n} signed
    quote: signed in ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'][n % 9]} 2024
figures:
  - id: budget
    value: ${n * 1000}
    unit: EUR
    label: Budget of report ${n}
    quote: €${n * 1000}
---

Agency ${n} wrote this report, signed in ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'][n % 9]} 2024, for Minister Vale.

It spends €${n * 1000} on the work of Agency ${n}.${extra}
`;
}

/** Every link of a record, one string each, for counting and comparing. */
export const linksOf = (lock: LinkLock): string[] =>
  [
    ...Object.entries(lock.notes).flatMap(([slug, ids]) => [`note ${slug}`, ...ids.map((id) => `id ${slug} ${id}`)]),
    ...(lock.pages ?? []).map((page) => `page ${page}`),
    ...(lock.sharePages ? ['share-pages'] : []),
  ].sort();

/** A fresh site of `count` notes under `.test-dist/faults/<name>/`. */
export function makeSite(name: string, count: number): FaultSite {
  const root = resolve('.test-dist/faults', name);
  rmSync(root, { recursive: true, force: true });
  const notes = join(root, 'notes');
  mkdirSync(notes, { recursive: true });
  for (let n = 1; n <= count; n++) writeFileSync(join(notes, `report-${n}.md`), noteText(n));
  const lock = join(root, 'links.lock');
  return {
    root,
    notes,
    lock,
    env: { GLOSS_NOTES: notes, GLOSS_LOCK: lock, GLOSS_CACHE_DIR: join(root, 'cache'), SITE_AUTHOR: 'Fault Suite' },
  };
}

/** Starts `npm run build`'s script on the site, in a process group of its own (see `startBuild`). */
export function startSiteBuild(
  site: FaultSite,
  out: string,
  args: string[] = [],
  env: Record<string, string> = {},
): RunningBuild {
  return startBuild(out, args, { ...site.env, ...env });
}

/** Runs a build of the site to its end. */
export async function build(site: FaultSite, out: string, args: string[] = [], env: Record<string, string> = {}) {
  return startSiteBuild(site, out, args, env).done;
}

const STAND_IN = 'tests/support/stand-in-build.ts';

/** Starts the build command with the stand-in for Astro; its cues (`STAND_IN_PAUSE`, …) go in `env`. */
export function startStandIn(
  site: FaultSite,
  out: string,
  args: string[] = [],
  env: Record<string, string> = {},
): RunningBuild {
  return startBuild(out, args, { ...site.env, ...env }, STAND_IN);
}

/** Runs the build command with the stand-in for Astro to its end. */
export async function standIn(site: FaultSite, out: string, args: string[] = [], env: Record<string, string> = {}) {
  return startStandIn(site, out, args, env).done;
}

const CONFIG = pathToFileURL(resolve('astro.config.mjs')).href;
let loads = 0;

/** The settings astro.config.mjs gives under the environment as it is now: read afresh, as a new process reads it. */
export async function freshSettings(): Promise<ProjectSettings> {
  const url = `${CONFIG}?fault-site=${++loads}`;
  return settingsOf(((await import(/* @vite-ignore */ url)) as { default: AstroUserConfig }).default);
}

/**
 * The build command with the stand-in for Astro, run to its end in this process: no process to start, nor
 * astro.config.mjs to load in it (about a second each). The site's settings and the cues are in the environment
 * while it runs, and astro.config.mjs is read afresh under them, as a command started with them reads it. A pause
 * needs a process to signal, and a refusal from inside the step (`STAND_IN_FAIL=refuse`) one that it ends: here it
 * would return into the wrapper, which a process's exit never does. Those run in `startStandIn`. `pages`: another
 * step than the stand-in's (loader-step.ts).
 */
export async function standInHere(
  site: FaultSite,
  out: string,
  args: string[] = [],
  env: Record<string, string> = {},
  pages: BuildPages = standInPages,
): Promise<{ code: number; output: string }> {
  if (env['STAND_IN_PAUSE'] || env['STAND_IN_FAIL'] === 'refuse')
    throw new Error('a pause, or a refusal from inside the step, needs a process of its own: use startStandIn');
  const set = { ...site.env, ...env };
  const saved = Object.fromEntries([...Object.keys(set), 'GLOSS_STRICT'].map((name) => [name, process.env[name]]));
  Object.assign(process.env, set);
  try {
    const settings = await freshSettings();
    const run = await runInProcess(() =>
      main(pages, { args: ['--out', out, ...args], settings: async () => settings }),
    );
    return { code: run.status, output: run.output };
  } finally {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  }
}
