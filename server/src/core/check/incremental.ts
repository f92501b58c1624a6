import { isAlias, isCollection, isMap, isScalar, isSeq, parseDocument, visit, Pair, Scalar, YAMLMap, YAMLSeq, Document, type Node as YamlNode } from 'yaml';
import { check, withFindings, type CheckOptions, type CheckResult } from './check';
import { ordered, runRules } from './runner';
import { hasBlockDirectives, suppressions, suppressionsIn, type Suppressions } from './suppression';
import type { Figure } from '../format/decimal';
import type { Finding, Fix } from './finding';
import { nestingOverflow, resolveLimits, sameLimits, type Limits } from '../syntax/limits';
import { activityNode, validActivity, type ActivityNode, type Model } from '../format/model';
import { commonScale } from '../format/scale';
import { compileSchema } from '../format/fast-schema';
import { fastItemEmptyKeys } from '../syntax/fast-parse';
import { dropEmpty, readYaml, type ParsedText, type SyntaxProblem } from '../syntax/parse';
import { figureAt } from '../format/figures';
import { RULES } from './registry';
import { z } from 'zod';
import { Activity, Budget } from '../format/schema';
import { SourceMap, startsWith, valueAt, type YamlPath } from '../syntax/source';
import { detached, LineIndex, type Span } from '../syntax/text';

/**
 * An edit inside one top-level activity re-reads that activity alone.
 * `change`, when given, is where the text changed since `prev` (as the
 * editor reported it); without it the two texts are compared.
 *
 * The findings of a document fall into three groups, by each rule's `scope`:
 * those about one top-level activity's subtree (every rule run on a model
 * holding only that activity), those about the sections (the rules of scope
 * `document` and `across-activities` run on a model without activities), and
 * those across the activities (the rules of scope `across-activities` run on
 * the top-level activities' names and budgets alone). Each
 * activity's findings are kept; an edit re-parses the activity's text as a
 * YAML fragment at its indentation, re-validates it with zod, re-runs its
 * rules, and re-runs the cheap cross-section ones. Anything else (anchors or
 * aliases, a syntax or schema error before or after, an edit across items,
 * a fragment that is not exactly one item, suppression comments, a
 * document that may have gone over a limit) takes the full `check`: the
 * equivalence test holds both to the same findings.
 *
 * An edit inside one row of a standard table (an item of a list in `tables`)
 * re-reads that row alone, re-validates the tables, and re-runs the rules
 * about the sections (the tables' sums and pairs are document-wide: every
 * rule of scope `document` or `across-activities`, over the model as it now
 * stands) and those across the activities; each activity's findings are
 * kept. Only after a fast-path read with no schema error anywhere, and not
 * once the YAML tree of the document has been read.
 */
export function recheck(prev: CheckResult, text: string, options: CheckOptions = {}, change?: Region): CheckResult {
  // The same text under the same settings has the same findings (a preview opened again on an unchanged document).
  if (text === prev.parsed.text && sameOptions(prev.options, options)) return prev;
  const state = states.of(prev, options);
  const next = state ? edit(state, prev, text, options, change) : brokenEdit(prev, text, options, change);
  if (next) return next;
  return check(text, options);
}

/** Whether an edit of one activity of this result can be re-read alone (builds the state for it now, cheaply after a fast-path parse). */
export function canRecheck(result: CheckResult, options: CheckOptions = {}): boolean {
  return states.of(result, options) !== undefined || brokenStates.of(result, options) !== undefined;
}

/**
 * Edits rehearsed on a result whose next edit can be re-read in part, one per call of `next()`: a character typed
 * into a `content`, a `goal` and a `name` and a digit of a `budget` changed, in the activities around the middle,
 * each from the one before, as typing goes; each step yields its result, for a caller to rehearse what it does
 * with one (the preview renders it), and throws it away. They branch off a copy of the result's
 * state (the only part of it an edit changes is the record of the edits made from it), so that `result`, and
 * everything checked from it, is exactly what it would be without them; an edit that could not be re-read alone
 * ends the rehearsal, never a full check. Their use is the code they run: the first edits after an open ran it
 * cold (the `yaml` parser of the fragment, the rules on one activity, the moves of the source map and the
 * findings), two to three times as long as the edits after them. On a text with a syntax error, whose edits keep
 * only their own state (`brokenEdit`), the same edits are made from the result itself.
 */
export function* rehearse(result: CheckResult, options: CheckOptions = {}): Generator<CheckResult, void, void> {
  const broken = brokenStates.of(result, options);
  if (broken) {
    yield* rehearsed(result, broken.bounds.length - 1, (prev, at) => brokenEdit(prev, at.text, options, at.region));
    return;
  }
  const first = states.of(result, options);
  // After a fast-path read only: no tree a rehearsal's edit could move.
  if (!first || !('emptyKeys' in first.sections) || first.yaml.doc) return;
  let state: State = { ...first, yaml: { applied: first.step, pending: new Array<null>(first.step).fill(null) } };
  yield* rehearsed(result, first.bounds.length - 1, (prev, at) => {
    const next = edit(state, prev, at.text, state.options, at.region);
    const nextState = next && states.get(next);
    if (!next || !nextState) return undefined;
    state = nextState;
    return next;
  });
}

/** The rehearsal's edits on the `n` top-level activities, each made by `make` from the one before and yielded; one it cannot make ends them. */
function* rehearsed(result: CheckResult, n: number, make: (prev: CheckResult, at: { text: string; region: Region }) => CheckResult | undefined): Generator<CheckResult, void, void> {
  let prev = result;
  for (const [k, key] of REHEARSED) {
    const at = rehearsedEdit(prev, (Math.floor(n / 2) + k) % n, key);
    if (!at) continue;
    const next = make(prev, at);
    if (!next) return;
    prev = next;
    yield next;
  }
}

/** The rehearsal's edits: which activity (from the middle one) and which of its values. */
const REHEARSED: readonly (readonly [number, 'content' | 'goal' | 'name' | 'budget'])[] = [
  [0, 'content'], [1, 'content'], [2, 'goal'], [0, 'name'], [1, 'budget'], [3, 'content'], [4, 'content'], [2, 'budget'],
];

