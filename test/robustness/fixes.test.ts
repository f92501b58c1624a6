import { strict as assert } from 'assert';
import fc from 'fast-check';
import { CodeActionRequest, type CodeAction, type TextEdit as LspTextEdit } from 'vscode-languageserver-protocol';
import { check } from '../../server/src/core/check/check';
import { fixAllEdits, fixAllRepeated, type SpanEdit } from '../../server/src/core/check/fix-all';
import type { Finding } from '../../server/src/core/check/finding';
import { example, fixture } from '../helpers';
import { Session } from '../lsp/client';
import { property } from '../properties';
import './sound';

/** Changes that make fixable findings (wrong figures and rates, numbered names, stray spaces) and comments that must survive. */
type Change = { kind: 'figure' | 'rate' | 'prefix' | 'comment' | 'trailing-comment' | 'tab'; at: number; n: number };
const change: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom('figure', 'figure', 'rate', 'prefix', 'comment', 'trailing-comment', 'tab'),
  at: fc.nat(),
  n: fc.nat({ max: 100_000 }),
}) as fc.Arbitrary<Change>;

const PREFIXES = ['一、', '（二）', '3.', '三是', '1．', '(四)'];

function mutate(text: string, changes: readonly Change[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  for (const c of changes) {
    const i = c.at % lines.length;
    const line = lines[i]!;
    const indent = /^\s*/.exec(line)![0];
    switch (c.kind) {
      case 'figure': lines[i] = line.replace(/(:\s*)-?\d+(\.\d+)?(?=\s*[,}]|\s*$)/, `$1${(c.n / 100).toFixed(c.n % 3)}`); break;
      case 'rate': lines[i] = line.replace(/(changeRate:\s*)-?[\d.]+%/, `$1${(c.n % 400) - 200}%`); break;
      case 'prefix': lines[i] = line.replace(/(name:\s*)(?=[^\s"'{[])/, `$1${PREFIXES[c.n % PREFIXES.length]}`); break;
      case 'comment': lines.splice(i, 0, `${indent}# 注释 ${c.n} [x](command:y) *`); break;
      case 'trailing-comment': if (!line.includes('#') && /:\s\S/.test(line) && !/[|>]\s*$/.test(line)) lines[i] = `${line}  # 备注${c.n}`; break;
      case 'tab': lines[i] = line.replace(/:\s/, ':\t'); break;
    }
  }
  return lines.join(eol);
}

/** Every `#` comment of a text, each with what precedes it on its line (the comment must stay where it was). */
function comments(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)(#[^\r\n]*)/g)].map((m) => m[1]!);
}

/** Applies non-overlapping edits; asserts they are in order and inside the text. */
function apply(text: string, edits: readonly SpanEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  sorted.forEach((e, i) => {
    assert.ok(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= text.length, 'edit outside the text');
    if (i > 0) assert.ok(sorted[i - 1]!.span.end <= e.span.start, 'edits overlap');
  });
  return sorted.reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

/**
 * What a fix may change: the text of its edit spans, nothing else. Checked
 * on the output: walking the original and the fixed text, the bytes
 * between edits are the same; every comment is still there, in order; no
 * edit covers a comment.
 */
function assertOnlyItsRange(text: string, edits: readonly SpanEdit[], fixed: string, what: string): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let from = 0;
  let at = 0;
  for (const e of sorted) {
    const kept = text.slice(from, e.span.start);
    assert.equal(fixed.slice(at, at + kept.length), kept, `${what}: text before the edit at ${e.span.start} changed`);
    at += kept.length;
    assert.equal(fixed.slice(at, at + e.newText.length), e.newText, `${what}: the edit at ${e.span.start} is not what was written`);
    at += e.newText.length;
    from = e.span.end;
  }
  assert.equal(fixed.slice(at), text.slice(from), `${what}: text after the last edit changed`);
  assert.deepEqual(comments(fixed), comments(text), `${what}: a comment was lost or moved`);
  for (const e of sorted) assert.deepEqual(comments(text.slice(e.span.start, e.span.end)), [], `${what}: an edit replaces a comment`);
}

function assertFixesKeepTheRest(text: string): void {
  const { findings } = check(text);
  for (const f of findings) {
    if (f.fix) assertOnlyItsRange(text, f.fix.edits, apply(text, f.fix.edits), `${f.rule} at ${f.path}`);
  }
  const all = fixAllEdits(findings);
  assertOnlyItsRange(text, all, apply(text, all), 'fix-all');
  // Every fix-all edit is an edit of one of the findings' own fixes.
  const own = new Set(findings.flatMap((f) => f.fix?.edits ?? []));
  assert.ok(all.every((e) => own.has(e)), 'fix-all made an edit no finding offered');
  const repeated = fixAllRepeated(text, findings, (t) => check(t).findings, 3);
  assertOnlyItsRange(text, repeated, apply(text, repeated), 'fix-all, pass after pass');
}

/** Findings whose fixes are the given edits (offset, length removed, text inserted), clamped to the text. */
function fakeFindings(text: string, raw: readonly (readonly [number, number, string])[]): Finding[] {
  return raw.map(([at, remove, insert]) => {
    const start = Math.min(at, text.length);
    const span = { start, end: Math.min(text.length, start + remove) };
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { rule: 'sum-mismatch', severity: 'error', path: '', span, range, message: { zh: 'x', en: 'x' }, fix: { title: { zh: 'x', en: 'x' }, edits: [{ span, range, newText: insert }] } };
  });
}

describe('nothing lost: a fix edits only its own range', function () {
  this.timeout(120_000);

  property('on mutations of the consistent fixture, quick fixes and fix-all', () => {
    const text = fixture('consistent.budget.yaml');
    fc.assert(fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (cs) => assertFixesKeepTheRest(mutate(text, cs))), { numRuns: 300 });
  });

  property('on mutations of the fixture with CRLF line ends', () => {
    const text = fixture('consistent.budget.yaml').replace(/\n/g, '\r\n');
    fc.assert(fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (cs) => assertFixesKeepTheRest(mutate(text, cs))), { numRuns: 100 });
  });

  property('on mutations of the real example', () => {
    const text = example();
    fc.assert(fc.property(fc.array(change, { minLength: 1, maxLength: 20 }), (cs) => assertFixesKeepTheRest(mutate(text, cs))), { numRuns: 60 });
  });

  property('finds fixable findings in most mutations (the property is not vacuous)', () => {
    const text = fixture('consistent.budget.yaml');
    const samples = fc.sample(fc.array(change, { minLength: 4, maxLength: 12 }), 100);
    const fixable = samples.filter((cs) => fixAllEdits(check(mutate(text, cs)).findings).length > 0).length;
    assert.ok(fixable >= 30, `only ${fixable} of 100 mutations had a fix`);
  });
});

describe('fix all, pass after pass', () => {
  it('gives, as edits of the original text, what the passes did one after another (random passes of random edits)', () => {
    const edit = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 6 }), fc.string({ maxLength: 5 }));
    fc.assert(fc.property(fc.string({ maxLength: 50 }), fc.array(fc.array(edit, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), (base, passes) => {
      // The passes one after another, each taking the fixes that do not overlap, up to the first with none.
      let expected = base;
      for (const pass of passes) {
        const edits = fixAllEdits(fakeFindings(expected, pass));
        if (edits.length === 0) break;
        expected = apply(expected, edits);
      }
      let next = 1;
      const edits = fixAllRepeated(base, fakeFindings(base, passes[0]!), (t) => fakeFindings(t, passes[next++] ?? []), passes.length);
      assert.equal(apply(base, edits), expected);
    }), { numRuns: 3000 });
  });

  it('leaves a child budget that its parent bears out, though its own child does not add up to it', () => {
    const text = fixture('consistent.budget.yaml').replace(
      '          goal: 确保政令统一。\n',
      '          goal: 确保政令统一。\n          children:\n            - name: 文件收发\n              budget: 500.00\n              content: 收发文件。\n              goal: 及时准确。\n              indicators:\n                - name: 文件办结率\n                  grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }\n',
    ).replace('          indicators:\n            - name: 综合协调处理\n              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }\n', '');
    const { findings } = check(text);
    assert.deepEqual(findings.map((f) => [f.rule, f.path, f.expected, !!f.fix, f.suggestions?.length]), [['sum-mismatch', 'performance.activities[0].children[0].budget', '500.00', false, 1]]);
    assert.deepEqual(fixAllEdits(findings), []);
    assert.deepEqual(fixAllRepeated(text, findings, (t) => check(t).findings), []);
  });
});

