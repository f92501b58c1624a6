import type { CheckResult } from '../check/check';
import { localize, type Locale } from '../locale';
import { scalarAt } from '../syntax/locate';
import { CODED_TABLES, REQUIRED_TABLES, SECTION_KEYS, type CodedTableKey } from '../format/schema';
import { keyDoc, schemaAt } from '../format/schema-walk';
import type { YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

export type OutlineKind = 'section' | 'activity' | 'table' | 'row';

/** One entry of the outline: the nine sections, the activity tree under 绩效预算信息, and the standard tables with their rows by code. */
export interface OutlineEntry {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** The whole entry, key and value. */
  readonly span: Span;
  /** What to reveal when the entry is picked: the key, or the activity's name. */
  readonly selection: Span;
  readonly children: readonly OutlineEntry[];
}

/** The document's outline, from its text as parsed (even when it fails the schema). */
export function outline(result: CheckResult, locale: Locale): OutlineEntry[] {
  const { source } = result.parsed;
  const out: OutlineEntry[] = [];
  for (const key of SECTION_KEYS) {
    const node = source.get([key]);
    if (!node?.key) continue;
    const doc = keyDoc(schemaAt([key]));
    out.push({
      name: doc ? localize(doc.term, locale) : key,
      detail: key,
      kind: 'section',
      span: { start: node.key.start, end: Math.max(node.key.end, node.value.end) },
      selection: node.key,
      children: key === 'performance' ? activities(result, ['performance', 'activities']) : [],
    });
  }
  const tables = source.get(['tables']);
  if (tables?.key) out.push({ ...entry(result, ['tables'], locale, 'section'), children: standardTables(result, locale) });
  return out;
}

/**
 * VS Code's JSON and XML support compute at most 5,000 outline items a document (`json.maxItemsComputed`,
 * `xml.symbols.maxItemsComputed`), saying so when a document has more; so does this (`budget.outline.maxItems`).
 */
export const DEFAULT_OUTLINE_ITEMS = 5000;

/**
 * The first `limit` entries of an outline breadth first, as VS Code's JSON outline keeps them: the sections, then
 * every activity and table under them, then their children, each level in document order, so that what is left out
 * is the deepest. `total` is how many entries the whole outline has.
 */
export function limitOutline(entries: readonly OutlineEntry[], limit: number): { entries: readonly OutlineEntry[]; total: number } {
  const count = (list: readonly OutlineEntry[]): number => list.reduce((n, e) => n + 1 + count(e.children), 0);
  const total = count(entries);
  if (total <= limit) return { entries, total };
  const kept: OutlineEntry[] = [];
  const levels: [readonly OutlineEntry[], OutlineEntry[]][] = [[entries, kept]];
  let left = limit;
  for (let i = 0; i < levels.length && left > 0; i++) {
    const [from, into] = levels[i]!;
    for (const e of from) {
      if (left === 0) break;
      left--;
      const children: OutlineEntry[] = [];
      into.push({ ...e, children });
      if (e.children.length > 0) levels.push([e.children, children]);
    }
  }
  return { entries: kept, total };
}

/** A key's entry, named by the schema's term for it. */
function entry(result: CheckResult, path: YamlPath, locale: Locale, kind: OutlineKind): OutlineEntry {
  const node = result.parsed.source.get(path)!;
  const doc = keyDoc(schemaAt(path));
  const key = node.key ?? result.parsed.source.anchor(path);
  return { name: doc ? localize(doc.term, locale) : String(path.at(-1)), detail: String(path.at(-1)), kind, span: { start: key.start, end: Math.max(key.end, node.value.end) }, selection: key, children: [] };
}

/** The tables in the order of the template (表一 … 表九, then the project table), each coded one with its rows under their parents. */
function standardTables(result: CheckResult, locale: Locale): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (const key of [...REQUIRED_TABLES, 'project'] as const) {
    if (!result.parsed.source.get(['tables', key])?.key) continue;
    const coded = CODED_TABLES[key as CodedTableKey] as (typeof CODED_TABLES)[CodedTableKey] | undefined;
    out.push({ ...entry(result, ['tables', key], locale, 'table'), children: coded ? codedRows(result, [...coded.path, 'rows']) : [] });
  }
  return out;
}

/** `2010301 行政运行` under `20103 …` under `201 …`: a row's parent is the row of its code's longest prefix, wherever it stands. */
function codedRows(result: CheckResult, list: YamlPath): OutlineEntry[] {
  const { source } = result.parsed;
  const rows: { code: number | undefined; entry: OutlineEntry & { children: OutlineEntry[] } }[] = [];
  for (let i = 0; source.get([...list, i]); i++) {
    const path = [...list, i];
    const code = scalarAt(result.parsed, [...path, 'code']);
    const name = scalarAt(result.parsed, [...path, 'name']);
    const amount = source.get([...path, 'amount']);
    rows.push({
      code: typeof code === 'number' ? code : undefined,
      entry: {
        name: [typeof code === 'number' ? String(code) : '', typeof name === 'string' ? name : ''].join(' ').trim() || '…',
        detail: amount?.kind === 'scalar' ? amount.raw ?? '' : '',
        kind: 'row',
        span: source.get(path)!.value,
        selection: source.get([...path, 'code'])?.value ?? source.anchor(path),
        children: [],
      },
    });
  }
  const byCode = new Map<number, OutlineEntry & { children: OutlineEntry[] }>();
  for (const r of rows) if (r.code !== undefined && !byCode.has(r.code)) byCode.set(r.code, r.entry);
  const tops: OutlineEntry[] = [];
  for (const r of rows) {
    let parent: (OutlineEntry & { children: OutlineEntry[] }) | undefined;
    for (let c = r.code === undefined ? 0 : Math.floor(r.code / 100); c >= 100 && !parent; c = Math.floor(c / 100)) {
      const p = byCode.get(c);
      if (p !== r.entry) parent = p;
    }
    (parent ? parent.children : tops).push(r.entry);
  }
  return tops;
}

function activities(result: CheckResult, list: YamlPath): OutlineEntry[] {
  const { source } = result.parsed;
  const out: OutlineEntry[] = [];
  for (let i = 0; source.get([...list, i]); i++) {
    const path = [...list, i];
    const node = source.get(path)!;
    const name = scalarAt(result.parsed, [...path, 'name']);
    const budget = source.get([...path, 'budget']);
    out.push({
      name: typeof name === 'string' && name.trim() ? name : '…',
      detail: budget?.kind === 'scalar' ? budget.raw ?? '' : '',
      kind: 'activity',
      span: node.value,
      selection: source.get([...path, 'name'])?.value ?? source.anchor(path),
      children: activities(result, [...path, 'children']),
    });
  }
  return out;
}
