import { L, type Localized } from '../locale';
import type { Span } from './text';

/**
 * How much one document may ask of the checker. A hostile or broken file
 * (an alias bomb, tens of thousands of brackets, a pasted database dump) gets
 * one clear finding instead of a hang or a stack overflow. Each limit is a
 * setting: `budget.limits.<name>` in the editor, `CheckOptions.limits` here.
 */
export interface Limits {
  /** Largest document, in UTF-8 bytes. */
  readonly maxDocumentBytes: number;
  /** Deepest nesting of lists and mappings (brackets, indentation, `- - -`), aliases expanded. */
  readonly maxNestingDepth: number;
  /** Alias expansions, as the yaml library counts them (the billion-laughs guard). */
  readonly maxAliasCount: number;
  /** Most values (scalars, lists, mappings) once aliases are expanded. */
  readonly maxValues: number;
}

/**
 * The real 2018 disclosure is 72 KB, ~3,000 values and 12 levels deep; a
 * city-wide consolidated file (every department in one) runs to several
 * megabytes: 8,000 activities are 12.7 MB and ~530,000 values. Size and
 * values leave room for that (the check stays linear in them); depth and
 * aliases stay tight, since no real document needs more.
 */
export const DEFAULT_LIMITS: Limits = {
  maxDocumentBytes: 32 * 1024 * 1024,
  maxNestingDepth: 100,
  maxAliasCount: 1000,
  maxValues: 5_000_000,
};

/**
 * Settings may come from a workspace the user did not write: a value is used
 * only when it is a positive integer, and never beyond what stays safe
 * (deeper nesting than this overflows the stack of the YAML library itself).
 */
export const CEILINGS: Limits = {
  maxDocumentBytes: 64 * 1024 * 1024,
  maxNestingDepth: 1000,
  maxAliasCount: 100_000,
  maxValues: 5_000_000,
};

export function resolveLimits(overrides: Partial<Record<keyof Limits, unknown>> = {}): Limits {
  const pick = (key: keyof Limits): number => {
    const v = overrides[key];
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? Math.min(v, CEILINGS[key]) : DEFAULT_LIMITS[key];
  };
  return { maxDocumentBytes: pick('maxDocumentBytes'), maxNestingDepth: pick('maxNestingDepth'), maxAliasCount: pick('maxAliasCount'), maxValues: pick('maxValues') };
}

/** Whether two sets of overrides come to the same limits (a text is read alike under both). */
export function sameLimits(a?: Partial<Record<keyof Limits, unknown>>, b?: Partial<Record<keyof Limits, unknown>>): boolean {
  return JSON.stringify(resolveLimits(a)) === JSON.stringify(resolveLimits(b));
}

/** A document over a limit: checking stops there, with this one finding. */
export interface LimitProblem {
  readonly limit: keyof Limits | 'aliasCycle';
  readonly span: Span;
  readonly message: Localized;
}

const setting = (key: keyof Limits) => `budget.limits.${key}`;
/** `12.7 MB`, `980 KB`, `512 bytes`: a size readable at any scale. */
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;

export function documentTooLarge(bytes: number, limits: Limits): LimitProblem {
  const key = 'maxDocumentBytes';
  return {
    limit: key,
    span: { start: 0, end: 0 },
    message: L(
      `文件过大（${size(bytes)}），超过上限 ${size(limits[key])}（设置 ${setting(key)}），未检查。请确认没有误粘贴大段内容，或把文件拆分。`,
      `The file is too large (${size(bytes)}), above the limit of ${size(limits[key])} (setting ${setting(key)}); it was not checked. Check that nothing large was pasted by mistake, or split the file.`,
    ),
  };
}

export function nestingTooDeep(offset: number, limits: Limits): LimitProblem {
  const key = 'maxNestingDepth';
  return {
    limit: key,
    span: { start: offset, end: offset + 1 },
    message: L(
      `嵌套过深：超过 ${limits[key]} 层（设置 ${setting(key)}），未检查。请检查括号是否成对、缩进是否正确。`,
      `Nesting is too deep: more than ${limits[key]} levels (setting ${setting(key)}); the file was not checked. Check that brackets are paired and the indentation is right.`,
    ),
  };
}