describe('nothing lost over LSP: source.fixAll.budget on the real example', () => {
  it('leaves every line that no edit touches byte-identical, comments included', async () => {
    const uri = 'file:///work/cangzhou-2018.budget.yaml';
    // Wrong figures, numbered names and comments, at fixed places of the real document.
    const text = mutate(example(), Array.from({ length: 40 }, (_, i) => ({ kind: (['figure', 'prefix', 'comment', 'trailing-comment'] as const)[i % 4]!, at: 37 * i + 11, n: 7919 * i })));
    const session = await Session.start({ locale: 'zh-cn' });
    try {
      await session.open(uri, text);
      const actions = await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
      }) as CodeAction[];
      assert.equal(actions.length, 1);
      const edits: LspTextEdit[] = actions[0]!.edit!.changes![uri]!;
      assert.ok(edits.length >= 5, `only ${edits.length} edits`);
      const touched = new Set(edits.flatMap((e) => Array.from({ length: e.range.end.line - e.range.start.line + 1 }, (_, k) => e.range.start.line + k)));
      await session.edit(uri, edits);
      const before = text.split('\n');
      const after = session.text(uri).split('\n');
      // An untouched line moves down by the lines the edits above it add (missing-kpi inserts an indicators block).
      const shift = (line: number) => edits.filter((e) => e.range.end.line < line)
        .reduce((n, e) => n + e.newText.split('\n').length - 1 - (e.range.end.line - e.range.start.line), 0);
      before.forEach((line, i) => {
        if (!touched.has(i)) assert.equal(after[i + shift(i)], line, `line ${i + 1} changed though no edit touched it`);
      });
      assert.equal(after.length, before.length + shift(before.length));
      assert.deepEqual(comments(session.text(uri)), comments(text));
    } finally {
      await session.stop();
    }
  });
});

describe('a fix never edits a figure that an alias repeats', () => {
  it('offers nothing for a total anchored (&b) and aliased by one of its own parts: Fix all settles at once', () => {
    const text = fixture('consistent.budget.yaml').replace('      budget: 587.00', '      budget: &b 600.00').replace('          budget: 50.00', '          budget: *b');
    const { findings } = check(text);
    assert.deepEqual(findings.map((f) => [f.rule, f.path, !!f.fix, f.suggestions ?? []]), [['sum-mismatch', 'performance.activities[0].budget', false, []]]);
    assert.deepEqual(fixAllRepeated(text, findings, (t) => check(t).findings), []);
  });
});
