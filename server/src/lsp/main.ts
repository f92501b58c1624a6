#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serve } from './server';

/**
 * `budget-language-server --stdio` for any editor; VS Code's client starts
 * it with `--node-ipc`. The library reads the transport from the arguments.
 */
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
if (!process.argv.slice(2).some((a) => TRANSPORTS.some((t) => a.startsWith(t)))) {
  process.stderr.write('Usage: budget-language-server --stdio\n预算文件语言服务器：请以 --stdio 启动，由编辑器连接。\n');
  process.exit(2);
}
serve(createConnection(ProposedFeatures.all));
