// Bundles the extension-host tests into out/test/vscode/: the tests modules (index, installed),
// one file per scenario, mocha inside; `vscode` comes from the extension host.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'fs';

const here = 'test/vscode';
const scenarios = readdirSync(`${here}/suite`).filter((f) => f.endsWith('.test.ts')).map((f) => `${here}/suite/${f}`);

// A scenario renamed or removed must not keep running from an old bundle.
rmSync('out/test/vscode', { recursive: true, force: true });

await build({
  entryPoints: [`${here}/index.ts`, `${here}/installed.ts`, `${here}/installed/activation.test.ts`, ...scenarios],
  outdir: 'out/test/vscode',
  outbase: here,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  // mocha's parallel mode, which these tests do not use, resolves its worker files at run time.
  logOverride: { 'require-resolve-not-external': 'silent' },
});
