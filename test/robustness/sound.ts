import { strict as assert } from 'assert';
import fc from 'fast-check';
import { check, type CheckOptions } from '../../server/src/core/check/check';
import type { Finding } from '../../server/src/core/check/finding';
import type { LineIndex, Range, Span } from '../../server/src/core/syntax/text';
import { FULL } from '../properties';

/**
 * One seed for the whole run, printed so that any failure can be replayed:
 * `FUZZ_SEED=<seed> npx mocha 'test/robustness/*.test.ts'`, with `PROPERTIES=full` for a failure in
 * `npm run test:properties` (see docs/security.md). fast-check also prints the
 * seed and the shrunk counterexample of a failing property.
 */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
fc.configureGlobal({ seed: FUZZ_SEED });
console.log(`fuzz seed ${FUZZ_SEED} (replay: FUZZ_SEED=${FUZZ_SEED}${FULL ? ' PROPERTIES=full' : ''} npx mocha 'test/robustness/*.test.ts')`);

function assertSpan(span: Span, text: string, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: span is not integral`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: span ${span.start}-${span.end} outside 0-${text.length}`);
}

function assertRange(range: Range, lines: LineIndex, what: string): void {
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: range ends before it starts`);
  for (const p of [start, end]) {
    assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} outside the document`);
    assert.ok(p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line), `${what}: character ${p.character} past the end of line ${p.line}`);
  }
}

/** The text after a fix; its edits must not overlap. */
function applyEdits(text: string, f: Finding): string {
  const edits = [...f.fix!.edits].sort((a, b) => a.span.start - b.span.start);
  edits.forEach((e, i) => {
    assertSpan(e.span, text, `${f.rule} fix edit`);
    if (i > 0) assert.ok(edits[i - 1]!.span.end <= e.span.start, `${f.rule} fix edits overlap`);
  });
  return edits.reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

/**
 * What must hold for any text whatsoever: check() answers without throwing;
 * every finding sits inside the document, says something in both languages,
 * and its fix (the first `maxFixes` of them are tried) edits only within the
 * document and leaves a text that still checks.
 */
export function assertSound(text: string, options: CheckOptions = {}, maxFixes = 3): void {
  // Nothing on the process's warnings either: in the server they reach its stderr, the editor's log.
  const warnings: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error) => warnings.push(String(warning))) as typeof process.emitWarning;
  let result;
  try {
    result = check(text, options);
  } finally {
    process.emitWarning = emit;
  }
  assert.deepEqual(warnings, [], 'check() wrote a warning');
  assert.ok(Array.isArray(result.findings));
  let fixes = 0;
  for (const f of result.findings) {
    const what = `${f.rule} at ${f.path || '(root)'}`;
    assertSpan(f.span, text, what);
    assertRange(f.range, result.lines, what);
    assert.ok(f.message.zh.trim().length > 0 && f.message.en.trim().length > 0, `${what}: empty message`);
    for (const r of f.related ?? []) {
      assertSpan(r.span, text, `${what} related`);
      assertRange(r.range, result.lines, `${what} related`);
      assert.ok(r.message.zh.trim() && r.message.en.trim(), `${what}: empty related message`);
    }
    if (f.fix && fixes++ < maxFixes) {
      assert.ok(f.fix.title.zh.trim() && f.fix.title.en.trim(), `${what}: fix without a title`);
      for (const e of f.fix.edits) assertRange(e.range, result.lines, `${what} fix edit`);
      check(applyEdits(text, f), options);
    }
  }
}
