import { readFileSync } from 'fs';
import { load, CORE_SCHEMA } from 'js-yaml';
import { Lexer } from 'yaml';
const text = readFileSync(process.argv[2] ?? '/tmp/gen2000.yaml', 'utf8');
console.log('chars', text.length, 'bytes', Buffer.byteLength(text));
for (let i = 0; i < 6; i++) { const t = performance.now(); load(text, { schema: CORE_SCHEMA }); const a = performance.now() - t; const t2 = performance.now(); let n = 0; for (const _ of new Lexer().lex(text)) n++; console.log('js-yaml', a.toFixed(0), 'lexer', (performance.now() - t2).toFixed(0)); }
