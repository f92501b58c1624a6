/**
 * A rule's tests as data, in the manner of ESLint's RuleTester:
 *
 *   ruleTester('asof-date', {
 *     valid: [{ name, text }],
 *     invalid: [{ name, text, findings: [{ path, range, message: { zh, en }, … }], output }],
 *   });
 *
 * A valid case raises nothing of the rule. An invalid case raises exactly
 * the findings listed, in order: rule, path, range (`line:col-line:col`,
 * 1-based), message in both languages and severity (the rule's default,
 * which the tests state, unless given) always; `expected`, `found`, `related` and the fix's title
 * when the case lists them. `output` is the text after applying the fixes of
 * the rule's findings together (Fix all, one pass); without it, no finding
 * may offer a fix. A finding's own `output` is the text after its fix alone.
 *
 * For invalid cases the tester also runs, unasked: the rule turned
 * off (nothing), each severity set in `budget.rules` (the same findings at
 * that severity), and `# budget-disable-next-line` above each finding's line
 * with the rule's id and bare (nothing) and with another rule's id (the same
 * findings). Eight checks a case: `npm test` runs them on each rule's first
 * invalid case, `npm run test:properties` (CI runs both) on every case.
 */
import { strict as assert } from 'assert';
import type { CheckOptions } from '../../server/src/core/check/check';
import type { Finding, RuleId, Severity } from '../../server/src/core/check/finding';
import { fixAllEdits } from '../../server/src/core/check/fix-all';
import { RULES_BY_ID } from '../../server/src/core/check/registry';
import type { Localized } from '../../server/src/core/locale';
import { applyFix, findings } from '../helpers';
import { FULL } from '../properties';

export interface ValidCase {
  readonly name: string;
  readonly text: string;
  readonly options?: CheckOptions;
  /** Further assertions on the same text (what another rule says of it, say). */
  readonly also?: (text: string) => void;
}

export interface ExpectedFinding {
  readonly path: string;
  /** `line:col-line:col`, 1-based. */
  readonly range: string;
  readonly message: Localized;
  /** The rule's default when left out. */
  readonly severity?: Severity;
  readonly expected?: string;
  readonly found?: string;
  readonly related?: readonly { readonly path: string; readonly range: string; readonly message: Localized }[];
  readonly fixTitle?: Localized;
  /** The text after this finding's fix alone. */
  readonly output?: string;
  /** The choices offered besides (never by Fix all): each one's title and the text after it alone. */
  readonly suggestions?: readonly { readonly title: Localized; readonly output: string }[];
}

export interface InvalidCase {
  readonly name: string;
  readonly text: string;
  readonly options?: CheckOptions;
  readonly findings: readonly ExpectedFinding[];
  /** The text after the fixes of all the rule's findings, applied together; left out when none has a fix. */
  readonly output?: string;
  /** Further assertions on the same text. */
  readonly also?: (text: string) => void;
}

