/**
 * The Content-Security-Policy in every page's <meta>: no page breaks it, and a script that got into a page
 * (as if past the sanitiser) is refused.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { testSite } from '../support/test-sites.ts';

import { pagesOf } from '../site-pages.ts';
import { useSite } from './harness.ts';

const PROBE_SITE = '.test-dist/csp-probe';
rmSync(PROBE_SITE, { recursive: true, force: true });
cpSync(testSite('site').out, PROBE_SITE, { recursive: true });
const reader = `${PROBE_SITE}/notes/openai-google-cloud/index.html`;
writeFileSync(
  reader,
  readFileSync(reader, 'utf8').replace(
    '</main>',
    '<script>window.injected = "inline script"</script><img src="/favicon.svg" alt="" onload="window.injected = \'event handler\'"><a id="probe" href="javascript:window.injected=\'javascript: URL\'">probe</a></main>',
  ),
);

/** Each violation of the policy the page reports, in `window.violations`: run before the page's own scripts. */
const RECORD_VIOLATIONS = `(${() => {
  const found: string[] = [];
  (window as unknown as { violations: string[] }).violations = found;
  document.addEventListener('securitypolicyviolation', (event) =>
    found.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}})()`;
const violationsIn = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('on the built site', () => {
  const site = useSite();
  test.each(pagesOf(testSite('site').out))('%s breaks no rule of its policy', async (path) => {
    const { page, troubles } = await site.visit(path, {}, RECORD_VIOLATIONS);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(await violationsIn(page)).toEqual([]);
    expect(troubles).toEqual([]);
  });
});

describe('on a page with a script injected on purpose', () => {
  const probe = useSite(PROBE_SITE);
  test('the script, the event handler and the javascript: link are all refused', async () => {
    const { page } = await probe.visit('/notes/openai-google-cloud/', {}, RECORD_VIOLATIONS);
    await page.locator('#probe').click();
    // All three refused, the link's once clicked: then none of them can have run.
    await expect
      .poll(async () => (await violationsIn(page)).filter((violation) => violation.startsWith('script-src')).length, {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
  });
});
