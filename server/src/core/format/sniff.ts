// Imports nothing else: the extension runs this on plain YAML files before it loads the schema.
import { REQUIRED_TOP_LEVEL_KEYS, TOP_LEVEL_KEYS } from './top-level.generated';

/** How much of a file is read to tell whether it is a budget document: its top-level keys start it. */
export const SNIFF_HEAD_CHARS = 8192;

/** Of the format's required top-level keys, how many a file's head must hold. */
const ENOUGH_REQUIRED = 3;

const KNOWN = new Set(TOP_LEVEL_KEYS);
const REQUIRED = new Set(REQUIRED_TOP_LEVEL_KEYS);

/** A key at column 0: bare, or quoted, followed by `:` and a space or the line's end. */
const KEY_LINE = /^(?:"([^"\\]*)"|'([^']*)'|([A-Za-z_$][\w$-]*))[ \t]*:(?:[ \t]|$)/;

/**
 * Whether a YAML file (its text, of which only the first {@link SNIFF_HEAD_CHARS} are read) looks like a
 * budget document saved under another name: its top-level keys include enough of the format's required ones,
 * and more of them are the format's than not. Nothing is parsed, so a file broken further down still
 * answers; a second YAML document in the stream ends the look (k8s manifests come so).
 */
export function looksLikeBudget(text: string): boolean {
  let head = text.length > SNIFF_HEAD_CHARS ? text.slice(0, SNIFF_HEAD_CHARS) : text;
  if (head.startsWith('\uFEFF')) head = head.slice(1);
  const keys = new Set<string>();
  let started = false;
  for (const raw of head.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^(?:---|\.\.\.)(?:[ \t]|$)/.test(line)) {
      if (started || line.startsWith('...')) break;
      started = true;
      continue;
    }
    const match = KEY_LINE.exec(line);
    if (!match) continue;
    started = true;
    keys.add(match[1] ?? match[2] ?? match[3]!);
  }
  let required = 0;
  let known = 0;
  for (const key of keys) {
    if (REQUIRED.has(key)) required++;
    if (KNOWN.has(key)) known++;
  }
  return required >= ENOUGH_REQUIRED && known > keys.size - known;
}
