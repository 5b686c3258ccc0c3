/** Vitest global setup: builds the site once, with `npm run build`'s own script, for the site and browser tests. */
import { spawnSync } from 'node:child_process';
import { TEST_DIST } from './paths.ts';

let built: boolean | undefined;

export default function buildSite(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', TEST_DIST], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  built = true;
}
