import { CORE_SCHEMA, type Type } from 'js-yaml';

/** A plain scalar as the YAML 1.2 core schema reads it (the `yaml` library's `core` tags, in their order). */
export function coreValue(s: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

// js-yaml's own implicit types under CORE_SCHEMA (null, bool, int, float), in the order it tries them; the schema
// holds them as `implicit`, which its typings leave out.
const JS_YAML_IMPLICIT = (CORE_SCHEMA as unknown as { readonly implicit: readonly Type[] }).implicit;

/** A plain scalar as js-yaml 4 reads it under CORE_SCHEMA. */
function jsYamlValue(s: string): unknown {
  for (const type of JS_YAML_IMPLICIT) if (type.resolve(s)) return type.construct(s);
  return s;
}

/** What `plainValue` returns for a scalar the two readings do not agree on. */
export const DISAGREE = Symbol('disagree');

/**
 * A one-line plain scalar's value, when the YAML 1.2 core schema and js-yaml (whose reading the fast path's
 * results have always been held to) read it alike; `DISAGREE` when they do not (`-0`, `+.5`, `0b1`, `1e400` …).
 * Only a text starting with one of `~nNtTfF+-.0-9` can read as anything but itself; the figures of a budget
 * (`-12`, `57892.82`) are told apart from the rest without a regular expression.
 */
export function plainValue(s: string): unknown {
  const c = s.charCodeAt(0);
  const digit = c >= 0x30 && c <= 0x39;
  if (!digit && c !== 0x2d && c !== 0x2e && c !== 0x2b) {
    if (c !== 0x7e && c !== 0x6e && c !== 0x4e && c !== 0x74 && c !== 0x54 && c !== 0x66 && c !== 0x46) return s;
    // `~` or a letter: a null or a boolean, spelt as both schemas spell them, or a string.
    switch (s) {
      case '~': case 'null': case 'Null': case 'NULL': return null;
      case 'true': case 'True': case 'TRUE': return true;
      case 'false': case 'False': case 'FALSE': return false;
      default: return s;
    }
  }
  const figure = decimal(s);
  if (figure === INTEGER) return parseInt(s, 10);
  if (figure === FRACTION) return parseFloat(s);
  const core = coreValue(s);
  return Object.is(core, jsYamlValue(s)) ? core : DISAGREE;
}

const INTEGER = 1;
const FRACTION = 2;

/**
 * Whether `s` is `-?[0-9]{1,15}` (not `-0`, which js-yaml reads as 0) or `-?[0-9]{1,15}\.[0-9]{0,15}`: forms both
 * schemas read with `parseInt` / `parseFloat` of the whole text, to the same finite number.
 */
function decimal(s: string): number {
  const n = s.length;
  let i = s.charCodeAt(0) === 0x2d ? 1 : 0;
  const from = i;
  while (i < n && i - from < 16 && isDigit(s.charCodeAt(i))) i++;
  const digits = i - from;
  if (digits === 0 || digits > 15) return 0;
  if (i === n) return from === 1 && digits === 1 && s.charCodeAt(1) === 0x30 ? 0 : INTEGER;
  if (s.charCodeAt(i) !== 0x2e || n - i - 1 > 15) return 0;
  for (i++; i < n; i++) if (!isDigit(s.charCodeAt(i))) return 0;
  return FRACTION;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