export interface RuleTests {
  /** The rule's default severity, as docs/format.md gives it: each finding's unless the case says otherwise. */
  readonly severity: Severity;
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

/** A finding as compared: its suggestions by title (their outputs are checked on their own). */
type Stated = Omit<ExpectedFinding, 'suggestions' | 'output'> & { readonly suggestions?: readonly { readonly title: Localized }[] };

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function rangeOf(r: Finding['range']): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** A finding as the case states it: the keys it always has, and those of `like` that the case lists. */
function stated(f: Finding, like: ExpectedFinding | undefined): Stated {
  return {
    path: f.path,
    range: rangeOf(f.range),
    message: { zh: f.message.zh, en: f.message.en },
    severity: f.severity,
    ...(like && 'expected' in like ? { expected: f.expected } : {}),
    ...(like && 'found' in like ? { found: f.found } : {}),
    ...(like && 'related' in like ? { related: f.related?.map((r) => ({ path: r.path, range: rangeOf(r.range), message: { zh: r.message.zh, en: r.message.en } })) } : {}),
    ...(like && 'fixTitle' in like ? { fixTitle: f.fix && { zh: f.fix.title.zh, en: f.fix.title.en } } : {}),
    ...(like && 'suggestions' in like ? { suggestions: (f.suggestions ?? []).map((s) => ({ title: { zh: s.title.zh, en: s.title.en } })) } : {}),
  };
}

/** The expected findings with their severity filled in and their outputs left out (those are checked on their own). */
function wanted(expected: readonly ExpectedFinding[], severity: Severity): Stated[] {
  return expected.map(({ output: _output, ...f }) => ({ ...f, ...(f.suggestions ? { suggestions: f.suggestions.map((x) => ({ title: x.title })) } : {}), severity: f.severity ?? severity }));
}

/** Asserts the rule's findings on a text are exactly these; returns them. */
function assertFindings(rule: RuleId, text: string, options: CheckOptions | undefined, expected: readonly ExpectedFinding[], severity: Severity, what: string): Finding[] {
  const actual = findings(text, rule, options);
  assert.deepEqual(actual.map((f, i) => stated(f, expected[i])), wanted(expected, severity), what);
  return actual;
}

function applyAll(text: string, edits: readonly { span: { start: number; end: number }; newText: string }[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

/** The same findings, once the comment `# budget-disable-next-line …ids` stands above each finding's line. */
function silenced(text: string, found: readonly Finding[], ids: string): string {
  const lines = text.split('\n');
  const eol = text.includes('\r\n') ? '\r' : '';
  const at = [...new Set(found.map((f) => f.range.start.line))].sort((a, b) => b - a);
  for (const line of at) lines.splice(line, 0, `${/^[ \t]*/.exec(lines[line]!)![0]}# budget-disable-next-line${ids ? ` ${ids}` : ''}${eol}`);
  return lines.join('\n');
}

/** What identifies a finding whatever lines were added above it. */
const identity = (f: Finding) => `${f.path} ${f.message.en}`;

export function ruleTester(rule: RuleId, tests: RuleTests): void {
  const defaultSeverity = tests.severity;
  const settingOf = (options?: CheckOptions) => options?.rules?.[rule];
  const withSetting = (options: CheckOptions | undefined, setting: Severity | 'off'): CheckOptions => ({ ...options, rules: { ...options?.rules, [rule]: setting } });

  describe(rule, () => {
    it(`is ${defaultSeverity} by default`, () => {
      assert.equal(RULES_BY_ID.get(rule)?.meta.severity, defaultSeverity);
    });

    describe('valid', () => {
      for (const c of tests.valid) {
        it(c.name, () => {
          assert.deepEqual(findings(c.text, rule, c.options).map((f) => stated(f, undefined)), []);
          c.also?.(c.text);
        });
      }
    });

    describe('invalid', () => {
      for (const [k, c] of tests.invalid.entries()) {
        const setting = settingOf(c.options);
        const severity = setting && setting !== 'off' ? setting : defaultSeverity;
        it(c.name, () => {
          assert.ok(c.findings.length > 0, 'an invalid case lists its findings');
          const found = assertFindings(rule, c.text, c.options, c.findings, severity, 'findings');
          const edits = fixAllEdits(found);
          if (c.output === undefined) {
            assert.deepEqual(found.filter((f) => f.fix).map((f) => f.path), [], 'a finding offers a fix: give the output');
          } else {
            assert.ok(edits.length > 0, 'no finding offers a fix');
            const output = applyAll(c.text, edits);
            assert.equal(output, c.output, 'output (Fix all)');
            // Fixed, each finding is gone (others may follow from the new figures, as the next pass of Fix all would fix).
            const after = new Set(findings(output, rule, c.options).map(identity));
            assert.deepEqual(found.filter((f) => f.fix && after.has(identity(f))).map(identity), [], 'still there after Fix all');
          }
          found.forEach((f, i) => {
            const own = c.findings[i]!.output;
            if (own !== undefined) assert.equal(applyFix(c.text, f), own, `output of finding ${i + 1} (${f.path})`);
            const choices = c.findings[i]!.suggestions;
            if (f.suggestions && !choices) assert.fail(`finding ${i + 1} (${f.path}) offers suggestions: list them`);
            choices?.forEach((s, j) => assert.equal(applyAll(c.text, f.suggestions![j]!.edits), s.output, `output of suggestion ${j + 1} of finding ${i + 1} (${f.path})`));
          });
          c.also?.(c.text);
        });

        if (k > 0 && !FULL) continue;
        it(`${c.name} — off, at each severity, silenced by # budget-disable-next-line`, () => {
          assert.deepEqual(findings(c.text, rule, withSetting(c.options, 'off')).map(identity), [], 'turned off');
          for (const s of SEVERITIES) assertFindings(rule, c.text, withSetting(c.options, s), c.findings.map((f) => ({ ...f, severity: s })), s, `set to ${s}`);
          const found = findings(c.text, rule, c.options);
          assert.deepEqual(findings(silenced(c.text, found, rule), rule, c.options).map(identity), [], `# budget-disable-next-line ${rule}`);
          assert.deepEqual(findings(silenced(c.text, found, ''), rule, c.options).map(identity), [], '# budget-disable-next-line');
          const other = rule === 'schema' ? 'rounding' : 'schema';
          assert.deepEqual(findings(silenced(c.text, found, other), rule, c.options).map(identity), found.map(identity), `# budget-disable-next-line ${other}`);
        });
      }
    });
  });
}
