/**
 * The notes as the loader last found them, all well, for the integration that records their links once the
 * build has written every page. The loader runs where Astro loads the content config, which is not the module
 * graph that loaded the integration, so the record is kept on the process under a registered symbol.
 */
import type { CheckResult } from './report.ts';

const KEY = Symbol.for('gloss.last-check');
const shared = globalThis as typeof globalThis & { [KEY]?: CheckResult };

export function rememberCheck(result: CheckResult): void {
  shared[KEY] = result;
}

/** The last check that found no problem, if the notes were loaded in this process. */
export const lastCheck = (): CheckResult | undefined => shared[KEY];
