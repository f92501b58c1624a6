/** A grade written as a threshold: `≥90%`, `<70%`, `>= 8`, `≤5%`. */
export interface Threshold {
  readonly op: '>=' | '>' | '<=' | '<';
  readonly value: number;
}

const THRESHOLD = /^\s*(≥|>=|＞=|>|＞|≤|<=|＜=|<|＜)\s*(\d+(?:\.\d+)?)\s*(%|％)?\s*$/;

/** Grades repeat from indicator to indicator (`≥95%` on every row): each text is read once, up to a bound. */
const read = new Map<string, Threshold | null>();

export function parseThreshold(text: string): Threshold | undefined {
  let t = read.get(text);
  if (t === undefined) {
    if (read.size >= 1000) read.clear();
    read.set(text, (t = readThreshold(text) ?? null));
  }
  return t ?? undefined;
}

function readThreshold(text: string): Threshold | undefined {
  const m = THRESHOLD.exec(text);
  if (!m) return undefined;
  const op = m[1]!.replace('＞', '>').replace('＜', '<').replace('≥', '>=').replace('≤', '<=') as Threshold['op'];
  return { op, value: Number(m[2]) };
}
