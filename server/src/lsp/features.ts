import {
  CompletionItemKind, InlayHintKind, InsertTextFormat, InsertTextMode, MarkupKind, SymbolKind,
  type ClientCapabilities, type CompletionItem, type DocumentSymbol, type FoldingRange, type Hover, type InlayHint, type Location, type Position, type Range,
} from 'vscode-languageserver/node';
import { completionsAt, type CompletionKind, definitionAt, folds, hoverAt, limitOutline, markdownToPlain, snippetToPlain, shareHints, sumHints, outline, type OutlineEntry, type OutlineKind } from '../core';
import type { Analysis } from './workspace';

/** Core results in LSP's terms: offsets become ranges, kinds become LSP kinds. Nothing is decided here. */

const offsetOf = (a: Analysis, p: Position) => a.result.lines.offset(p);

/** What the client said it can show (`initialize`): snippets in completions, markdown in hovers, how many folds. */
export interface ClientFormats {
  readonly snippets: boolean;
  readonly markdownHovers: boolean;
  /** Its `foldingRange.rangeLimit`: VS Code's language client says 5,000, the editor's default most. */
  readonly foldingRanges: number;
}

/** Snippets, markdown and every folding range. */
export const FULL_FORMATS: ClientFormats = { snippets: true, markdownHovers: true, foldingRanges: Infinity };

/**
 * Read off the client's capabilities. Markdown hovers unless the client lists hover formats without markdown
 * (a client that lists none is taken to show it, as most do); snippets only when the client says it takes them.
 */
export function clientFormats(capabilities: ClientCapabilities): ClientFormats {
  const formats = capabilities.textDocument?.hover?.contentFormat;
  return {
    snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    markdownHovers: formats === undefined || formats.length === 0 || formats.includes(MarkupKind.Markdown),
    foldingRanges: capabilities.textDocument?.foldingRange?.rangeLimit ?? Infinity,
  };
}

export function hover(a: Analysis, position: Position, formats: ClientFormats = FULL_FORMATS): Hover | null {
  const info = hoverAt(a.result, offsetOf(a, position), a.locale);
  if (!info) return null;
  const contents = formats.markdownHovers ? { kind: MarkupKind.Markdown, value: info.markdown } : { kind: MarkupKind.PlainText, value: markdownToPlain(info.markdown) };
  return { contents, range: a.result.lines.range(info.span) };
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  term: CompletionItemKind.Text,
  snippet: CompletionItemKind.Snippet,
};

export function completion(a: Analysis, position: Position, formats: ClientFormats = FULL_FORMATS): CompletionItem[] {
  return completionsAt(a.result, offsetOf(a, position), a.locale).map((c) => ({
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    // Plain text (a key's description, a glossary definition as the document wrote it), never read as markdown.
    ...(c.documentation ? { documentation: c.documentation } : {}),
    // A client without snippets inserts the placeholders' text.
    textEdit: { range: a.result.lines.range(c.replace), newText: c.snippet && !formats.snippets ? snippetToPlain(c.insertText) : c.insertText },
    insertTextFormat: c.snippet && formats.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // The core writes indentation out in full.
    insertTextMode: InsertTextMode.asIs,
    ...(c.sortText ? { sortText: c.sortText } : {}),
    ...(c.additionalEdits ? { additionalTextEdits: c.additionalEdits.map((e) => ({ range: a.result.lines.range(e.span), newText: e.newText })) } : {}),
  }));
}

const OUTLINE_KIND: Record<OutlineKind, SymbolKind> = { section: SymbolKind.Namespace, activity: SymbolKind.Object, table: SymbolKind.Struct, row: SymbolKind.Field };

/**
 * A version's symbols and folding ranges, made once: VS Code asks for the symbols of one version more than once
 * (the breadcrumbs, the Outline, sticky scroll, each on its own timer), and at 2,000 activities they are 1.2 MB of
 * JSON (5,000 items; 2 MB all 8,009), their folding ranges 1 MB (177 KB the 5,000 VS Code keeps). An analysis
 * stands for one version under one set of settings (workspace.ts).
 */
const symbolsMade = new WeakMap<Analysis, Outline>();
const foldsMade = new WeakMap<Analysis, FoldingRange[]>();

function once<T>(made: WeakMap<Analysis, T>, a: Analysis, make: (a: Analysis) => T): T {
  let value = made.get(a);
  if (value === undefined) made.set(a, (value = make(a)));
  return value;
}

/** A version's symbols, at most `budget.outline.maxItems` of them, and how many items the whole outline has. */
export interface Outline {
  readonly symbols: DocumentSymbol[];
  readonly total: number;
}

export function documentOutline(a: Analysis): Outline {
  return once(symbolsMade, a, makeSymbols);
}

function makeSymbols(a: Analysis): Outline {
  const convert = (e: OutlineEntry): DocumentSymbol => ({
    name: e.name,
    detail: e.detail,
    kind: OUTLINE_KIND[e.kind],
    range: a.result.lines.range(e.span),
    selectionRange: a.result.lines.range(e.selection),
    children: e.children.map(convert),
  });
  const { entries, total } = limitOutline(outline(a.result, a.locale), a.settings.outline.maxItems);
  return { symbols: entries.map(convert), total };
}

/** Made once a version for one client, whose limit does not change (`initialize`). */
export function foldingRanges(a: Analysis, formats: ClientFormats = FULL_FORMATS): FoldingRange[] {
  return once(foldsMade, a, (made) => folds(made.result, formats.foldingRanges).map((f) => ({ startLine: f.startLine, endLine: f.endLine })));
}

export function definition(a: Analysis, position: Position): Location | null {
  const found = definitionAt(a.result, offsetOf(a, position));
  return found ? { uri: a.uri, range: a.result.lines.range(found.target) } : null;
}

export function inlayHints(a: Analysis, range: Range): InlayHint[] {
  const from = offsetOf(a, range.start);
  const to = offsetOf(a, range.end);
  return [...sumHints(a.result, a.settings.inlayHints.sums, a.locale), ...shareHints(a.result, a.settings.inlayHints.shares, a.locale)]
    .filter((h) => h.offset >= from && h.offset <= to)
    .map((h) => ({ position: a.result.lines.position(h.offset), label: h.label, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip: h.tooltip }));
}