/** One character typed into a plain or quoted scalar (after its first), or a budget's last digit changed. */
function rehearsedEdit(result: CheckResult, i: number, key: string): { text: string; region: Region } | undefined {
  const node = result.parsed.source.get(['performance', 'activities', i, key]);
  if (node?.kind !== 'scalar' || node.value.end - node.value.start < 1) return undefined;
  const { text } = result.parsed;
  if (key === 'budget') {
    const at = node.value.end - 1;
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return undefined;
    return { text: text.slice(0, at) + String((digit + 1) % 10) + text.slice(at + 1), region: { start: at, oldEnd: at + 1, newEnd: at + 1 } };
  }
  const at = node.value.start + 1;
  return { text: `${text.slice(0, at)}x${text.slice(at)}`, region: { start: at, oldEnd: at, newEnd: at + 1 } };
}

interface State {
  /**
   * Where the top-level activities stand, as `n + 1` offsets: activity `k` is the lines from `bounds[k]` (the line
   * start of its `-`) up to `bounds[k + 1]` (the next one's, or the end of the last).
   */
  readonly bounds: readonly number[];
  /** The top-level activities with their name and budget alone, for the rules that look across them. */
  readonly tops: readonly ActivityNode[];
  /** The findings across top-level activities (the activities' sum against the total, two of them named alike, …). */
  readonly across: readonly Finding[];
  /** Whether the text holds a suppression comment anywhere (an edit that adds or removes one takes the full check). */
  readonly suppressing: boolean;
  /** Column of the activities' `-`. */
  readonly column: number;
  /** Findings about each top-level activity's subtree. */
  readonly local: readonly (readonly Finding[])[];
  readonly options: CheckOptions;
  readonly limits: Limits;
  /** UTF-8 bytes of the text, as `maxDocumentBytes` counts them. */
  readonly bytes: number;
  /**
   * Values of the document and of each top-level activity, as `maxValues`
   * counts them; left out while the text is short enough that it cannot hold
   * more than the limit (without aliases, every value takes at least one
   * character, and the two counts stay far apart).
   */
  readonly values?: { readonly total: number; readonly units: readonly number[] };
  /** What the rules that walk the YAML read of the sections (never edited here): their tree, or their empty keys. */
  readonly sections: Sections;
  readonly yaml: YamlTimeline;
  readonly step: number;
  /** The standard tables' rows, each re-read alone when an edit lies inside it (none after a read of the yaml tree). */
  readonly rows: Rows;
  /** The keys with no value that a full check of the text would list, by part (after a fast-path read alone). */
  readonly empty?: EmptyKeys;
}

type EmptyKey = NonNullable<ParsedText['emptyKeys']>[number];

/**
 * The empty keys of a text read by the fast path, by part, in document order: those of the sections before and
 * after the activities, and each activity's own. An edited activity whose text the fast path would not read (a
 * block scalar, a `#` run into a value) is `null`, and so is the list while it is, or while such a table row is:
 * a full check of that text takes the `yaml` path, which lists none.
 */
interface EmptyKeys {
  readonly before: readonly EmptyKey[];
  readonly after: readonly EmptyKey[];
  readonly activities: readonly (readonly EmptyKey[] | null)[];
  /** The rows (by index in `rows`) whose text the fast path would not read. */
  readonly slowRows: ReadonlySet<number>;
}

/** The list a full check would give: `undefined` while some part of the text is one the fast path would not read. */
function listed(empty: EmptyKeys | undefined): EmptyKey[] | undefined {
  if (!empty || empty.slowRows.size > 0 || empty.activities.includes(null)) return undefined;
  const out = empty.before.slice();
  for (const keys of empty.activities) for (const k of keys!) out.push(k);
  for (const k of empty.after) out.push(k);
  return out;
}

/** The empty keys of a document read by the fast path, by part (see `EmptyKeys`); `undefined` when one is not where it says. */
function emptyByPart(parsed: ParsedText, sections: readonly EmptyKey[], activities: number, start: number): EmptyKeys | undefined {
  const own: EmptyKey[][] = Array.from({ length: activities }, () => []);
  for (const k of parsed.emptyKeys!) {
    if (k.parent[0] !== 'performance' || k.parent[1] !== 'activities') continue;
    const keys = own[k.parent[2] as number];
    if (!keys) return undefined;
    keys.push(k);
  }
  // The sections' keys in document order: those before the activities' first line, then those after their last.
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = sections[mid]!;
    const node = parsed.source.get([...k.parent, k.key]);
    if (!node) return undefined;
    if ((node.key ?? node.value).start < start) lo = mid + 1;
    else hi = mid;
  }
  return { before: sections.slice(0, lo), after: sections.slice(lo), activities: own, slowRows: new Set() };
}

/** The rows of the tables' lists in document order: row `k` is the lines from `starts[k]` up to `ends[k]`. */
interface Rows {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly paths: readonly YamlPath[];
  /** Column of each row's `-`. */
  readonly columns: readonly number[];
}

const NO_ROWS: Rows = { starts: [], ends: [], paths: [], columns: [] };

type Sections = { readonly yaml: Document.Parsed } | { readonly emptyKeys: NonNullable<ParsedText['emptyKeys']> };

/** The states of results by result: each built once from a full check (when it is safe to edit), or set by the edit that made it. */
class States<S extends { readonly options: CheckOptions }> {
  private readonly byResult = new WeakMap<CheckResult, S | null>();

  constructor(private readonly initial: (result: CheckResult) => S | undefined) {}

  /** The state of a result, for an edit under `options`. */
  of(result: CheckResult, options: CheckOptions): S | undefined {
    let state = this.byResult.get(result);
    if (state === undefined) {
      state = this.initial(result) ?? null;
      this.byResult.set(result, state);
    }
    // Under other settings than the result's own, its findings cannot be kept: a full check.
    return state && sameOptions(state.options, options) ? state : undefined;
  }

  /** The state an edit left its result with, if it left one. */
  get(result: CheckResult): S | undefined {
    return this.byResult.get(result) ?? undefined;
  }

  set(result: CheckResult, state: S): void {
    this.byResult.set(result, state);
  }
}

