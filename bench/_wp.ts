import { readFileSync } from 'fs';
import { parseText } from '../server/src/core/parse';
import { buildModel } from '../server/src/core/model';
import { LineIndex } from '../server/src/core/text';
import { RULES } from '../server/src/core/rules';
import { runRule, check } from '../server/src/core/check';
import { fastParse } from '../server/src/core/fast-parse';
import { load, CORE_SCHEMA } from 'js-yaml';
const small = readFileSync('/tmp/gen250.yaml', 'utf8');
for (let i = 0; i < 3; i++) check(small);
const text = readFileSync('/tmp/gen2000.yaml', 'utf8');
(globalThis as any).gc();
let t = performance.now();
const lap = (k: string) => { const n = performance.now(); console.log(k.padEnd(28), (n - t).toFixed(0)); t = n; };
load(text, { schema: CORE_SCHEMA, listener() {} }); lap('js-yaml listener noop');
(globalThis as any).gc(); t = performance.now();
fastParse(text); lap('fastParse');
(globalThis as any).gc(); t = performance.now();
const parsed = parseText(text); lap('parse');
const lines = new LineIndex(text); lap('lines');
const model = buildModel(parsed.data); lap('model');
let r = 0;
for (const rule of RULES) { runRule(rule, { parsed, model, lines, severity: rule.severity }, () => {}); }
lap('rules');
for (const rule of RULES) { (globalThis as any).gc(); t = performance.now(); runRule(rule, { parsed, model, lines, severity: rule.severity }, () => {}); lap('  ' + rule.id); }
