/**
 * The settings of a project, for the commands that run outside Astro (`npm run build`, `check:notes`, `new`,
 * `suggest`, the benchmark): its `astro.config.mjs` loaded as Astro loads it, and the options its `gloss()`
 * integration validated there. One source: the commands read what the site is built with.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import type { GlossIntegration } from '../integrations/gloss.ts';
import { siteOf, type Site } from './site.ts';

/** A project's settings, and Astro's cache folder, as its config names it. */
export interface ProjectSettings extends Site {
  cacheDir: string;
}

const isGloss = (integration: unknown): integration is GlossIntegration =>
  typeof integration === 'object' && integration !== null && (integration as { name?: unknown }).name === 'gloss';

/**
 * The settings of the project at `root`. A bad option throws the integration's error, of one line a problem; a
 * config without `gloss()` throws too.
 */
export async function projectSettings(root = process.cwd()): Promise<ProjectSettings> {
  const url = pathToFileURL(resolve(root, 'astro.config.mjs')).href;
  const { default: config } = (await import(url)) as { default: AstroUserConfig };
  return settingsOf(config);
}

/** The settings a loaded config gives (the fault tests load it afresh for each environment). */
export function settingsOf(config: AstroUserConfig): ProjectSettings {
  const gloss = [config.integrations ?? []].flat(Infinity).find(isGloss);
  if (!gloss) throw new Error('astro.config.mjs has no gloss() integration: add one, as integrations: [gloss()]');
  return {
    ...siteOf({ options: gloss.options, site: config.site ?? '', base: config.base ?? '/' }),
    cacheDir: config.cacheDir ?? './node_modules/.astro/',
  };
}
