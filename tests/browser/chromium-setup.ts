/** Vitest global setup for the browser tests: Chromium is there, or the run stops at once saying how to get it. */
import { ensureChromium } from '../support/chromium.ts';

export default function chromiumSetup(): void {
  ensureChromium();
}
