/** A grade written as a threshold: `≥90%`, `<70%`, `>= 8`, `≤5%`, `≥10次`, `≤3个工作日`. */
export interface Threshold {
  readonly op: '>=' | '>' | '<=' | '<';
  readonly value: number;
  /** What the number counts: `%`, a unit such as `次` or `个工作日`, or `''`. */
  readonly unit: string;
}

/** Units a graded indicator is counted in (the longest first, so that `人次` is not read as `人`). */
const UNITS = ['个工作日', '平方米', '工作日', '人次', '小时', '分钟', '万元', '亿元', '公里', '%', '％', '次', '天', '日', '个', '件', '项', '人', '户', '家', '所', '台', '套', '份', '篇', '期', '场', '批', '元', '分', '亩', '米'];
const THRESHOLD = new RegExp(`^\\s*(≥|>=|＞=|≧|>|＞|≤|<=|＜=|≦|<|＜)\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNITS.join('|')})?\\s*$`);

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
  const op = m[1]!.replace('＞', '>').replace('＜', '<').replace(/[≥≧]/, '>=').replace(/[≤≦]/, '<=') as Threshold['op'];
  return { op, value: Number(m[2]), unit: (m[3] ?? '').replace('％', '%') };
}
