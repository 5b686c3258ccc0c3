import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Some tests start a command (npm run new, suggest) while the other projects build sites on both cores.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          // A build some files start (warm builds, refusals) runs alone: files of these projects run one at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // Builds stopped, run twice at once, refused (the wrapper's, by a stand-in for Astro): each file builds
          // small sites of its own.
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Chromium first, so that a machine without it is told before the sites are built.
          globalSetup: ['tests/browser/chromium-setup.ts', 'tests/support/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
