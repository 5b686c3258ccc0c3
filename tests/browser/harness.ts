/**
 * One browser and one static server per test file, and pages that record what a reader would notice going
 * wrong: console errors, failed requests and responses that are not OK.
 */
import { afterAll, beforeAll } from 'vitest';
import axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { testSite } from '../support/test-sites.ts';

import { launchChromium } from '../support/chromium.ts';

export interface OpenedPage {
  page: Page;
  /** Console errors, failed requests and 4xx/5xx responses, as they happened. */
  troubles: string[];
}

/** The WCAG 2.2 A and AA rules: what every accessibility check of the tests runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core as an init script: a context that has it runs it in every page and frame as the page starts, from
 * Chromium's code cache. `@axe-core/playwright` instead sends its 1.5 MB source into the page and into a blank
 * page it opens for every analysis (about 1 s a page here, against 0.15 s for `axe.run` itself).
 */
export const AXE = axe.source;

/**
 * The page's WCAG 2.2 A and AA violations, each as its rule and its first five elements, as axe-core's
 * `axe.run` finds them over the page and its frames. A page without `AXE` gets it here.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    // Every rule of the tags runs; only the violations are listed element by element, which is all that is read.
    const options = { runOnly: { type: 'tag' as const, values: tags }, resultTypes: ['violations' as const] };
    const results = await inPage.run(document, options);
    return results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) }));
  }, WCAG_TAGS);
  return violations.map(({ id, targets }) => `${id}: ${targets.slice(0, 5).join(', ')}`);
}

/** One Chromium for every site of a test file, launched with the first and closed with the last. */
let shared: { browser: Promise<Browser>; users: number } | undefined;
function useBrowser(): Promise<Browser> {
  shared ??= { browser: launchChromium(), users: 0 };
  shared.users++;
  return shared.browser;
}
async function leaveBrowser(): Promise<void> {
  if (!shared || --shared.users > 0) return;
  const { browser } = shared;
  shared = undefined;
  await (await browser).close();
}

/** Records a page's troubles into `into()`, the list of the visit it is on. */
function watch(page: Page, into: () => string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') into().push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => into().push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A page that sends the reader on (a moved note, an old row link) cancels what it was still loading, such
    // as its icon: Chromium reports those as aborted. A missing file is a 404, caught below.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') into().push(`failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) into().push(`${response.status()}: ${response.url()}`);
  });
}

interface Tab extends OpenedPage {
  context: BrowserContext;
}

export function useSite(root = testSite('site').out, base = '/') {
  let browser: Browser;
  let site: StaticSite;
  const tabs = new Map<string, Promise<Tab>>();
  /** The init scripts of the tabs, named by their place here rather than by their (1.5 MB, for axe) text. */
  const scripts: string[] = [];
  beforeAll(async () => {
    [browser, site] = await Promise.all([useBrowser(), serveStatic(root, base)]);
  });
  afterAll(async () => {
    await Promise.all([...tabs.values()].map(async (tab) => (await tab).context.close()));
    await Promise.all([leaveBrowser(), site?.close()]);
  });
  const url = (path: string) => new URL(path.replace(/^\//, ''), site.url).href;
  const contextFor = async (options: BrowserContextOptions, initScript?: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    if (initScript) await context.addInitScript({ content: initScript });
    return context;
  };

  return {
    url,
    /**
     * A page of its own, in a context of its own: for a test that changes what a page keeps (media, storage,
     * routes). `initScript` runs in the page before its own scripts, outside its Content-Security-Policy.
     */
    async open(path: string, options: BrowserContextOptions = {}, initScript?: string): Promise<OpenedPage> {
      const page = await (await contextFor(options, initScript)).newPage();
      const troubles: string[] = [];
      watch(page, () => troubles);
      await page.goto(url(path));
      return { page, troubles };
    },
    /**
     * The page loaded afresh in the file's one tab for these options, with a new list of troubles: for a test
     * that reads a page, or acts on it in ways the next load forgets. Creating a context and a page costs more
     * than loading one. The test must not close the page or its context.
     */
    async visit(path: string, options: BrowserContextOptions = {}, initScript?: string): Promise<OpenedPage> {
      if (initScript && !scripts.includes(initScript)) scripts.push(initScript);
      const key = JSON.stringify([options, initScript ? scripts.indexOf(initScript) : -1]);
      let opening = tabs.get(key);
      if (!opening) {
        opening = contextFor(options, initScript).then(async (context) => {
          const page = await context.newPage();
          const tab: Tab = { context, page, troubles: [] };
          watch(page, () => tab.troubles);
          return tab;
        });
        tabs.set(key, opening);
      }
      const tab = await opening;
      const target = url(path);
      // Only the fragment changing would scroll the page as it stands, not load it: leave it first.
      if (tab.page.url().split('#')[0] === target.split('#')[0]) await tab.page.goto('about:blank');
      tab.troubles = [];
      await tab.page.goto(target);
      return { page: tab.page, troubles: tab.troubles };
    },
  };
}
