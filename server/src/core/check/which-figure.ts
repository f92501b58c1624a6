import { add, agreement, compare, negate, subtract, toNumber, withDecimals, type Figure } from '../format/decimal';
import { amountPath } from '../format/figures';
import { evaluate, relationParts, type Relation, type Term } from '../format/relations';
import { corroborated } from '../format/table-relations';
import { formatPath, valueAt, type YamlPath } from '../syntax/source';
import { computeRate, parseRate, rateAgrees } from '../format/rates';
import { writtenRateParts, type Rate } from '../format/shares';
import { RATE_PATTERN } from '../format/schema';
import type { RuleContext } from './rule';

/** One figure of a relation that does not hold, and what it would have to be for the relation to hold. */
export interface Candidate {
  readonly term: Term;
  /** The target of the relation (the total), or one of its parts. */
  readonly isTarget: boolean;
  readonly value: Figure;
}

/**
 * Which figure of a relation that does not hold is the wrong one, as the document's other relations tell, or
 * undefined when they do not tell. A figure is borne out when another relation or change rate it stands in holds
 * now and would not hold were it changed, and put in question when one that fails now would hold. It is the wrong
 * one when every other figure of the relation is borne out and nothing bears it out (a total whose parts all agree
 * elsewhere; a part only when something else puts it in question too, as another part may be missing), or when it alone is put in question, nothing bears it out and no other is in question (a part whose
 * change to last year fails by the same difference). A figure that cannot be edited alone (an alias, or an anchor
 * that an alias repeats) is never the one changed; nor one when a part is worked out rather than written.
 */
export function wrongFigure(ctx: RuleContext, r: Relation): Candidate | undefined {
  const candidates = candidatesOf(ctx, r);
  // A table's parts that another table states alike are borne out there.
  const fixable = corroborated(ctx, r);
  const weighed: { c: Candidate; support: number; refute: number }[] = [];
  for (const c of candidates) {
    const key = keyOf(ctx, c.term.path);
    let support = !c.isTarget && fixable ? 1 : 0;
    let refute = 0;
    const weigh = (now: boolean | undefined, after: boolean | undefined) => {
      if (now === true && after === false) support++;
      if (now === false && after === true) refute++;
    };
    for (const s of relationsAt(ctx, key)) {
      if (s !== r && s.complete) weigh(evaluate(s).agreement !== 'mismatch', holdsWith(ctx, s, key, c.value));
    }
    for (const line of ratesAt(ctx, key)) weigh(rateHolds(ctx, line), rateHolds(ctx, line, key, c.value));
    weighed.push({ c, support, refute });
  }
  const cleared = (w: (typeof weighed)[number]) => w.support > 0 && w.refute === 0;
  const pick = (w: (typeof weighed)[number] | undefined) => (w && editable(ctx, w.c) ? w.c : undefined);
  // A table's total whose parts another table states each alike, and that nothing else finds wrong: the total is
  // the one (its own row may add up only because a figure slipped to the next column, as the sums of the columns tell).
  const target = weighed.find((w) => w.c.isTarget);
  if (fixable && target && weighed.every((w) => w.c.isTarget || w.refute === 0)) return pick(target);
  // Every other figure borne out, and nothing bears this one out.
  // A part worked out from other figures (a last year as this year less the change) may be the wrong one too.
  const derived = [r.target, ...r.terms].some((t) => !written(ctx, t));
  const open = weighed.filter((w) => !cleared(w));
  // A part is not set so on that alone: another part may be missing (a child row left out).
  if (!derived && open.length === 1 && open[0]!.support === 0 && (open[0]!.c.isTarget || open[0]!.refute > 0)) return pick(open[0]);
  // Or it alone fails elsewhere by the same difference, and no other is in question.
  const accused = weighed.filter((w) => w.refute > 0);
  if (!derived && accused.length === 1 && accused[0]!.support === 0 && weighed.every((w) => w === accused[0] || w.refute === 0)) return pick(accused[0]);
  return undefined;
}

/** The relation's figures as written (not a last year worked out from a change), each with the value that makes the relation hold. */
export function candidatesOf(ctx: RuleContext, r: Relation): Candidate[] {
  const signed = (t: Term) => (t.negative ? negate(t.figure) : t.figure);
  const decimals = Math.max(r.target.figure.decimals, ...r.terms.map((t) => t.figure.decimals));
  const out: Candidate[] = [];
  if (written(ctx, r.target)) out.push({ term: r.target, isTarget: true, value: evaluate(r).expected });
  r.terms.forEach((t, i) => {
    if (!written(ctx, t)) return;
    const others = add(r.terms.filter((_, j) => j !== i).map(signed));
    const own = subtract(r.target.figure, others);
    const exact = withDecimals(t.negative ? negate(own) : own, decimals);
    // Written at the part's own decimals when that says the same figure (`0`, not `0.00`, in a column of whole numbers).
    const plain = withDecimals(exact, t.figure.decimals);
    const value = t.figure.decimals < decimals && compare(withDecimals(plain, decimals), exact) === 0 ? plain : exact;
    // Amounts are never negative; only a change may be.
    if (value.digits < 0n && t.path[t.path.length - 1] !== 'change') return;
    out.push({ term: t, isTarget: false, value });
  });
  return out;
}

