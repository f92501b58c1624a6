import { strict as assert } from 'assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { check, type CheckOptions } from '../server/src/core/check/check';
import type { Finding, RuleId } from '../server/src/core/check/finding';

/** Strips the common indentation of a template literal, so YAML can sit indented in a test. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function fixture(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8');
}

export function example(name = 'cangzhou-2018.budget.yaml'): string {
  return readFileSync(join(__dirname, '..', 'examples', name), 'utf8');
}

/** A finding reduced to what a test pins: rule, severity, path, `line:col-line:col` (1-based), message. */
export interface Pinned {
  rule: RuleId;
  severity: Finding['severity'];
  path: string;
  range: string;
  zh: string;
  en: string;
}

export function pin(f: Finding): Pinned {
  const r = f.range;
  return { rule: f.rule, severity: f.severity, path: f.path, range: `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`, zh: f.message.zh, en: f.message.en };
}

/** Findings of one rule (or all) on a text. */
export function findings(text: string, rule?: RuleId, options?: CheckOptions): Finding[] {
  return check(text, options).findings.filter((f) => !rule || f.rule === rule);
}

/** The text after applying a finding's fix. */
export function applyFix(text: string, f: Finding): string {
  if (!f.fix) throw new Error(`${f.rule} at ${f.path} has no fix`);
  const edits = [...f.fix.edits].sort((a, b) => b.span.start - a.span.start);
  return edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

/** The consistent fixture with one line replaced: the way most rule tests build an invalid case. */
export function consistentWith(from: string, to: string): string {
  const text = fixture('consistent.budget.yaml');
  if (!text.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/**
 * Applies a finding's fix and checks it: the text outside the edits is
 * byte-identical, and re-checking no longer gives that finding. Returns the fixed text.
 */
export function assertFixed(text: string, f: Finding, options?: CheckOptions): string {
  const fixed = applyFix(text, f);
  const spans = f.fix!.edits.map((e) => e.span);
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  assert.equal(fixed.slice(0, first), text.slice(0, first), 'text before the fix changed');
  assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), 'text after the fix changed');
  const same = findings(fixed, f.rule, options).filter((g) => g.path === f.path && g.message.zh === f.message.zh);
  assert.deepEqual(same.map(pin), [], 'the finding is still there after its fix');
  return fixed;
}

/**
 * A project folder as a user has one: test/fixtures/project/.budgetdoc.yaml (locale en, numbering-prefix off,
 * sum-mismatch a warning, drafts/** ignored) over the 2018 example in `sub/` and again in `drafts/`.
 */
export function projectFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-project-'));
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, 'drafts'));
  copyFileSync(join(__dirname, 'fixtures', 'project', '.budgetdoc.yaml'), join(dir, '.budgetdoc.yaml'));
  writeFileSync(join(dir, 'sub', 'cangzhou-2018.budget.yaml'), example());
  writeFileSync(join(dir, 'drafts', 'unfinished.budget.yaml'), example());
  return dir;
}
