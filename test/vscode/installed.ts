import * as path from 'path';
import { resultPath, runMocha } from './mocha-run';

/** The tests module for the packaged extension, installed from its .vsix rather than developed. */
export function run(): Promise<void> {
  return runMocha([path.join(__dirname, 'installed', 'activation.test.js')], resultPath('vscode-installed'));
}
