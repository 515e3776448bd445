import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import DurationsReporter from './support/durations-reporter.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: `unit` needs nothing but the source; `site` tests the built site in dist/
// (run `npm run build` first; `npm test` does it all in order).
export default defineConfig({
  test: {
    root,
    // Every run ends with its files by duration, slowest first, so a slow test is seen.
    reporters: ['default', new DurationsReporter()],
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          root,
          include: ['tests/site/**/*.test.ts'],
          // One Chromium for the run, and a folder of the run's own for fixture builds.
          globalSetup: ['tests/support/global-setup.ts'],
          // Browser tests and fixture builds keep both cores busy: two files side by side took as
          // long as one after the other (296 s against 290 s).
          fileParallelism: false,
          isolate: false,
          // Tests marked concurrent (one per page in browser-checks) run two at a time: two cores.
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
