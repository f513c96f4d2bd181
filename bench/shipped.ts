// The engine as it ships: bundled and minified by esbuild with the extension's options. Timing the
// sources through tsx instead would time tsx's keepNames wrapper too (`__name`, one property definition
// for every function made at run time), a cost the shipped bundles do not have and that grows with the
// number of closures, not with the work.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Shipped from './shippedEntry';

export function loadShipped(): typeof Shipped {
  const dir = mkdtempSync(join(tmpdir(), 'pg-bench-'));
  try {
    const outfile = join(dir, 'engine.js');
    buildSync({ entryPoints: [join(__dirname, 'shippedEntry.ts')], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
    return require(outfile) as typeof Shipped;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
