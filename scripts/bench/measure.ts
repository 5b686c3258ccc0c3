/**
 * Runs a command and measures it: wall time, and the peak memory of its Node processes. Each process reports
 * its own peak as it exits (see peak-memory.ts); polling /proc instead took CPU from the build it measured,
 * and took more of it the longer the build ran.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Measurement {
  seconds: number;
  /**
   * Peak resident memory in MiB: the sum of each Node process's own peak (the build script and the Astro build
   * it starts), so at most what they held together at any one time.
   */
  peakMiB: number;
  ok: boolean;
  output: string;
}

const PRELOAD = pathToFileURL(resolve(import.meta.dirname, 'peak-memory.ts')).href;

/** The sum of the peaks the processes wrote, in KiB (each line: pid, then KiB). */
function sumOfPeaks(file: string): number {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  return text
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line.split(' ')[1]), 0);
}

export function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
): Promise<Measurement> {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  const peaks = join(folder, 'peaks');
  const options = [env['NODE_OPTIONS'], `--import=${PRELOAD}`].filter(Boolean).join(' ');
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...env, NODE_OPTIONS: options, GLOSS_BENCH_PEAK_FILE: peaks },
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peakMiB = sumOfPeaks(peaks) / 1024;
      rmSync(folder, { recursive: true, force: true });
      if (code === 0 && peakMiB === 0) output += '\nno process reported its peak memory';
      done({ seconds, peakMiB, ok: code === 0 && peakMiB > 0, output });
    });
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Waits until the old outputs that `npm run build` deletes in the background next to `out` are gone, so that
 * deleting them does not take the machine from what is measured next.
 */
export async function settle(out: string): Promise<void> {
  const folder = dirname(out);
  const prefix = `${basename(out)}.old-`;
  while (readdirSync(folder).some((name) => name.startsWith(prefix)))
    await new Promise((resolve) => setTimeout(resolve, 200));
}
