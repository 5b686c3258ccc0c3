/** The system Chromium (Debian's `chromium`), launched with Playwright; nothing here downloads a browser. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

/** Headless, and quiet: this machine's network is closed, so Chromium must not try to reach Google. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Makes sure Chromium is there before any browser test: installed with apt-get where that can be done here (as
 * root, on Debian, at the default path), otherwise a failure at once that names the one command to run.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env['CHROMIUM_PATH'];
  if (canInstall) {
    console.log(`Chromium is missing at ${CHROMIUM}; installing it: ${INSTALL}`);
    spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(CHROMIUM)) return;
  }
  throw new Error(
    `Chromium is missing at ${CHROMIUM}; the browser tests need it. Run as root: ${INSTALL} (or set CHROMIUM_PATH).`,
  );
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
