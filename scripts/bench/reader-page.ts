/** What the reader page costs a reader: bytes by kind (raw and gzip) and requests, as Chromium loads it; Lighthouse scores. */
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from '../../tests/support/chromium.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

interface Size {
  raw: number;
  gzip: number;
}

const sizeOf = (texts: string[]): Size => {
  const joined = texts.join('');
  return { raw: Buffer.byteLength(joined), gzip: texts.length === 0 ? 0 : gzipSync(joined, { level: 9 }).length };
};

export async function readerPageWeight(site: string, path: string) {
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bodies: Record<'html' | 'css' | 'js', string[]> = { html: [], css: [], js: [] };
    let requests = 0;
    let foreign = 0;
    let fonts = 0;
    const origin = new URL(server.url).origin;
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      requests++;
      if (new URL(response.url()).origin !== origin) foreign++;
      const type = response.request().resourceType();
      if (type === 'font') fonts++;
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
      if (kind) pending.push(response.text().then((text) => void bodies[kind].push(text)));
    });
    await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    // Scripts written into the page count as JavaScript too (their bytes are also in the HTML).
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map(
        (script) => script.textContent ?? '',
      ),
    );
    return {
      bytes: { html: sizeOf(bodies.html), css: sizeOf(bodies.css), js: sizeOf([...bodies.js, ...inline]) },
      requests,
      foreign,
      fonts,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(site: string, path: string): Promise<Record<string, Record<string, number>>> {
  const server = await serveStatic(site);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const scores: Record<string, Record<string, number>> = {};
    for (const [form, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const result = await lighthouse(
        new URL(path.slice(1), server.url).href,
        { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES },
        config,
      );
      if (!result) throw new Error('Lighthouse returned nothing');
      scores[form] = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((result.lhr.categories[category]?.score ?? 0) * 100)]),
      );
    }
    return scores;
  } finally {
    chrome.kill();
    await server.close();
  }
}