const states = new States<State>(initial);

function initial(result: CheckResult): State | undefined {
  const { parsed, model, options } = result;
  if (parsed.limit) return undefined;
  // A schema error in the sections (a required key not yet written, a half-typed key) leaves the activities to be
  // edited one at a time: the issues, which name paths, stay as they are while the edited activity stays valid
  // (zod reads each value of a strict object or an array apart). One inside an activity takes the full check.
  if (parsed.syntax.length > 0 || !model.activitiesComplete || model.issues.some(inActivities)) return undefined;
  // The fast path (fast-parse.ts) read the text without building the `yaml` tree and refuses anchors, aliases
  // and tags: its SourceMap says all the state needs, and the tree stays unread.
  const fast = parsed.emptyKeys !== undefined;
  // The activities' bounds are read by LF; a text with lone CRs (rare) is checked whole.
  if (parsed.text.includes('\r') && /\r(?!\n)/.test(parsed.text)) return undefined;
  if (!fast && hasAnchors(parsed.yaml)) return undefined;
  const items = fast ? activityItems(parsed) : yamlActivityItems(parsed.yaml);
  if (!items || items.length === 0) return undefined;
  const text = parsed.text;
  const lines = activityBounds(text, items);
  if (!lines) return undefined;
  const { bounds, column } = lines;
  const tops = model.activities.map(top);
  const suppressing = text.includes('budget-disable');
  // A block reaches across activities: such a text is checked whole.
  if (suppressing && hasBlockDirectives(text)) return undefined;
  const across = acrossFindings(parsed, result.lines, options, tops, suppressing ? suppressions(text, result.lines) : undefined);
  // Each activity keeps its findings, but for those the tops give (they are told again when a name or budget changes).
  const told = new Map<string, number>();
  for (const f of across) told.set(identity(f), (told.get(identity(f)) ?? 0) + 1);
  const local: Finding[][] = items.map(() => []);
  for (const f of result.findings) {
    const i = activityIndex(f.path);
    if (i === undefined) continue;
    const n = told.get(identity(f));
    if (n) told.set(identity(f), n - 1);
    else local[i]!.push(f);
  }
  const limits = resolveLimits(options.limits);
  let values: State['values'];
  if (!valuesBounded(text, limits)) {
    if (parsed.values === undefined) return undefined;
    values = { total: parsed.values, units: items.map((r) => r.values()) };
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  const sectionKeys = fast ? parsed.emptyKeys!.filter((k) => !(k.parent[0] === 'performance' && k.parent[1] === 'activities')) : undefined;
  const sections: Sections = sectionKeys ? { emptyKeys: sectionKeys } : { yaml: withoutActivities(parsed.yaml) };
  const empty = sectionKeys && emptyByPart(parsed, sectionKeys, items.length, bounds[0]!);
  const yaml: YamlTimeline = fast ? { applied: 0, pending: [] } : { doc: parsed.yaml, applied: 0, pending: [] };
  const rows = fast && model.issues.length === 0 ? tableRows(parsed) : NO_ROWS;
  return { bounds, tops, across, suppressing, column, local, options, limits, bytes, values, sections, yaml, step: 0, rows, empty };
}

/** Where each row of the tables' block lists stands (a list of a block mapping, at most three keys below `tables`). */
function tableRows(parsed: ParsedText): Rows {
  const { source, text } = parsed;
  const found: { start: number; end: number; path: YamlPath; column: number }[] = [];
  const lists = (value: unknown, path: YamlPath): void => {
    const node = source.get(path);
    if (!node || node.flow) return;
    if (Array.isArray(value)) {
      if (node.kind !== 'seq') return;
      const items: { start: number; path: YamlPath; column: number; end: number }[] = [];
      for (let i = 0; i < value.length; i++) {
        const item = source.get([...path, i]);
        if (!item) return;
        const dash = text.lastIndexOf('-', item.value.start);
        const start = lineStart(text, dash);
        if (dash < 0 || !/^ *$/.test(text.slice(start, dash))) return;
        items.push({ start, path: [...path, i], column: dash - start, end: item.value.end });
      }
      items.forEach((item, i) => found.push({ ...item, end: i + 1 < items.length ? items[i + 1]!.start : lineAtOrAfter(text, item.end) }));
      return;
    }
    if (node.kind !== 'map' || path.length > 3 || value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) if (v !== null && typeof v === 'object') lists(v, [...path, key]);
  };
  lists(valueAt(parsed.data, ['tables']), ['tables']);
  found.sort((a, b) => a.start - b.start);
  for (let k = 1; k < found.length; k++) if (found[k]!.start < found[k - 1]!.end) return NO_ROWS;
  return { starts: found.map((r) => r.start), ends: found.map((r) => r.end), paths: found.map((r) => r.path), columns: found.map((r) => r.column) };
}

/** The rows after an edit that ended at `at` in the old text (those at or after it moved by `delta`; row `edited` ends `delta` further). */
function movedRows(rows: Rows, at: number, delta: number, edited?: number): Rows {
  if (delta === 0 || rows.starts.length === 0) return rows;
  return {
    ...rows,
    starts: rows.starts.map((x) => (x >= at ? x + delta : x)),
    ends: rows.ends.map((x, k) => (x >= at || k === edited ? x + delta : x)),
  };
}

/** Where each top-level activity stands (a block sequence of a block `performance` in a block root), and how many values it holds. */
interface Item {
  readonly start: number;
  readonly end: number;
  values(): number;
}

function activityItems(parsed: ParsedText): Item[] | undefined {
  const { source } = parsed;
  const root = source.get([]);
  const performance = source.get(['performance']);
  const seq = source.get(['performance', 'activities']);
  if (root?.kind !== 'map' || root.flow || performance?.kind !== 'map' || performance.flow || seq?.kind !== 'seq' || seq.flow) return undefined;
  const data = valueAt(parsed.data, ['performance', 'activities']);
  if (!Array.isArray(data)) return undefined;
  const items: Item[] = [];
  for (let i = 0; i < data.length; i++) {
    const path = ['performance', 'activities', i];
    const node = source.get(path);
    if (!node) return undefined;
    items.push({ start: node.value.start, end: node.value.end, values: () => source.partSize(path) });
  }
  return items;
}

function yamlActivityItems(doc: Document.Parsed): Item[] | undefined {
  const seq = activitiesSeq(doc);
  if (!seq || seq.flow) return undefined;
  const items: Item[] = [];
  for (const item of seq.items) {
    const r = (item as YamlNode | null)?.range;
    if (!r) return undefined;
    items.push({ start: r[0], end: r[1], values: () => countValues(item as YamlNode) });
  }
  return items;
}

/** Whether a text without aliases is too short to hold more values than the limit (each takes a character; twice that, to be safe). */
function valuesBounded(text: string, limits: Limits): boolean {
  return 2 * (text.length + 1) <= limits.maxValues;
}

/** Values in a tree without aliases, as `maxValues` counts them in the plain data: every scalar, list and mapping, keys left out. */
function countValues(node: YamlNode | null | undefined): number {
  if (isSeq(node)) return node.items.reduce<number>((n, item) => n + countValues(item as YamlNode), 1);
  if (isMap(node)) return node.items.reduce<number>((n, pair) => n + countValues(pair.value as YamlNode | null), 1);
  return 1;
}

function edit(state: State, prev: CheckResult, text: string, options: CheckOptions, change?: Region): CheckResult | undefined {
  const old = prev.parsed.text;
  const { start: s, oldEnd: e, newEnd } = regionOf(old, text, change);
  const delta = newEnd - e;
  const { bounds } = state;
  const i = unitAt(bounds, s);
  if (i === undefined) return editRow(state, prev, text, options, s, e, newEnd);
  const unit = { start: bounds[i]!, end: bounds[i + 1]! };
  const edited = editedUnit(state, old, text, unit, e, delta);
  if (!edited) return undefined;
  const { fragment, end, bytes } = edited;
  // The limits, as a full check would apply them: anything that might be over one takes the full check.
  const { limits } = state;
  // Above the item, at most one level per column of indentation (block levels each indent further).
  if (nestingOverflow(fragment, limits.maxNestingDepth - state.column - 2) !== undefined) return undefined;
  const item = parseItem(fragment, state.column);
  if (!item) return undefined;
  let values = state.values;
  if (values) {
    const own = countValues(item.node);
    const total = values.total - values.units[i]! + own;
    if (total > limits.maxValues) return undefined;
    const units = values.units.slice();
    units[i] = own;
    values = { total, units };
  } else if (!valuesBounded(text, limits)) return undefined;
  const activity = validActivity?.(item.data) ?? Activity.safeParse(item.data).data;
  if (activity === undefined) return undefined;

  shiftRanges(item.node, unit.start);
  const path = ['performance', 'activities', i] as const;
  const source = new SourceMap(text, null, { from: prev.parsed.source, path, node: item.node, at: e, delta });
  const data = withActivity(prev.parsed.data, i, item.data);
  const step = state.step + 1;
  const timeline = state.yaml;
  // Two edits from one result: the tree can follow only one of them.
  if (timeline.pending.length !== state.step) return undefined;
  // Kept only for a tree already read: until one is, whoever asks parses their own text.
  timeline.pending.push(timeline.doc ? { index: i, node: item.node, at: e, delta } : null);
  // The empty keys, as a full check would list them: this activity's read from its text, as the fast path reads it.
  let empty = state.empty;
  if (empty) {
    const keys = fastItemEmptyKeys(fragment);
    const activities = empty.activities.slice();
    activities[i] = keys ? keys.map((k) => ({ parent: [...path, ...k.parent.slice(1)], key: k.key })) : null;
    empty = { ...empty, activities };
  }
  const parsed = lazyYaml({ text, source, data, syntax: [], emptyKeys: listed(empty) }, timeline, step);
  const node = activityNode(activity, path);
  const activities = prev.model.activities.map((a, k) => (k === i ? node : a));
  const budget = prev.model.budget;
  const model: Model = {
    budget: budget.performance ? { ...budget, performance: { ...budget.performance, activities: activities.map((a) => a.activity) } } : budget,
    activities,
    activitiesComplete: true,
    issues: prev.model.issues,
  };
  // The document's common scale of grades is read by the rules on every activity's indicators: an edit that
  // changes it changes what they say elsewhere, and takes the full check.
  if (commonScale(activities) !== commonScale(prev.model.activities)) return undefined;
  const lines = prev.lines.edited(text, s, e, newEnd);
  // This activity's subtree: every rule, on a model of it alone (with the document's activities beside it).
  const suppressed = suppressionsIn(text, lines, lineStart(text, Math.max(0, unit.start - 1)), end);
  const own: Model = { budget: {}, activities: [node], activitiesComplete: false, issues: [], everyActivity: activities };
  const ownKept = runRules(RULES, { parsed: partOf(parsed, { yaml: sparseYaml(i, item.node) }), model: own, lines }, options, suppressed)
    .filter((f) => activityIndex(f.path) === i);

  // Sections, and what looks across activities.
  const everywhere = state.suppressing ? suppressions(text, lines) : undefined;
  const sections = runRules(SECTION_RULES, { parsed: partOf(parsed, state.sections), model: { ...model, activities: [] }, lines }, options, everywhere);
  const moved = delta !== 0 || lines.lineCount !== prev.lines.lineCount;
  const tops = state.tops.slice();
  tops[i] = top(node);
  // What looks across activities reads their names and budgets alone: an edit that changed neither (typing in a
  // content or goal) keeps those findings, moved with the text.
  const budgetPath = [...path, 'budget'];
  const unchanged = state.tops[i]!.activity.name === node.activity.name && prev.parsed.source.raw(budgetPath) === source.raw(budgetPath) && state.tops[i]!.activity.budget === node.activity.budget;
  const across = unchanged ? (moved ? state.across.map((f) => shiftFinding(f, e, delta, lines)) : state.across) : acrossFindings(parsed, lines, options, tops, everywhere);

  const local = state.local.map((fs, k) => (k === i ? ownKept : k > i && moved ? fs.map((f) => shiftFinding(f, e, delta, lines)) : fs));
  const findings = ordered([...local.flat(), ...sections, ...across]);
  const after = bounds.slice();
  for (let k = i + 1; k < after.length; k++) after[k]! += delta;
  const result: CheckResult = { parsed, model, lines, findings, options: state.options };
  states.set(result, { ...state, bounds: after, tops, across, local, step, bytes, values, rows: movedRows(state.rows, e, delta), empty });
  return result;
}

/**
 * The text of a unit (an activity, a table row) after an edit that lies inside it and before the edit, with where
 * it now ends and the document's size: when it still ends a line, neither text holds a suppression comment, and
 * the document stays under its size limit; else the full check decides.
 */
function editedUnit(state: { readonly bytes: number; readonly limits: Limits }, old: string, text: string, unit: { start: number; end: number }, e: number, delta: number): { fragment: string; before: string; end: number; bytes: number } | undefined {
  if (e > unit.end) return undefined;
  const end = unit.end + delta;
  if (end < text.length && text[end - 1] !== '\n') return undefined;
  // Detached: the unit's strings (data, raw scalars) then keep this fragment alive, not this version's whole text.
  const fragment = detached(text.slice(unit.start, end));
  const before = old.slice(unit.start, unit.end);
  if (/budget-(disable|enable)/.test(fragment) || /budget-(disable|enable)/.test(before)) return undefined;
  const bytes = state.bytes - Buffer.byteLength(before, 'utf8') + Buffer.byteLength(fragment, 'utf8');
  return bytes > state.limits.maxDocumentBytes ? undefined : { fragment, before, end, bytes };
}

/** An edit inside one row of a table: that row re-read alone (see `recheck`). */
function editRow(state: State, prev: CheckResult, text: string, options: CheckOptions, s: number, e: number, newEnd: number): CheckResult | undefined {
  const { rows } = state;
  const r = rowAt(rows, s);
  if (r === undefined || !('emptyKeys' in state.sections) || prev.model.issues.length > 0) return undefined;
  const old = prev.parsed.text;
  const delta = newEnd - e;
  const unit = { start: rows.starts[r]!, end: rows.ends[r]! };
  const edited = editedUnit(state, old, text, unit, e, delta);
  if (!edited) return undefined;
  const { fragment, bytes } = edited;
  const { limits } = state;
  if (state.values || !valuesBounded(text, limits)) return undefined;
  const column = rows.columns[r]!;
  if (nestingOverflow(fragment, limits.maxNestingDepth - column - 2) !== undefined) return undefined;
  const path = rows.paths[r]!;
  // A key with no value is the schema rule's to tell from the empty keys, which this path does not follow.
  if (state.sections.emptyKeys.some((k) => startsWith(k.parent, path))) return undefined;
  const item = parseItem(fragment, column);
  if (!item || holdsNull(item.node.toJSON())) return undefined;
  const data = withValue(prev.parsed.data, path, item.data);
  // The row validated alone: the tables are strict objects and lists, whose every value zod reads apart.
  const valid = rowSchema(path);
  const row = valid && valid(item.data);
  if (row === undefined) return undefined;
  const timeline = state.yaml;
  // The tree, once read, follows the activities' edits alone; and two edits from one result, only one of them.
  if (timeline.doc || timeline.pending.length !== state.step) return undefined;

  shiftRanges(item.node, unit.start);
  const source = new SourceMap(text, null, { from: prev.parsed.source, path, node: item.node, at: e, delta });
  const step = state.step + 1;
  timeline.pending.push(null);
  // The row holds no empty key (above); whether the fast path would read its text decides whether a full check lists any.
  let empty = state.empty;
  if (empty && (fastItemEmptyKeys(fragment) !== undefined) === empty.slowRows.has(r)) {
    const slowRows = new Set(empty.slowRows);
    if (slowRows.has(r)) slowRows.delete(r);
    else slowRows.add(r);
    empty = { ...empty, slowRows };
  }
  const parsed = lazyYaml({ text, source, data, syntax: [], emptyKeys: listed(empty) }, timeline, step);
  // What the edit did not touch stays the previous model's own object: what is read from one table or one row
  // alone (relations, shares, rates) is kept by that object.
  const model: Model = { ...prev.model, budget: withValue(prev.model.budget, path, row) as Model['budget'] };
  const lines = prev.lines.edited(text, s, e, newEnd);
  const everywhere = state.suppressing ? suppressions(text, lines) : undefined;
  const sections = runRules(SECTION_RULES, { parsed: partOf(parsed, state.sections), model: { ...model, activities: [] }, lines }, options, everywhere);
  const across = acrossFindings(parsed, lines, options, state.tops, everywhere);
  const moved = delta !== 0 || lines.lineCount !== prev.lines.lineCount;
  const local = moved ? state.local.map((fs, k) => (state.bounds[k]! >= e ? fs.map((f) => shiftFinding(f, e, delta, lines)) : fs)) : state.local;
  const findings = ordered([...local.flat(), ...sections, ...across]);
  const bounds = state.bounds.map((x) => (x >= e ? x + delta : x));
  const result: CheckResult = { parsed, model, lines, findings, options: state.options };
  states.set(result, { ...state, bounds, across, local, step, bytes, rows: movedRows(rows, e, delta, r), empty });
  return result;
}

/** The row whose lines hold offset `at`, if any (binary search over the starts). */
function rowAt(rows: Rows, at: number): number | undefined {
  const { starts, ends } = rows;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! > at) hi = mid - 1;
    else if (ends[mid]! <= at) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/** The check of a table row at `path` (the schema through objects, lists and optionals alone), compiled once per schema. */
function rowSchema(path: YamlPath): ((value: unknown) => unknown) | undefined {
  let schema: z.ZodType = Budget;
  for (const part of path) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (schema instanceof z.ZodObject && typeof part === 'string' && Object.hasOwn(schema.shape, part)) schema = (schema.shape as Record<string, z.ZodType>)[part]!;
    else if (schema instanceof z.ZodArray && typeof part === 'number') schema = schema.element as z.ZodType;
    else return undefined;
  }
  let check = rowChecks.get(schema);
  if (!check) {
    const compiled = compileSchema(schema);
    const zod = schema;
    rowChecks.set(schema, (check = (value) => compiled?.(value) ?? zod.safeParse(value).data));
  }
  return check;
}

