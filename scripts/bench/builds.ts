/**
 * The builds the bench compares: this site's and plain Astro's, each run in rounds from a clean cache and output,
 * and the ratios between them taken round by round.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure, median, settle, type Measurement } from './measure.ts';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
const node = process.execPath;

const countPages = (folder: string): number =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('index.html')).length;

export interface BuildResult {
  name: string;
  seconds: number;
  peakMiB: number;
  pages: number;
  /** Each round's measurement, in round order, for ratios taken round by round. */
  rounds: Measurement[];
}

/**
 * How `a` compares with `b`: the median, over rounds, of the ratio of the two builds of one round. Builds of a
 * round run minutes apart at most, so a slower spell of the machine divides out.
 */
export function ratio(a: BuildResult, b: BuildResult, of: (run: Measurement) => number): number {
  return median(roundRatios(a, b, of));
}

/** The ratio of `a` to `b` in each round: their spread shows how far one run of the bench can be trusted. */
export const roundRatios = (a: BuildResult, b: BuildResult, of: (run: Measurement) => number): number[] =>
  a.rounds.map((run, index) => of(run) / of(b.rounds[index] as Measurement));

export interface Build {
  name: string;
  out: string;
  command: () => [string, string[], NodeJS.ProcessEnv];
  /** Caches to empty before each run, so that every run builds from nothing. */
  clean: string[];
}

/**
 * A warm-up round, then `rounds` rounds; each round builds every variant once, from a clean cache and output.
 * Taking turns, rather than running one variant's builds back to back, spreads the load of a shared machine
 * over all of them alike, which keeps the ratios honest when it changes during the run. Medians per variant.
 */
export async function benchBuilds(builds: Build[], rounds: number): Promise<BuildResult[]> {
  const runs = new Map<string, Measurement[]>(builds.map((build) => [build.name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const { name, out, command, clean } of builds) {
      for (const folder of [out, ...clean]) rmSync(folder, { recursive: true, force: true });
      for (const build of builds) await settle(build.out);
      const [cmd, args, env] = command();
      const result = await measure(cmd, args, env);
      if (!result.ok) throw new Error(`${name}: the build failed\n${result.output.slice(-3000)}`);
      if (round > 0) runs.get(name)?.push(result);
      process.stderr.write(
        `  ${name}: ${round === 0 ? 'warm-up' : `round ${round}`} ${result.seconds.toFixed(2)} s, ${result.peakMiB.toFixed(0)} MiB\n`,
      );
    }
  }
  return builds.map(({ name, out }) => {
    const measured = runs.get(name) ?? [];
    return {
      name,
      seconds: median(measured.map((run) => run.seconds)),
      peakMiB: median(measured.map((run) => run.peakMiB)),
      pages: countPages(out),
      rounds: measured,
    };
  });
}

export const plainBuild = (name: string, root: string): Build => ({
  name,
  out: join(root, 'dist'),
  command: () => [node, [ASTRO, 'build', '--root', root], { ...process.env }],
  clean: [join(root, 'node_modules/.astro'), join(root, '.astro')],
});

export const glossBuild =
  (notes: string, out: string, extra: NodeJS.ProcessEnv, search = false) =>
  (): [string, string[], NodeJS.ProcessEnv] => [
    node,
    // --clean: every round builds from nothing, as plain Astro's do (their caches are emptied before each).
    ['scripts/build.ts', '--out', out, '--clean', ...(search ? [] : ['--no-search'])],
    { ...process.env, GLOSS_NOTES: notes, GLOSS_CACHE_DIR: `${out}.cache`, ...extra },
  ];
