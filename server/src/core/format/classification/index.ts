// The classification catalogue (政府收支分类科目): which code of the function classification
// (支出功能分类科目) or of the department economic classification (部门预算支出经济分类科目)
// bears which name in which budget year.
//
// The bundled data holds only entries confirmed from a named public source (docs/classification.md).
// A code with no confirmed name for a year is absent for that year, and the coverage of the year says
// whether that absence means "not in the catalogue" (the level is complete) or only "not in our data".

import { economicData } from './data/economic';
import { functionData } from './data/function';

export type Classification = 'function' | 'economic';
export type Level = '类' | '款' | '项';
export type Completeness = 'complete' | 'partial';

/** One name of a code over an inclusive range of budget years, with the keys of the sources that print it. */
export type NameSpan = readonly [from: number, to: number, name: string, sources: readonly string[]];

/** A public source of catalogue entries; `years` are the budget years whose list it prints. */
export interface SourceRef {
  readonly title: string;
  readonly url: string;
  /** When the source was published or posted, as printed on it (YYYY-MM-DD or YYYY-MM or YYYY). */
  readonly published?: string;
  readonly years: readonly number[];
  readonly note?: string;
}

/** How complete a bundled year's list is at each level; 项 only for the function classification. */
export interface LevelCoverage {
  readonly 类: Completeness;
  readonly 款: Completeness;
  readonly 项?: Completeness;
}

export interface ClassificationData {
  readonly kind: Classification;
  /** The bundled budget years, keyed by year. A year not listed has no catalogue here. */
  readonly years: Readonly<Record<string, LevelCoverage>>;
  readonly sources: Readonly<Record<string, SourceRef>>;
  /** Per code, its names over year ranges, oldest first, ranges disjoint. */
  readonly codes: Readonly<Record<string, readonly NameSpan[]>>;
}

export interface CodeInfo {
  readonly code: number;
  readonly name: string;
  readonly level: Level;
  /** The code's previous different name and the last year that name is confirmed for. */
  readonly renamedFrom?: { readonly name: string; readonly untilYear: number };
}

export type Coverage =
  | { readonly status: 'none' }
  | { readonly status: 'bundled'; readonly levels: LevelCoverage };

/**
 * What a checker may say about a code: `unknown` only where the year is bundled and the code's level is
 * complete (a warning), `not-in-data` where the catalogue here cannot tell (an information).
 */
export type CodeStatus =
  | { readonly status: 'known'; readonly info: CodeInfo }
  | { readonly status: 'unknown'; readonly level: Level }
  | { readonly status: 'not-in-data'; readonly level: Level; readonly reason: 'year-not-bundled' | 'level-partial' }
  | { readonly status: 'invalid' };

export interface CodeMatch {
  readonly code: number;
  readonly name: string;
  readonly level: Level;
}

const LEVEL_BY_DIGITS: Readonly<Record<Classification, Readonly<Record<number, Level>>>> = {
  function: { 3: '类', 5: '款', 7: '项' },
  economic: { 3: '类', 5: '款' },
};

/** The level of a code by its digit count: 3/5/7 for the function classification, 3/5 for the economic one. */
export function level(code: number, kind: Classification): Level | undefined {
  if (!Number.isSafeInteger(code) || code <= 0) return undefined;
  return LEVEL_BY_DIGITS[kind][String(code).length];
}

/** The code one level up (2010301 → 20103 → 201), or undefined for a 类 or a code that is none. */
export function parentCode(code: number, kind: Classification): number | undefined {
  const own = level(code, kind);
  if (own === undefined || own === '类') return undefined;
  return Math.floor(code / 100);
}

const normalize = (text: string): string => text.normalize('NFKC').trim();