const rowChecks = new WeakMap<z.ZodType, (value: unknown) => unknown>();

/** Whether a value holds a null anywhere (a key written with no value). */
function holdsNull(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.some(holdsNull);
  return typeof value === 'object' && Object.values(value as object).some(holdsNull);
}

/** The data with the value at `path` replaced, sharing everything else. */
function withValue(data: unknown, path: YamlPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = data.slice();
    copy[head as number] = withValue(data[head as number], rest, value);
    return copy;
  }
  const obj = data as Record<string, unknown>;
  return copyWith(obj, String(head), withValue(obj[String(head)], rest, value));
}

/** Whether a schema issue is about something inside `performance.activities` (or the list itself). */
function inActivities(issue: Model['issues'][number]): boolean {
  const p = issue.path;
  if (p.length === 0) return issue.code === 'unrecognized_keys' ? false : true;
  if (p[0] !== 'performance') return false;
  if (p.length === 1) return issue.code !== 'unrecognized_keys';
  return p[1] === 'activities';
}

/** The rules whose findings can be about the sections (all but those about one activity alone). */
const SECTION_RULES = RULES.filter((r) => r.meta.scope !== 'activity');
/** The rules whose findings can depend on several activities at once. */
const ACROSS_RULES = RULES.filter((r) => r.meta.scope === 'across-activities');

