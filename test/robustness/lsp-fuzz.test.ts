import { strict as assert } from 'assert';
import fc from 'fast-check';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest, LogMessageNotification,
  MessageType, type DocumentSymbol, type MarkupContent, type Position, type Range, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { example, fixture } from '../helpers';
import { Session } from '../lsp/client';
import { property } from '../properties';
import { FUZZ_SEED } from './sound';

const consistent = fixture('consistent.budget.yaml');
const BASES = [consistent, consistent.replace(/\n/g, '\r\n'), example(), '', 'budget: 1\n'];

/** Text an edit inserts: line breaks of every kind, surrogate pairs and halves, YAML syntax, junk. */
const INSERTS = [
  '', '\n', '\r\n', '\r', '\n\n\n', ' ', '  ', '\t', '😀', '𠮷', '\ud83d', '\ude00', '\u0000', '\ufeff', '\u2028',
  ': ', '- ', '  - ', '[[[', ']]]', '{', '}', '#', '&a ', '*a', '<<: *a', '|', '"', "'", '1e309', '.nan', '１２３', '12,5',
  'budget: 600.00', 'name: 三、审计业务', '    - name: x\n      budget: 1\n', '__proto__: 1\n', 'constructor: x\n', 'toString: ',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INSERTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...INSERTS), { maxLength: 6 }).map((parts) => parts.join('')) },
);

/** A line (taken modulo the document's lines plus three, so sometimes beyond its end) and a character, often past the line's end. */
const where = fc.record({ line: fc.nat({ max: 5000 }), character: fc.nat({ max: 300 }) });
type Where = { line: number; character: number };

type Step =
  | { kind: 'full'; base: number; extra: string }
  | { kind: 'edit'; changes: { from: Where; length: number; text: string }[] }
  | { kind: 'hover' | 'completion' | 'definition'; at: Where }
  | { kind: 'codeAction'; from: Where; to: Where; fixAll: boolean }
  | { kind: 'documentSymbol' | 'foldingRange' }
  | { kind: 'inlayHint'; from: Where; to: Where };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('full' as const), base: fc.nat({ max: BASES.length - 1 }), extra: text }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      // length 0: an insertion; a length past the end of the line or document runs off it
      changes: fc.array(fc.record({ from: where, length: fc.oneof(fc.constant(0), fc.nat({ max: 40 }), fc.nat({ max: 5000 })), text }), { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('hover' as const, 'completion' as const, 'definition' as const), at: where }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('codeAction' as const), from: where, to: where, fixAll: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('documentSymbol' as const, 'foldingRange' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('inlayHint' as const), from: where, to: where }) },
);

const KNOWN = 'file:///fuzz/known.budget.yaml';
const KNOWN_HOVER = '**基本支出** · basic expenditure\n\n基本支出：保障机构正常运转、完成日常工作任务的人员支出和公用支出。\n\n`overview.expenditure.basic`';
const knownPosition = (() => {
  const before = consistent.slice(0, consistent.indexOf('basic: 2400.00') + 2).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
})();

function positionIn(doc: TextDocument, w: Where): Position {
  return { line: w.line % (doc.lineCount + 3), character: w.character };
}

function ordered(a: Position, b: Position): Range {
  const before = a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before ? { start: a, end: b } : { start: b, end: a };
}

/** A range as positions the document has: past the last line is the end, and the ends in order. */
function clamped(doc: TextDocument, r: Range): Range {
  const [a, b] = [doc.offsetAt(r.start), doc.offsetAt(r.end)].sort((x, y) => x - y) as [number, number];
  return { start: doc.positionAt(a), end: doc.positionAt(b) };
}

/** The end of a range that covers `length` characters from `start` (possibly past the end of the document). */
function rangeFrom(doc: TextDocument, start: Position, length: number): Range {
  if (length === 0) return { start, end: start };
  const offset = doc.offsetAt(start) + length;
  const end = offset > doc.getText().length ? { line: doc.lineCount + (length % 3), character: length % 7 } : doc.positionAt(offset);
  return ordered(start, end);
}

