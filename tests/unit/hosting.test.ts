/**
 * Hosting: the `_headers` file the build writes, read by Netlify's own parser (Cloudflare Pages reads the same
 * format), and the GitHub Pages workflow, read as YAML: the whole history, the build cache kept between runs,
 * and the base path of a project page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { writeHeadersFile } from '../../src/hosting/headers-file.ts';

test("the _headers file gives every address the headers a <meta> tag cannot, as Netlify's parser reads it", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-headers-'));
  try {
    writeHeadersFile(new URL(`file://${dir}/`));
    const parsed = await parseAllHeaders({
      headersFiles: [join(dir, '_headers')],
      configHeaders: undefined,
      minimal: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.headers).toEqual([
      {
        for: '/*',
        values: {
          'Content-Security-Policy': "frame-ancestors 'none'",
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'strict-origin-when-cross-origin',
        },
      },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

test('the GitHub Pages workflow fetches the whole history, keeps the build cache and builds under the base path', () => {
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = workflow.jobs['build']?.steps ?? [];
  const uses = (action: string): Step | undefined => steps.find((step) => step.uses?.startsWith(`${action}@`));
  expect(uses('actions/checkout')?.with?.['fetch-depth']).toBe(0);
  expect(uses('actions/cache')?.with?.['path']).toBe('.cache');
  const build = steps.find((step) => step.run?.startsWith('npm run build'));
  expect(build?.env?.['BASE_PATH']).toBe('${{ steps.pages.outputs.base_path }}/');
  expect(uses('actions/upload-pages-artifact')?.with?.['path']).toBe('dist');
  expect(workflow.jobs['deploy']?.steps[0]?.uses).toMatch(/^actions\/deploy-pages@/);
});
