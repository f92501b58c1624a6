import * as fs from 'fs';
import * as path from 'path';
import { resultPath, runMocha } from './mocha-run';

/** The extension-host tests module (`extensionTestsPath`): every scenario under suite/. */
export function run(): Promise<void> {
  const dir = path.join(__dirname, 'suite');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort().map((f) => path.join(dir, f));
  return runMocha(files, resultPath('vscode'));
}
