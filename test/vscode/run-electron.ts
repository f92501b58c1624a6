// `npm run test:vscode`: the extension-host suite in VS Code desktop, downloaded by
// @vscode/test-electron (machines with internet; here use `npm run test:e2e`).
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'vscode', 'index.js'),
      launchArgs: [root, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { BUDGET_E2E_RESULT: path.join(root, 'test-results', 'vscode.json') },
    });
  } catch (err) {
    console.error(`test:vscode failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
