/**
 * Figures as written: exact decimal digits and the precision they state.
 * `537.00` states cents, `250` whole units. All arithmetic is done on
 * integers, so float noise can never raise an alarm.
 */
export interface Figure {
  /** The value scaled by 10^decimals, exactly. */
  readonly digits: bigint;
  /** Decimals as written: the stated precision. */
  readonly decimals: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/**
 * Figures read from their text, by that text: a document's figures repeat (a table's cells, each read by several
 * relations), and each reading allocated a match, a string and a bigint. Figures are never changed once made.
 * Emptied when full, so it holds at most the figures of a few documents.
 */
const READ = new Map<string, Figure>();
const READ_MAX = 100_000;

/** A figure from a scalar's source text, falling back to its value. */
export function figureOf(raw: string | undefined, value: number): Figure {
  if (raw === undefined) return figureOfNumber(value);
  const known = READ.get(raw);
  if (known) return known;
  const figure = plainDecimal(raw) ?? decimalOf(raw);
  if (!figure) return figureOfNumber(value);
  if (READ.size >= READ_MAX) READ.clear();
  READ.set(raw, figure);
  return figure;
}

function decimalOf(raw: string): Figure | undefined {
  const m = DECIMAL.exec(raw.trim());
  if (!m) return undefined;
  const fraction = m[3] ?? '';
  const digits = BigInt(m[2]! + fraction);
  return { digits: m[1] === '-' ? -digits : digits, decimals: fraction.length };
}

const [ZERO, NINE, DOT, PLUS, MINUS] = ['0', '9', '.', '+', '-'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number];

/**
 * `decimalOf` by char codes for the text every figure is written in (`537.00`, `-5`: nothing to trim, at most 15
 * digits, so exact as a double); undefined for any other text, which `decimalOf` reads.
 */
function plainDecimal(raw: string): Figure | undefined {
  const n = raw.length;
  let i = 0;
  const sign = raw.charCodeAt(0);
  if (sign === PLUS || sign === MINUS) i++;
  let value = 0;
  let count = 0;
  let decimals = -1;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      value = value * 10 + (c - ZERO);
      count++;
      if (decimals >= 0) decimals++;
    } else if (c === DOT && decimals < 0 && count > 0) decimals = 0;
    else return undefined;
  }
  if (count === 0 || count > 15) return undefined;
  return { digits: BigInt(sign === MINUS ? -value : value), decimals: decimals < 0 ? 0 : decimals };
}

export function figureOfNumber(value: number): Figure {
  if (Number.isInteger(value)) return { digits: BigInt(value), decimals: 0 };
  const fixed = value.toFixed(12).replace(/0+$/, '');
  const m = DECIMAL.exec(fixed)!;
  const fraction = m[3] ?? '';
  const digits = BigInt(m[2]! + fraction);
  return { digits: m[1] === '-' ? -digits : digits, decimals: fraction.length };
}

function scaled(f: Figure, decimals: number): bigint {
  return decimals === f.decimals ? f.digits : f.digits * 10n ** BigInt(decimals - f.decimals);
}

export function add(figures: readonly Figure[]): Figure {
  // Loops, not spreads: the activities' budgets of a city-wide file are thousands of figures.
  let decimals = 0;
  for (const f of figures) if (f.decimals > decimals) decimals = f.decimals;
  let digits = 0n;
  for (const f of figures) digits += scaled(f, decimals);
  return { digits, decimals };
}

export function subtract(a: Figure, b: Figure): Figure {
  const decimals = Math.max(a.decimals, b.decimals);
  return { digits: scaled(a, decimals) - scaled(b, decimals), decimals };
}

export function negate(f: Figure): Figure {
  return { digits: -f.digits, decimals: f.decimals };
}

export function withDecimals(f: Figure, decimals: number): Figure {
  return decimals >= f.decimals ? { digits: scaled(f, decimals), decimals } : roundTo(f, decimals);
}

function roundTo(f: Figure, decimals: number): Figure {
  const div = 10n ** BigInt(f.decimals - decimals);
  const sign = f.digits < 0n ? -1n : 1n;
  const abs = f.digits * sign;
  return { digits: sign * ((abs + div / 2n) / div), decimals };
}

export function toNumber(f: Figure): number {
  return Number(f.digits) / 10 ** f.decimals;
}

export function isZero(f: Figure): boolean {
  return f.digits === 0n;
}

