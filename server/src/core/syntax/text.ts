/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Half-open span of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Converts offsets to positions and back, for one version of a text. */
export class LineIndex {
  /** Offset of each line's start (a typed array: an edit copies it whole). */
  private readonly starts: Int32Array;

  constructor(readonly text: string, starts?: Int32Array) {
    if (starts) {
      this.starts = starts;
      return;
    }
    const found = [0];
    LineIndex.scan(text, 0, text.length, found);
    this.starts = Int32Array.from(found);
  }

  /** Pushes the line starts after offsets `from` ≤ i < `to` (a start at i + 1 for each line break at i). */
  private static scan(text: string, from: number, to: number, starts: number[]): void {
    if (to - from === text.length && !text.includes('\r')) {
      // A whole text with LF breaks alone (the usual case): the native search, many times faster than a loop here.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
  }

  /**
   * The index of `text`, which is this one's text with `[at, oldEnd)` replaced
   * by `[at, newEnd)`: only the lines around the edit are read again, the
   * starts after it are moved.
   */
  edited(text: string, at: number, oldEnd: number, newEnd: number): LineIndex {
    const old = this.starts;
    const delta = newEnd - oldEnd;
    // The last start at or before at - 1: what comes before it did not change (nor the character after a lone \r).
    let j = 0;
    let hi = old.length - 1;
    while (j < hi) {
      const mid = (j + hi + 1) >> 1;
      if (old[mid]! <= at - 1) j = mid;
      else hi = mid - 1;
    }
    // The first start past oldEnd + 1: the line break before it, and the character after it, are unchanged.
    let q = j;
    while (q < old.length && old[q]! <= oldEnd + 1) q++;
    const middle: number[] = [];
    const tail = q >= old.length ? 0 : old.length - q;
    LineIndex.scan(text, old[j]!, tail === 0 ? text.length : old[q]! + delta - 1, middle);
    const starts = new Int32Array(j + 1 + middle.length + tail);
    starts.set(old.subarray(0, j + 1));
    starts.set(middle, j + 1);
    for (let k = 0, to = j + 1 + middle.length; k < tail; k++) starts[to + k] = old[q + k]! + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset inside a CRLF line break still lies on its line, at its end.
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - this.starts[lo]! };
  }

  offset(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(0, line), this.starts.length - 1)]!;
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1]! - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return end;
  }
}

/**
 * The text as the YAML readers get it: a lone CR (old Mac line ends, or a paste) is a line break to the line
 * index and to YAML 1.2 alike, but not to the parsers, which would read the next key into a value. Each lone CR
 * becomes a LF, so every offset stays the same.
 */
export function yamlBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * A copy of a string that shares no memory with the text it was cut from: a
 * slice of a long string keeps the whole of it alive, and the incremental
 * check keeps what it reads from each version of a document.
 */
export function detached(s: string): string {
  // V8 copies slices shorter than 13 characters; longer ones point into their parent.
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * How long a plain value is that starts `rest` (the rest of its line): inside braces or brackets up to the next
 * `,` or bracket, else up to a comment (`#` after a space); its trailing spaces left out.
 */
export function plainValueLength(rest: string, inFlow: boolean): number {
  return (inFlow ? /^[^,{}[\]]*/ : /^(?:[^#]|\S#)*/).exec(rest)![0].trimEnd().length;
}
