// `npm run build`: runs `astro build` into a staging folder next to the output folder and moves
// it into place only when the build succeeded. Astro empties its output folder and then writes
// page by page, so an error while rendering (an MDX expression that throws, say) would leave a
// half-written site; and a previous build's site must not survive a failed build either, or it
// could be deployed as if it were current. So: after a failed build there is no output folder.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Splits `--outDir X` / `--outDir=X` off the arguments; the rest go to Astro unchanged. */
function takeOutDir(args: string[]): { outDir: string; rest: string[] } {
  const rest: string[] = [];
  let outDir = 'dist';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--outDir') {
      outDir = args[i + 1] ?? outDir;
      i += 1;
    } else if (arg.startsWith('--outDir=')) {
      outDir = arg.slice('--outDir='.length);
    } else {
      rest.push(arg);
    }
  }
  return { outDir: resolve(ROOT, outDir), rest };
}

const { outDir, rest } = takeOutDir(process.argv.slice(2));
// A sibling, so the final move is a rename on one file system; hidden, so it never looks like a site.
const staging = join(dirname(outDir), `.${basename(outDir)}-staging`);

rmSync(outDir, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
const result = spawnSync(process.execPath, [ASTRO, 'build', ...rest, '--outDir', staging], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${outDir} was removed so no incomplete site is left to deploy.`);
  process.exit(result.status ?? 1);
}
renameSync(staging, outDir);