export function compare(a: Figure, b: Figure): number {
  const d = subtract(a, b).digits;
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/**
 * `(amount − previous) ÷ previous × 100`, exactly, rounded half away from zero to `decimals` (23 over 40 is 57.5,
 * so 58 at no decimals, where floating point gives 57.49999…). `previous` must be positive.
 */
export function percentChange(amount: Figure, previous: Figure, decimals: number): Figure {
  return percentOf(subtract(amount, previous), previous, decimals);
}

/** `1039.81`, `-5`, `479.00`: fixed to the figure's decimals. */
export function formatFigure(f: Figure): string {
  const sign = f.digits < 0n ? '-' : '';
  const abs = (f.digits < 0n ? -f.digits : f.digits).toString().padStart(f.decimals + 1, '0');
  if (f.decimals === 0) return sign + abs;
  return `${sign}${abs.slice(0, -f.decimals)}.${abs.slice(-f.decimals)}`;
}

/** Half a unit of the last written decimal, at a finer scale: ½·10^-d. */
function halfUnit(decimals: number, scale: number): bigint {
  return 5n * 10n ** BigInt(scale - decimals - 1);
}

export type Agreement = 'equal' | 'rounding' | 'mismatch';

/**
 * Whether `total` agrees with `Σ parts` (each part signed), as an interval
 * check: `total ± ½·10^-d` against `Σ(part ± ½·10^-dᵢ)`.
 */
export function agreement(total: Figure, parts: readonly Figure[]): Agreement {
  const all = [total, ...parts];
  const scale = Math.max(...all.map((f) => f.decimals)) + 1;
  const diff = scaled(total, scale) - parts.reduce((s, p) => s + scaled(p, scale), 0n);
  if (diff === 0n) return 'equal';
  const tolerance = all.reduce((s, f) => s + halfUnit(f.decimals, scale), 0n);
  return (diff < 0n ? -diff : diff) <= tolerance ? 'rounding' : 'mismatch';
}

/**
 * Whether `total` is exactly the signed sum of the terms' figures (a `negative` one subtracted): `agreement`'s
 * `equal`, told by one sum at the finest decimals involved, without the arrays (most of a document's relations hold).
 */
export function isExactSum(total: Figure, terms: readonly { readonly figure: Figure; readonly negative?: boolean }[]): boolean {
  let decimals = total.decimals;
  for (const t of terms) if (t.figure.decimals > decimals) decimals = t.figure.decimals;
  let diff = scaled(total, decimals);
  for (const t of terms) diff += t.negative ? scaled(t.figure, decimals) : -scaled(t.figure, decimals);
  return diff === 0n;
}

/** The total's stated tolerance plus its parts', as a figure (for messages). */
export function tolerance(total: Figure, parts: readonly Figure[]): Figure {
  const all = [total, ...parts];
  const scale = Math.max(...all.map((f) => f.decimals)) + 1;
  return { digits: all.reduce((s, f) => s + halfUnit(f.decimals, scale), 0n), decimals: scale };
}

/**
 * Whether `whole` is certainly smaller than `Σ parts` (parts never negative):
 * the parts' lowest possible sum exceeds the whole's highest possible value.
 */
export function certainlyBelow(whole: Figure, parts: readonly Figure[]): boolean {
  const all = [whole, ...parts];
  const scale = Math.max(...all.map((f) => f.decimals)) + 1;
  const partsLow = parts.reduce((s, p) => s + scaled(p, scale) - halfUnit(p.decimals, scale), 0n);
  const wholeHigh = scaled(whole, scale) + halfUnit(whole.decimals, scale);
  return partsLow > wholeHigh;
}

/** Powers of ten of each unit, in 元. */
const UNIT_EXPONENT: Readonly<Record<string, number>> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

/** Of two units, the coarser: figures in both are compared in it, so that neither loses its stated precision. */
export function coarserUnit(a: string, b: string): string {
  return (UNIT_EXPONENT[a] ?? 0) >= (UNIT_EXPONENT[b] ?? 0) ? a : b;
}

/**
 * A figure in a coarser unit, exactly: 2199520.40 元 is 219.952040 万元, its stated precision (half a fen) kept as
 * more decimals. Converting to a finer unit would claim a precision the figure never stated, so it is refused.
 */
export function inUnit(f: Figure, from: string, to: string): Figure {
  const shift = (UNIT_EXPONENT[to] ?? 0) - (UNIT_EXPONENT[from] ?? 0);
  if (shift < 0) throw new RangeError(`${from} → ${to}: only to a coarser unit`);
  return { digits: f.digits, decimals: f.decimals + shift };
}

/**
 * Whether a written share or rate `stated` (in percent, at its own decimals) is `part ÷ whole × 100` rounded at
 * those decimals: within half a unit of its last decimal, exactly (`7.9%` states tenths). `whole` must be positive.
 */
export function shareAgrees(part: Figure, whole: Figure, stated: Figure): boolean {
  const scale = Math.max(part.decimals, whole.decimals);
  const p = scaled(part, scale);
  const w = scaled(whole, scale);
  // |p·100·10^d / w − s| ≤ ½  ⇔  |2·p·100·10^d − 2·s·w| ≤ w
  const diff = 2n * p * 100n * 10n ** BigInt(stated.decimals) - 2n * stated.digits * w;
  return (diff < 0n ? -diff : diff) <= w;
}

/** `part ÷ whole × 100`, exactly, rounded half away from zero to `decimals`. `whole` must be positive. */
export function percentOf(part: Figure, whole: Figure, decimals: number): Figure {
  const scale = Math.max(part.decimals, whole.decimals);
  const numerator = scaled(part, scale) * 100n * 10n ** BigInt(decimals);
  const denominator = scaled(whole, scale);
  const sign = numerator < 0n ? -1n : 1n;
  const abs = numerator * sign;
  const quotient = abs / denominator;
  return { digits: sign * (2n * (abs % denominator) >= denominator ? quotient + 1n : quotient), decimals };
}