export function tooManyAliases(span: Span, limits: Limits): LimitProblem {
  const key = 'maxAliasCount';
  return {
    limit: key,
    span,
    message: L(
      `别名（*名称）展开次数超过上限 ${limits[key]}（设置 ${setting(key)}），疑似“别名炸弹”，未检查。请直接写出内容，少用别名。`,
      `Aliases (*name) expand more than ${limits[key]} times (setting ${setting(key)}), which looks like an alias bomb; the file was not checked. Write the content out instead of aliasing it.`,
    ),
  };
}

export function tooManyValues(span: Span, limits: Limits): LimitProblem {
  const key = 'maxValues';
  return {
    limit: key,
    span,
    message: L(
      `别名展开后值的个数超过上限 ${limits[key]}（设置 ${setting(key)}），未检查。请少用别名，或把文件拆分。`,
      `With aliases expanded, the file holds more than ${limits[key]} values (setting ${setting(key)}); it was not checked. Use fewer aliases, or split the file.`,
    ),
  };
}

export function aliasCycle(span: Span): LimitProblem {
  return {
    limit: 'aliasCycle',
    span,
    message: L('别名引用了包含它自己的内容（循环别名），无法展开，未检查。请去掉这个别名，直接写出内容。', 'An alias refers to a value that contains it (a cycle) and cannot be expanded; the file was not checked. Remove the alias and write the content out.'),
  };
}

const [SPACE, TAB, HASH, DQ, SQ, BACKSLASH, OPEN_SQ, CLOSE_SQ, OPEN_CURLY, CLOSE_CURLY, PIPE, GT, COLON, DASH, QUESTION, COMMA] =
  [' ', '\t', '#', '"', "'", '\\', '[', ']', '{', '}', '|', '>', ':', '-', '?', ','].map((c) => c.charCodeAt(0)) as [number, ...number[]];

/** What `/\s/` matches, by character code. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Where the nesting of a text first goes deeper than `max`, found without
 * parsing (the YAML library and our walks recurse per level, so a document
 * must be measured before it reaches them). Counts block levels (indentation
 * and `- `/`? ` markers) plus open flow brackets; block scalars and quoted
 * text are skipped. It may overcount a little on odd text, never by much.
 */
export function nestingOverflow(text: string, max: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote = 0;
  let blockScalarIndent = -1;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text[i] === ' ') i++;
    const indent = i - lineStart;
    const blank = i >= lineEnd || text[i] === '\r' || text[i] === '#';
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (flow === 0 && !quote && !blank) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      if (indents.length > max) return i;
      // `- - - x` and `? - x`: each marker opens one more level on the same line
      while (i + 1 < lineEnd && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        i += 2;
        while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
        indents.push(i - lineStart);
        if (indents.length > max) return i < text.length ? i : lineStart;
      }
    }
    let valueStart = flow === 0;
    // Character codes, not one-character strings: each of those is an allocation for a CJK character.
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (quote) {
        if (c === quote) {
          if (quote === SQ && text.charCodeAt(i + 1) === SQ) i++;
          else quote = 0;
        } else if (c === BACKSLASH && quote === DQ) i++;
        continue;
      }
      if (c === HASH && (i === lineStart || isSpace(text.charCodeAt(i - 1)))) break;
      if ((c === DQ || c === SQ) && (valueStart || flow > 0)) {
        quote = c;
        continue;
      }
      if ((c === OPEN_SQ || c === OPEN_CURLY) && (valueStart || flow > 0)) {
        flow++;
        if (indents.length + flow > max) return i;
      } else if ((c === CLOSE_SQ || c === CLOSE_CURLY) && flow > 0) {
        flow--;
      } else if ((c === PIPE || c === GT) && valueStart && flow === 0) {
        blockScalarIndent = indent;
        break;
      }
      // a value may start after `key: `, `- `, or (in flow) after `,` and `:`
      if (c === SPACE || c === TAB) continue;
      if (c < 128) {
        const next = text.charCodeAt(i + 1);
        valueStart = (c === COLON || c === DASH || c === QUESTION || (flow > 0 && c === COMMA)) && (i + 1 >= lineEnd || isSpace(next) || next === COMMA || next === CLOSE_SQ || next === CLOSE_CURLY || flow > 0);
      } else valueStart = false;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
