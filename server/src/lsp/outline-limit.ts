/**
 * The server's one notification of its own, `budget/outlineLimited`: a document's outline has more items than
 * `budget.outline.maxItems`, and only the first of them were sent (`limitOutline`), or (`shown` = `total`) it no
 * longer has. Sent when that changes for a document, not with every answer. A client that does not know it
 * ignores it, as LSP says of notifications; the extension shows it as the document's language status.
 * Nothing here imports the LSP library: the extension's client reads it too.
 */
export const OUTLINE_LIMITED = 'budget/outlineLimited';

export interface OutlineLimited {
  readonly uri: string;
  /** The items sent. */
  readonly shown: number;
  /** The items the whole outline has. */
  readonly total: number;
}
