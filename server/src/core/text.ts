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
  private readonly starts: number[];

  constructor(readonly text: string, starts?: number[]) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    LineIndex.scan(text, 0, text.length, this.starts);
  }

  /** Pushes the line starts after offsets `from` ≤ i < `to` (a start at i + 1 for each line break at i). */
  private static scan(text: string, from: number, to: number, starts: number[]): void {
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
    const starts = old.slice(0, j + 1);
    if (q >= old.length) {
      LineIndex.scan(text, old[j]!, text.length, starts);
      return new LineIndex(text, starts);
    }
    LineIndex.scan(text, old[j]!, old[q]! + delta - 1, starts);
    for (let k = q; k < old.length; k++) starts.push(old[k]! + delta);
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
