import { expect, test, vi } from 'vitest';

test('a missing Chromium stops the browser tests in one line that says how to install it, and installs nothing', async () => {
  vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
  vi.resetModules();
  const { ensureChromium } = await import('../support/chromium.ts');
  expect(ensureChromium).toThrow(
    'Chromium is missing at /nonexistent/chromium; install it with `apt-get update && apt-get install -y chromium` (as root), or set CHROMIUM_PATH to one.',
  );
  vi.unstubAllEnvs();
});
