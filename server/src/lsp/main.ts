#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serve } from './server';
import { VERSION } from '../version';

/**
 * `budget-language-server --stdio` for any editor; VS Code's client starts
 * it with `--node-ipc`. The library reads the transport from the arguments.
 */
const USAGE = `Usage: budget-language-server --stdio
       budget-language-server --help | --version

The language server for budget disclosure documents (*.budget.yaml): an editor starts it and speaks
the Language Server Protocol over standard input and output (see docs/editors.md).
预算信息公开说明（*.budget.yaml）的语言服务器：由编辑器以 --stdio 启动并连接。
`;
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
} else if (!args.some((a) => TRANSPORTS.some((t) => a.startsWith(t)))) {
  process.stderr.write(`budget-language-server: no transport; start it as budget-language-server --stdio (--help tells more)\n`);
  process.exit(2);
}
serve(createConnection(ProposedFeatures.all));
