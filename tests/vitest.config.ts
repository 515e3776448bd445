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
          // Two files side by side, one per core. One file alone left a core idle about a third
          // of the time (waiting on a build, a print, a resize), so files one after the other took
          // 198 s and two side by side 179 s. (With the full Chromium, which used more CPU per
          // page, it made no difference: 296 s against 290 s.) Each worker runs at most two
          // fixture builds at a time (tests/support/build.ts).
          fileParallelism: true,
          maxWorkers: 2,
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
