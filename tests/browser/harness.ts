/**
 * One browser and one static server per test file, and pages that record what a reader would notice going
 * wrong: console errors, failed requests and responses that are not OK.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { testSite } from '../support/test-sites.ts';

import { launchChromium } from '../support/chromium.ts';

export interface OpenedPage {
  page: Page;
  /** Console errors, failed requests and 4xx/5xx responses, as they happened. */
  troubles: string[];
}

export function useSite(root = testSite('site').out, base = '/') {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveStatic(root, base)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  return {
    url: (path: string) => new URL(path.replace(/^\//, ''), site.url).href,
    /** `initScript` runs in the page before its own scripts, outside its Content-Security-Policy. */
    async open(path: string, options: BrowserContextOptions = {}, initScript?: string): Promise<OpenedPage> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      const page = await context.newPage();
      if (initScript) await page.addInitScript({ content: initScript });
      const troubles: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') troubles.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => troubles.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        // A page that sends the reader on (a moved note, an old row link) cancels what it was still loading, such
        // as its icon: Chromium reports those as aborted. A missing file is a 404, caught below.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') troubles.push(`failed: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) troubles.push(`${response.status()}: ${response.url()}`);
      });
      await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
      return { page, troubles };
    },
  };
}
