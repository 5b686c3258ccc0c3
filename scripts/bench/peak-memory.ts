/**
 * Preloaded (through NODE_OPTIONS) into every Node process of a measured build: on exit, each writes its own
 * peak resident memory, which the kernel keeps exactly, so nothing has to poll the build while it runs.
 */
import { appendFileSync } from 'node:fs';

const file = process.env['GLOSS_BENCH_PEAK_FILE'];
if (file) {
  process.on('exit', () => appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`));
}