/**
 * The findings that look across the top-level activities: the rules of that scope over their names and budgets
 * alone (what they say of the sections, the sections' run says).
 */
function acrossFindings(parsed: ParsedText, lines: LineIndex, options: CheckOptions, tops: readonly ActivityNode[], suppressed: Suppressions | undefined): Finding[] {
  const model: Model = { budget: {}, activities: tops, activitiesComplete: true, issues: [] };
  return runRules(ACROSS_RULES, { parsed, model, lines, figure: topBudgets(parsed, tops) }, options, suppressed)
    .filter((f) => f.path === 'performance.activities' || f.path.startsWith('performance.activities['));
}

/** The text read as one part of the document: the YAML tree of that part (or its empty keys, after a fast-path parse). */
function partOf(p: ParsedText, part: Sections): ParsedText {
  // Not spread: that would read the lazy `yaml` of the whole document, splicing the tree on every edit.
  return 'yaml' in part ? { text: p.text, source: p.source, data: p.data, syntax: p.syntax, yaml: part.yaml }
    : { text: p.text, source: p.source, data: p.data, syntax: p.syntax, emptyKeys: part.emptyKeys, get yaml() { return p.yaml; } };
}

/** What tells a finding from another at the same place. */
function identity(f: Finding): string {
  return `${f.rule} ${f.span.start} ${f.span.end} ${f.path} ${f.message.en}`;
}

