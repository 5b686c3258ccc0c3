/** The system Chromium (Debian's `chromium`), launched with Playwright; nothing here downloads a browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** How Debian installs it: what `.ci/run` and the README's set-up line run. */
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
 * Chromium is there, or a failure in one line naming the command that installs it. A test never installs it:
 * `.ci/run` and the README's set-up line do.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  throw new Error(
    `Chromium is missing at ${CHROMIUM}; install it with \`${INSTALL}\` (as root), or set CHROMIUM_PATH to one.`,
  );
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
