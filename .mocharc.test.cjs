// `npm test`: .mocharc.json's settings and every test file, the longest first. Mocha's two workers take the files
// in the order given, each the next as it finishes one: started last, a long file leaves one worker running it alone
// while the other has nothing left. These are the files that take the most in a run (test/render/preview-webview.test.ts
// about a quarter of a worker's time, most of it Chromium's); the rest follow in the glob's order.
const { existsSync, readdirSync } = require('fs');
const { join } = require('path');
const base = require('./.mocharc.json');

const LONGEST = [
  'test/render/preview-webview.test.ts',
  'test/lsp/workspace.test.ts',
  'test/render/docx.test.ts',
  'test/core/incremental.test.ts',
  'test/import/roundtrip.test.ts',
  'test/render/layout.test.ts',
  'test/lsp/server.test.ts',
  'test/lsp/protocol.test.ts',
  'test/render/security.test.ts',
  'test/package.test.ts',
  'test/lsp/config.test.ts',
  'test/cli/cli.test.ts',
  'test/robustness/cli.test.ts',
  'test/rules/meta.test.ts',
];

// test/vscode/ runs inside VS Code (.mocharc.json's ignore).
const all = readdirSync(join(__dirname, 'test'), { recursive: true }).map((f) => `test/${f.split('\\').join('/')}`)
  .filter((f) => f.endsWith('.test.ts') && !f.startsWith('test/vscode/')).sort();
for (const file of LONGEST) if (!existsSync(join(__dirname, file))) throw new Error(`.mocharc.test.cjs names ${file}, which is not there`);
module.exports = { ...base, spec: [...LONGEST, ...all.filter((f) => !LONGEST.includes(f))] };
