import { readFileSync } from 'fs';
import { check } from '../server/src/core/check/check';
const text = readFileSync('/tmp/gen2000.yaml', 'utf8');
const small = readFileSync('/tmp/gen250.yaml', 'utf8');
const n = Number(process.argv[2] ?? 0);
for (let i = 0; i < n; i++) check(small);
for (let i = 0; i < 6; i++) { (globalThis as any).gc?.(); const t = performance.now(); check(text); console.log(i, (performance.now() - t).toFixed(0)); }
