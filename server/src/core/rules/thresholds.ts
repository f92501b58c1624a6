/** A grade written as a threshold: `≥90%`, `<70%`, `>= 8`, `≤5%`. */
export interface Threshold {
  readonly op: '>=' | '>' | '<=' | '<';
  readonly value: number;
}

const THRESHOLD = /^\s*(≥|>=|＞=|>|＞|≤|<=|＜=|<|＜)\s*(\d+(?:\.\d+)?)\s*(%|％)?\s*$/;

export function parseThreshold(text: string): Threshold | undefined {
  const m = THRESHOLD.exec(text);
  if (!m) return undefined;
  const op = m[1]!.replace('＞', '>').replace('＜', '<').replace('≥', '>=').replace('≤', '<=') as Threshold['op'];
  return { op, value: Number(m[2]) };
}
