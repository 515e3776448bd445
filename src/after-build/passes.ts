// The passes over the finished site that src/cli/build.ts runs after Astro: each says what it did
// and how long it took, in the form of Astro's own lines ("… in 1.23s.").

/** One pass: its work (resolving to how many pages it did) and its line when done. */
export interface Pass {
  run: () => Promise<number>;
  done: (count: number) => string;
}

/**
 * Runs the passes side by side and prints each one's line as it finishes. Every pass runs to its
 * end, so none is still writing when the caller removes the output after a failure; then the
 * failures, if any, are thrown together in one error.
 */
export async function runSideBySide(passes: readonly Pass[], log: (line: string) => void = console.log): Promise<void> {
  const outcomes = await Promise.allSettled(
    passes.map(async ({ run, done }) => {
      const start = performance.now();
      const count = await run();
      log(`${done(count)} in ${((performance.now() - start) / 1000).toFixed(2)}s.`);
    }),
  );
  const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [String((outcome.reason as Error)?.message ?? outcome.reason)] : []));
  if (failures.length > 0) throw new Error(failures.join('\n'));
}