function byCodeText(a: CodeMatch, b: CodeMatch): number {
  const x = String(a.code);
  const y = String(b.code);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A catalogue over one data set per classification; the module's functions use the bundled one. */
export class Catalogue {
  private readonly spans = new Map<Classification, ReadonlyMap<number, readonly NameSpan[]>>();
  private readonly entries = new Map<string, readonly CodeMatch[]>();

  constructor(private readonly data: Readonly<Record<Classification, ClassificationData>>) {}

  /** The name the code bears in that year's catalogue, or undefined when the catalogue here does not hold it. */
  lookupCode(code: number, year: number, kind: Classification): CodeInfo | undefined {
    const own = level(code, kind);
    if (own === undefined || !Number.isInteger(year)) return undefined;
    const spans = this.spansOf(kind).get(code);
    if (spans === undefined) return undefined;
    const at = spans.findIndex(([from, to]) => from <= year && year <= to);
    if (at < 0) return undefined;
    const name = spans[at][2];
    for (let i = at - 1; i >= 0; i--) {
      const [, to, earlier] = spans[i];
      if (earlier !== name) return { code, name, level: own, renamedFrom: { name: earlier, untilYear: to } };
    }
    return { code, name, level: own };
  }

  /** Whether the year's catalogue is bundled, and how complete it is at each level. */
  catalogueCoverage(year: number, kind: Classification): Coverage {
    const levels = Number.isInteger(year) ? this.data[kind].years[String(year)] : undefined;
    return levels === undefined ? { status: 'none' } : { status: 'bundled', levels };
  }

  /** The bundled years of a classification, ascending. */
  bundledYears(kind: Classification): number[] {
    return Object.keys(this.data[kind].years).map(Number).sort((a, b) => a - b);
  }

  /** Tells a known code from an unknown one (warning) and from one the data here cannot judge (information). */
  codeStatus(code: number, year: number, kind: Classification): CodeStatus {
    const own = level(code, kind);
    if (own === undefined) return { status: 'invalid' };
    const info = this.lookupCode(code, year, kind);
    if (info !== undefined) return { status: 'known', info };
    const coverage = this.catalogueCoverage(year, kind);
    if (coverage.status === 'none') return { status: 'not-in-data', level: own, reason: 'year-not-bundled' };
    return coverage.levels[own] === 'complete'
      ? { status: 'unknown', level: own }
      : { status: 'not-in-data', level: own, reason: 'level-partial' };
  }

  /**
   * The year's codes for completion: digits match a code prefix, anything else a substring of the name
   * (full-width and half-width forms alike), "digits name" both. Name matches rank exact, then prefix,
   * then by code; an empty query lists the year in code order.
   */
  searchCodes(query: string, year: number, kind: Classification, limit = 50): CodeMatch[] {
    const all = this.entriesOf(year, kind);
    const q = normalize(query);
    if (q === '') return all.slice(0, limit);
    const split = /^(\d+)\s+(.+)$/.exec(q);
    if (/^\d+$/.test(q)) return all.filter((m) => String(m.code).startsWith(q)).slice(0, limit);
    const prefix = split?.[1];
    const text = split?.[2] ?? q;
    const rank = (m: CodeMatch): number => {
      const name = normalize(m.name);
      return name === text ? 0 : name.startsWith(text) ? 1 : 2;
    };
    return all
      .filter((m) => (prefix === undefined || String(m.code).startsWith(prefix)) && normalize(m.name).includes(text))
      .sort((a, b) => rank(a) - rank(b) || byCodeText(a, b))
      .slice(0, limit);
  }

  private spansOf(kind: Classification): ReadonlyMap<number, readonly NameSpan[]> {
    let map = this.spans.get(kind);
    if (map === undefined) {
      const built = new Map<number, readonly NameSpan[]>();
      for (const [code, spans] of Object.entries(this.data[kind].codes)) {
        built.set(Number(code), [...spans].sort((a, b) => a[0] - b[0]));
      }
      map = built;
      this.spans.set(kind, map);
    }
    return map;
  }

  private entriesOf(year: number, kind: Classification): readonly CodeMatch[] {
    const key = `${kind}:${year}`;
    let list = this.entries.get(key);
    if (list === undefined) {
      const built: CodeMatch[] = [];
      for (const code of this.spansOf(kind).keys()) {
        const info = this.lookupCode(code, year, kind);
        if (info !== undefined) built.push({ code, name: info.name, level: info.level });
      }
      list = built.sort(byCodeText);
      this.entries.set(key, list);
    }
    return list;
  }
}

/** The catalogue bundled with the extension. */
export const bundledCatalogue = new Catalogue({ function: functionData, economic: economicData });

export function lookupCode(code: number, year: number, kind: Classification): CodeInfo | undefined {
  return bundledCatalogue.lookupCode(code, year, kind);
}

export function catalogueCoverage(year: number, kind: Classification): Coverage {
  return bundledCatalogue.catalogueCoverage(year, kind);
}

export function codeStatus(code: number, year: number, kind: Classification): CodeStatus {
  return bundledCatalogue.codeStatus(code, year, kind);
}

export function searchCodes(query: string, year: number, kind: Classification, limit?: number): CodeMatch[] {
  return bundledCatalogue.searchCodes(query, year, kind, limit);
}

export function bundledYears(kind: Classification): number[] {
  return bundledCatalogue.bundledYears(kind);
}