/** A figure's path as one key, through a long form to its amount. */
function keyOf(ctx: RuleContext, path: YamlPath): string {
  return formatPath(amountPath(ctx.model.budget, path));
}

function written(ctx: RuleContext, t: Term): boolean {
  const f = ctx.figure(t.path);
  return !!f && f.digits === t.figure.digits && f.decimals === t.figure.decimals;
}

/** Whether a written change rate agrees with its line's figures (the figure at `key` read as `value`); undefined when it cannot be told. */
function rateHolds(ctx: RuleContext, line: Rate, key?: string, value?: Figure): boolean | undefined {
  const read = (path: YamlPath) => (key !== undefined && value && keyOf(ctx, path) === key ? value : ctx.figure(path));
  const written = valueAt(ctx.model.budget, line.rate);
  if (typeof written !== 'string' || !RATE_PATTERN.test(written)) return undefined;
  const amount = read(line.amount);
  const change = read(line.change);
  const previous = ctx.figure(line.previous) ? read(line.previous) : amount && change ? subtract(amount, change) : undefined;
  if (!amount || !previous || previous.digits <= 0n) return undefined;
  return rateAgrees(computeRate(toNumber(amount), toNumber(previous)), parseRate(written));
}

/**
 * The change rates each figure bears on (this year, last year or, without it, the change), part by part of the
 * document as `writtenRateParts` gives them, each part's index kept by its list: a rate reads figures of its own
 * part alone.
 */
const rateIndexes = new WeakMap<readonly Rate[], Map<string, Rate[]>>();

function ratesAt(ctx: RuleContext, key: string): Rate[] {
  const out: Rate[] = [];
  for (const part of writtenRateParts(ctx.model)) {
    let index = rateIndexes.get(part);
    if (!index) {
      index = new Map();
      for (const line of part) {
        for (const path of [line.amount, ctx.figure(line.previous) ? line.previous : line.change]) {
          const key = keyOf(ctx, path);
          index.set(key, [...(index.get(key) ?? []), line]);
        }
      }
      rateIndexes.set(part, index);
    }
    const found = index.get(key);
    if (found) out.push(...found);
  }
  return out;
}

/**
 * The relations each written figure stands in, by its key, in document order: each part's index (`relationParts`)
 * read once, and only when a relation fails, and kept by the part's list.
 */
const indexes = new WeakMap<readonly Relation[], Map<string, Relation[]>>();

function relationsAt(ctx: RuleContext, key: string): Relation[] {
  const out: Relation[] = [];
  for (const part of relationParts(ctx)) {
    let index = indexes.get(part);
    if (!index) {
      index = new Map();
      for (const s of part) {
        for (const t of [s.target, ...s.terms]) {
          if (!written(ctx, t)) continue;
          const key = keyOf(ctx, t.path);
          const list = index.get(key);
          if (!list) index.set(key, [s]);
          else if (list[list.length - 1] !== s) list.push(s);
        }
      }
      indexes.set(part, index);
    }
    const found = index.get(key);
    if (found) out.push(...found);
  }
  return out;
}

/** Whether a relation holds once the figure at `key` reads `value`. */
function holdsWith(ctx: RuleContext, s: Relation, key: string, value: Figure): boolean {
  const at = (t: Term) => (keyOf(ctx, t.path) === key && written(ctx, t) ? value : t.figure);
  const parts = s.terms.map((t) => (t.negative ? negate(at(t)) : at(t)));
  return agreement(at(s.target), parts) !== 'mismatch';
}

/** A plain number of its own in the text: not an alias, and no anchor that an alias elsewhere repeats. */
export function editable(ctx: RuleContext, c: Candidate): boolean {
  return editableAt(ctx, c.term.path);
}

export function editableAt(ctx: RuleContext, path: YamlPath): boolean {
  const node = ctx.source.get(amountPath(ctx.model.budget, path));
  if (node?.kind !== 'scalar' || node.raw === undefined) return false;
  const text = ctx.source.text;
  const lineStart = text.lastIndexOf('\n', node.value.start - 1) + 1;
  const anchor = /&([^\s,[\]{}]+)\s+(?:!\S*\s+)?$/.exec(text.slice(lineStart, node.value.start));
  return !anchor || !text.includes(`*${anchor[1]}`);
}

/**
 * Whether a figure stands in a relation that does not hold: a rate or a share worked out from it is then no sure
 * sign that the rate or the share is the wrong one.
 */
export function inDoubt(ctx: RuleContext, path: YamlPath): boolean {
  return relationsAt(ctx, keyOf(ctx, path)).some((s) => s.complete && evaluate(s).agreement === 'mismatch');
}