function assertInside(doc: TextDocument, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} outside ${doc.lineCount} lines`);
    const lineLength = doc.offsetAt({ line: p.line, character: Number.MAX_SAFE_INTEGER }) - doc.offsetAt({ line: p.line, character: 0 });
    assert.ok(p.character >= 0 && p.character <= lineLength, `${what}: character ${p.character} past line ${p.line} (${lineLength})`);
  }
}

/**
 * One server for the whole run. Each property run opens a fresh document,
 * applies random full and incremental changes interleaved with random
 * requests, and after every step asks a hover whose answer is known.
 */
describe('fuzzing the language server over stdio: it stays up and answers', function () {
  this.timeout(120_000);
  let session: Session;
  let closed = false;
  const errors: string[] = [];

  before(async () => {
    session = await Session.start({ locale: 'zh-cn' });
    session.connection.onClose(() => (closed = true));
    session.connection.onNotification(LogMessageNotification.type, (m) => {
      if (m.type === MessageType.Error) errors.push(m.message);
    });
    await session.open(KNOWN, consistent);
  });
  after(async () => {
    await session.stop();
  });

  /** A request that must answer within 10 s without an error. */
  async function ask<R>(what: string, request: Promise<R>): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in 10 s`)), 10_000)));
    try {
      return await Promise.race([request, timeout]);
    } catch (e) {
      throw new Error(`${what} failed: ${e instanceof Error ? e.message : String(e)}; stderr: ${session.stderr}`);
    } finally {
      clearTimeout(timer);
    }
  }

  property(`answers a few hundred random changes and requests (seed ${FUZZ_SEED})`, async () => {
    let run = 0;
    let steps = 0;
    const started = Date.now();
    await fc.assert(fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), fc.array(step, { minLength: 4, maxLength: 12 }), async (base, plan) => {
      const uri = `file:///fuzz/${++run}.budget.yaml`;
      // A run that fails is replayed while shrinking: each starts with a clean log.
      errors.length = 0;
      let doc = TextDocument.create(uri, 'budget-yaml', 1, BASES[base]!);
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'budget-yaml', version: 1, text: doc.getText() } });
      const textDocument = { uri };
      for (const s of plan) {
        steps++;
        const what = `run ${run} ${s.kind}`;
        switch (s.kind) {
          case 'full':
          case 'edit': {
            // TextDocument.update changes the document it is given: the next version starts from a copy.
            const next = TextDocument.create(uri, 'budget-yaml', doc.version + 1, doc.getText());
            const changes: TextDocumentContentChangeEvent[] = [];
            for (const c of s.kind === 'full' ? [{ text: BASES[s.base]! + s.extra }] : s.changes) {
              // Each change applies to the text the previous one left, as LSP says.
              const change = 'from' in c ? { range: rangeFrom(next, positionIn(next, c.from), c.length), text: c.text } : c;
              changes.push(change);
              // The mirror applies what the change means (a position past the end is the end); the server is sent it as is.
              TextDocument.update(next, ['range' in change ? { range: clamped(next, change.range), text: change.text } : change], next.version);
            }
            doc = next;
            await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: changes });
            break;
          }
          case 'hover': {
            const hover = await ask(what, session.connection.sendRequest(HoverRequest.type, { textDocument, position: positionIn(doc, s.at) }));
            if (hover?.range) assertInside(doc, hover.range, what);
            if (hover) assert.equal((hover.contents as MarkupContent).kind, 'markdown', what);
            break;
          }
          case 'completion':
            await ask(what, session.connection.sendRequest(CompletionRequest.type, { textDocument, position: positionIn(doc, s.at) }));
            break;
          case 'definition':
            await ask(what, session.connection.sendRequest(DefinitionRequest.type, { textDocument, position: positionIn(doc, s.at) }));
            break;
          case 'codeAction': {
            const range = ordered(positionIn(doc, s.from), positionIn(doc, s.to));
            await ask(what, session.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [], ...(s.fixAll ? { only: ['source.fixAll'] } : {}) } }));
            break;
          }
          case 'documentSymbol': {
            const symbols = (await ask(what, session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }))) as DocumentSymbol[] | null;
            const walk = (ss: DocumentSymbol[]): void => ss.forEach((x) => { assertInside(doc, x.range, what); assertInside(doc, x.selectionRange, what); walk(x.children ?? []); });
            walk(symbols ?? []);
            break;
          }
          case 'foldingRange': {
            const folds = await ask(what, session.connection.sendRequest(FoldingRangeRequest.type, { textDocument }));
            for (const f of folds ?? []) assert.ok(f.startLine <= f.endLine && f.endLine < doc.lineCount, `${what}: fold ${f.startLine}-${f.endLine} of ${doc.lineCount} lines`);
            break;
          }
          case 'inlayHint':
            await ask(what, session.connection.sendRequest(InlayHintRequest.type, { textDocument, range: ordered(positionIn(doc, s.from), positionIn(doc, s.to)) }));
            break;
        }
        const known = await ask(`${what}, then the known hover`, session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: KNOWN }, position: knownPosition }));
        assert.equal((known?.contents as MarkupContent | undefined)?.value, KNOWN_HOVER, `${what}: the known hover changed`);
        assert.ok(!closed, `${what}: the server closed the connection; stderr: ${session.stderr}`);
        assert.deepEqual(errors, [], `${what}: the server logged errors: ${errors.join('\n')}`);
      }
      // The debounced check of the last version is published, on lines of that version. (Not yet its
      // characters: a schema finding's end can fall between CR and LF, see docs/security.md.)
      const published = await session.diagnostics(uri, doc.version);
      for (const d of published.diagnostics) assert.ok(d.range.end.line < doc.lineCount, `run ${run} diagnostic ${String(d.code)} past the last line`);
      await session.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }), { numRuns: 60 });
    console.log(`  lsp fuzz: ${run} documents, ${steps} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.ok(!closed);
  });
});
