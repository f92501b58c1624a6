/**
 * Character classes by char code, for the text rules, which read every string of the document: a scan by codes
 * allocates nothing where a pattern or a trimmed copy would, and almost no string has anything to report.
 */

/** What `String.prototype.trim` takes off and `\s` matches: white space and line terminators. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The char codes of the characters of `chars` (each one code unit). */
export function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

