// A Vitest reporter that ends a run with every test file's duration, slowest first, so a slow
// test is seen in every `npm test` (added after the default reporter in tests/vitest.config.ts).
import type { Reporter, TestModule } from 'vitest/node';

/** One line per file: its duration, its project and its path; then the files' total. */
export function formatDurations(files: readonly { file: string; project: string; ms: number }[]): string {
  const sorted = [...files].sort((a, b) => b.ms - a.ms);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
  const total = files.reduce((sum, f) => sum + f.ms, 0);
  return [
    'Test files by duration (setup, import and tests):',
    ...sorted.map((f) => `${seconds(f.ms)}  ${f.project.padEnd(5)} ${f.file}`),
    `${seconds(total)}  total of ${files.length} file(s)`,
  ].join('\n');
}

/** Prints the files of the run by duration when the run ends. */
export default class DurationsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    const files = modules.map((module) => {
      const d = module.diagnostic();
      return {
        file: module.relativeModuleId,
        project: module.project.name,
        ms: d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration + d.duration,
      };
    });
    process.stdout.write(`\n${formatDurations(files)}\n`);
  }
}