/** The activity whose lines hold offset `at` (binary search over the bounds). */
function unitAt(bounds: readonly number[], at: number): number | undefined {
  if (bounds.length < 2 || at < bounds[0]! || at >= bounds[bounds.length - 1]!) return undefined;
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Each top-level activity's budget as a figure, read once per activity (the tops of activities not edited are kept from result to result). */
const budgetFigures = new WeakMap<ActivityNode, Figure | null>();

/** The figure look-up for the rules across the tops: a top's budget from the cache, anything else from the text. */
function topBudgets(parsed: ParsedText, tops: readonly ActivityNode[]): (path: YamlPath) => Figure | undefined {
  return (path) => {
    const node = path.length === 4 && path[3] === 'budget' && typeof path[2] === 'number' && path[0] === 'performance' && path[1] === 'activities' ? tops[path[2]] : undefined;
    if (!node) return figureAt(parsed, path);
    let figure = budgetFigures.get(node);
    if (figure === undefined) budgetFigures.set(node, (figure = figureAt(parsed, path) ?? null));
    return figure ?? undefined;
  };
}

/** A top-level activity as the cross-activity rules see it: its name and budget, no children. */
function top(a: ActivityNode): ActivityNode {
  return { ...a, children: [], activity: { name: a.activity.name, budget: a.activity.budget } };
}

/** `performance.activities[12].children[0].budget` → 12. */
function activityIndex(path: string): number | undefined {
  const m = /^performance\.activities\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** The one item of a fragment `- name: …` at its column, as node and data; undefined when it is anything else. */
function parseItem(fragment: string, column: number): { node: YamlNode; data: unknown } | undefined {
  // A lone CR (a line break the LF-split below does not see) sends the edit to the full check.
  if (!fragment.startsWith(`${' '.repeat(column)}-`) || /^(?:---|\.\.\.|%)/m.test(fragment) || /\r(?!\n)/.test(fragment)) return undefined;
  // Every line indented past the item's `-`, a comment's too, and no comment after the item's last value: the
  // document's reading (after a syntax error) and the item's alone may end the item's extent at different places
  // around such a comment (at the next line's `-`, or at its start).
  let last = '';
  for (const line of fragment.split('\n').slice(1)) {
    if (/^\s*$/.test(line)) continue;
    if (/^ */.exec(line)![0].length <= column) return undefined;
    last = line;
  }
  if (/^\s*#/.test(last)) return undefined;
  // uniqueKeys here (a fragment is small): a key written twice must send the edit to the full check, which reports it.
  const doc = parseDocument(fragment, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || hasAnchors(doc)) return undefined;
  const seq = doc.contents;
  if (!isSeq(seq) || seq.flow || seq.items.length !== 1 || !seq.items[0]) return undefined;
  const node = seq.items[0] as YamlNode;
  const data = dropEmpty(node.toJSON());
  return { node, data };
}

function hasAnchors(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || node.anchor || (node.tag && !isCollection(node))) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function activitiesSeq(doc: Document): YAMLSeq | undefined {
  const root = doc.contents;
  const performance = isMap(root) ? root.get('performance', true) : undefined;
  const seq = isMap(performance) ? performance.get('activities', true) : undefined;
  return isSeq(seq) && isMap(root) && !root.flow && isMap(performance) && !performance.flow ? seq : undefined;
}

/** The data with activity `i` replaced, sharing everything else. */
function withActivity(data: unknown, i: number, item: unknown): unknown {
  const root = data as Record<string, unknown>;
  const performance = root.performance as Record<string, unknown>;
  const activities = [...(performance.activities as unknown[])];
  activities[i] = item;
  return copyWith(root, 'performance', copyWith(performance, 'activities', activities));
}

/** A copy of an object with one key's value replaced, in place (key order kept, `__proto__` a plain key). */
function copyWith(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) Object.defineProperty(out, k, { value: k === key ? value : v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** A tree with only activity `i`, at its path, for the rules that walk the YAML. */
function sparseYaml(i: number, item: YamlNode): Document.Parsed {
  const seq = new YAMLSeq();
  seq.items[i] = item;
  // Keys as scalar nodes, as a parsed tree has them (the walks of the tree skip any other key).
  const performance = new YAMLMap();
  performance.items.push(new Pair(new Scalar('activities'), seq));
  const root = new YAMLMap();
  root.items.push(new Pair(new Scalar('performance'), performance));
  const doc = new Document() as Document.Parsed;
  doc.contents = root as unknown as Document.Parsed['contents'];
  return doc;
}

/** The document's tree with the activities left out (shared, not copied, below the spine). */
function withoutActivities(doc: Document.Parsed): Document.Parsed {
  const root = doc.contents;
  if (!isMap(root)) return doc;
  const out = new YAMLMap();
  for (const pair of root.items) {
    if (isScalar(pair.key) && pair.key.value === 'performance' && isMap(pair.value)) {
      const perf = new YAMLMap();
      for (const p of pair.value.items) perf.items.push(isScalar(p.key) && p.key.value === 'activities' && isSeq(p.value) ? new Pair(p.key, new YAMLSeq()) : p);
      out.items.push(new Pair(pair.key, perf));
    } else out.items.push(pair);
  }
  const copy = new Document() as Document.Parsed;
  copy.contents = out as unknown as Document.Parsed['contents'];
  return copy;
}

// --- The full YAML tree of an incremental result, spliced when first asked for ---

interface Splice {
  readonly index: number;
  readonly node: YamlNode;
  readonly at: number;
  readonly delta: number;
}

/** One tree handed from result to result: each result is a number of splices applied to it. */
interface YamlTimeline {
  /** Unset while no one has read a tree (the fast path's open): the first result asked parses its own text. */
  doc?: Document.Parsed;
  applied: number;
  /** Each step's splice, until applied; `null` once applied, or for a step taken before any tree was read. */
  readonly pending: (Splice | null)[];
}

function lazyYaml(base: Omit<ParsedText, 'yaml'>, timeline: YamlTimeline, step: number): ParsedText {
  let own: Document.Parsed | undefined;
  return {
    ...base,
    get yaml(): Document.Parsed {
      if (own) return own;
      if (!timeline.doc) {
        // Shared from here on, as a tree the later results splice.
        for (let k = 0; k < step; k++) timeline.pending[k] = null;
        timeline.doc = readYaml(base.text);
        timeline.applied = step;
        return timeline.doc;
      }
      if (timeline.applied > step) {
        // A later result already moved the tree on: read this text again.
        own = readYaml(base.text);
        return own;
      }
      while (timeline.applied < step) {
        const sp = timeline.pending[timeline.applied];
        timeline.pending[timeline.applied] = null;
        if (sp) splice(timeline.doc, sp);
        timeline.applied++;
      }
      if (timeline.applied === step) return timeline.doc;
      own = readYaml(base.text);
      return own;
    },
  };
}

function splice(doc: Document.Parsed, sp: Splice): void {
  const seq = activitiesSeq(doc)!;
  const old = seq.items[sp.index] as YamlNode;
  seq.items[sp.index] = sp.node;
  visit(doc, {
    Node(_key, node) {
      if (node === sp.node) return visit.SKIP;
      if (node === old) return visit.SKIP;
      const r = node.range;
      if (r) for (let k = 0; k < 3; k++) if (r[k]! >= sp.at) r[k]! += sp.delta;
      return undefined;
    },
  });
}

function shiftRanges(node: YamlNode, by: number): void {
  const move = (n: { range?: [number, number, number] | null }) => {
    if (n.range) for (let k = 0; k < 3; k++) n.range[k]! += by;
  };
  move(node);
  visit(node, {
    Node(_key, n) {
      if (n !== node) move(n);
    },
  });
}

// --- Findings moved with the text ---

/** A finding after an edit that ended at `at`: what stood after it moves by `delta`, every range is counted again. */
function shiftFinding(f: Finding, at: number, delta: number, lines: LineIndex): Finding {
  const span = (s: Span): Span => (s.start >= at ? { start: s.start + delta, end: s.end + delta } : s);
  const own = span(f.span);
  const moved = (fix: Fix): Fix => ({ ...fix, edits: fix.edits.map((e) => { const s = span(e.span); return { ...e, span: s, range: lines.range(s) }; }) });
  return {
    ...f,
    span: own,
    range: lines.range(own),
    ...(f.related ? { related: f.related.map((r) => { const s = span(r.span); return { ...r, span: s, range: lines.range(s) }; }) } : {}),
    ...(f.fix ? { fix: moved(f.fix) } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions.map(moved) } : {}),
  };
}

// --- An edit while the text is not well-formed YAML ---

/**
 * Where the top-level activities of a text with a syntax error stand, for an edit inside one of them. Such a text
 * is told its syntax problems alone, and a full check reads it with the `yaml` library (over a second at 2,000
 * activities). An edit inside one top-level activity keeps the problems of the rest, moved with the text, when
 * the activity is an item of the activities' block list in the text's tree (so the library read its `- ` line as
 * the start of an item of that list, in the state the text before it left), holds none of the problems, and reads
 * alone, before the edit and after it, as exactly one well-formed item at the list's column, without anchors,
 * aliases or tags. The library reads a text from its start and never again (its lexer and parser take the text in
 * pieces as it comes), so what it made of the text before the item is what it makes of it after the edit; the
 * item is read as it reads alone, as in a well-formed document, and leaves the list where it found it, so the rest
 * is read as before, each problem told again where it moved. Anything else takes the full check; the findings are
 * told afresh from the problems (`yaml-syntax`, the only rule such a text is told), with the text's tree read
 * only if an explanation asks for it (the opening of an unclosed quote or bracket).
 */
interface BrokenState {
  /** As `State.bounds`: activity `k` is the lines from `bounds[k]` up to `bounds[k + 1]`. */
  readonly bounds: readonly number[];
  /** Column of the activities' `-`. */
  readonly column: number;
  readonly options: CheckOptions;
  readonly limits: Limits;
  /** UTF-8 bytes of the text, as `maxDocumentBytes` counts them. */
  readonly bytes: number;
}

const brokenStates = new States<BrokenState>(initialBroken);

/** The state of a full check's result whose text has a syntax error (its `yaml` tree was read: `parseText`). */
function initialBroken(result: CheckResult): BrokenState | undefined {
  const { parsed, options } = result;
  const text = parsed.text;
  if (parsed.limit || parsed.syntax.length === 0 || (text.includes('\r') && /\r(?!\n)/.test(text))) return undefined;
  const seq = activitiesSeq(parsed.yaml);
  if (!seq || seq.flow || seq.items.length === 0) return undefined;
  const items: { start: number; end: number }[] = [];
  for (const item of seq.items) {
    const r = (item as YamlNode | null)?.range;
    if (!isMap(item) || item.flow || !r) return undefined;
    items.push({ start: r[0], end: r[1] });
  }
  const lines = activityBounds(text, items);
  return lines && { ...lines, options, limits: resolveLimits(options.limits), bytes: Buffer.byteLength(text, 'utf8') };
}

function brokenEdit(prev: CheckResult, text: string, options: CheckOptions, change?: Region): CheckResult | undefined {
  const state = brokenStates.of(prev, options);
  if (!state) return undefined;
  const old = prev.parsed.text;
  const { start: s, oldEnd: e, newEnd } = regionOf(old, text, change);
  const delta = newEnd - e;
  const { bounds, column, limits } = state;
  const i = unitAt(bounds, s);
  if (i === undefined) return undefined;
  const unit = { start: bounds[i]!, end: bounds[i + 1]! };
  const syntax = prev.parsed.syntax;
  // A problem in the activity, or reaching into it: the full check says what the edit made of it.
  if (syntax.some((p) => p.span.start < unit.end && p.span.end > unit.start)) return undefined;
  const edited = editedUnit(state, old, text, unit, e, delta);
  if (!edited) return undefined;
  const { fragment, before, bytes } = edited;
  if (nestingOverflow(fragment, limits.maxNestingDepth - column - 2) !== undefined) return undefined;
  // An anchor in the activity could be what an alias after it reads (the activity's new text may hold none): its
  // characters anywhere in the old text send the edit to the full check, unless the text reads alone without one.
  if (/[&*!]/.test(before) && !parseItem(before, column)) return undefined;
  const item = parseItem(fragment, column);
  if (!item) return undefined;

  shiftRanges(item.node, unit.start);
  const path = ['performance', 'activities', i] as const;
  const source = new SourceMap(text, null, { from: prev.parsed.source, path, node: item.node, at: e, delta });
  const moved: SyntaxProblem[] = syntax.map((p) => (p.span.start >= unit.end ? { ...p, span: { start: p.span.start + delta, end: p.span.end + delta } } : p));
  let tree: Document.Parsed | undefined;
  const parsed: ParsedText = { text, source, data: null, syntax: moved, get yaml() { return (tree ??= readYaml(text)); } };
  const result = withFindings(parsed, prev.model, prev.lines.edited(text, s, e, newEnd), prev.options);
  const after = bounds.slice();
  for (let k = i + 1; k < after.length; k++) after[k]! += delta;
  brokenStates.set(result, { ...state, bounds: after, bytes });
  return result;
}

// --- Text ---

/** Where the text changed: the editor's own account of it when it is consistent with the two texts, which saves comparing them. */
function regionOf(old: string, text: string, change: Region | undefined): Region {
  const known = change && 0 <= change.start && change.start <= change.oldEnd && change.oldEnd <= old.length && change.newEnd - change.oldEnd === text.length - old.length && change.start <= change.newEnd;
  return known ? change : changedRegion(old, text);
}

/** `[start, oldEnd)` in the old text became `[start, newEnd)` in the new; the rest is the same. */
export interface Region {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The one region where two texts differ: `[start, oldEnd)` in the old became `[start, newEnd)` in the new. */
export function changedRegion(a: string, b: string): Region {
  const max = Math.min(a.length, b.length);
  let start = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (start + step <= max && a.slice(start, start + step) === b.slice(start, start + step)) start += step;
  }
  let tail = 0;
  const tailMax = max - start;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (tail + step <= tailMax && a.slice(a.length - tail - step, a.length - tail) === b.slice(b.length - tail - step, b.length - tail)) tail += step;
  }
  return { start, oldEnd: a.length - tail, newEnd: b.length - tail };
}

/**
 * The lines of each top-level activity, from the line of its `-` up to the next one's (the last up to the line after
 * its end), and the column of the `-`: undefined when a `-` does not begin its line or the columns differ.
 */
function activityBounds(text: string, items: readonly { readonly start: number; readonly end: number }[]): { bounds: number[]; column: number } | undefined {
  const bounds: number[] = [];
  let column = -1;
  for (const [i, r] of items.entries()) {
    const dash = text.lastIndexOf('-', r.start);
    const start = lineStart(text, dash);
    if (dash < 0 || !/^ *$/.test(text.slice(start, dash)) || (column >= 0 && dash - start !== column)) return undefined;
    column = dash - start;
    bounds.push(start);
    if (i === items.length - 1) bounds.push(lineAtOrAfter(text, r.end));
  }
  return { bounds, column };
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineAtOrAfter(text: string, at: number): number {
  if (at === 0 || text[at - 1] === '\n') return at;
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

function sameOptions(a: CheckOptions, b: CheckOptions): boolean {
  return JSON.stringify(a.rules ?? {}) === JSON.stringify(b.rules ?? {}) && sameLimits(a.limits, b.limits) && a.directives === b.directives;
}
