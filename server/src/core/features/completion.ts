import { z } from 'zod';
import type { CheckResult } from '../check/check';
import { siteAt } from '../syntax/cursor';
import { codeCompletions } from './codes';
import { glossaryOf } from './glossary';
import { localize, type Locale } from '../locale';
import { Activity, Indicator, ProcurementItem } from '../format/schema';
import { enumValues, keyDoc, keysAt, schemaAt, unwrap } from '../format/schema-walk';
import type { YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

export type CompletionKind = 'key' | 'value' | 'term' | 'snippet';

/** One suggestion, in terms of the document: what to write over which span. */
export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Plain text, or a snippet with `${1:placeholder}` tab stops when `snippet`. */
  readonly insertText: string;
  readonly snippet: boolean;
  /** The text the insertion replaces: the key or value the cursor is in (nothing, for a term written into text). */
  readonly replace: Span;
  readonly sortText?: string;
  /** Other text the pick rewrites: a code's row gets the catalogue's name for it. */
  readonly additionalEdits?: readonly { readonly span: Span; readonly newText: string }[];
}

/** What may be written at `offset`: keys, enum values, glossary terms and snippets. */
export function completionsAt(result: CheckResult, offset: number, locale: Locale): Completion[] {
  // A completion that spans lines ends them as the document does (a CRLF file stays CRLF).
  const eol = /\r\n/.test(result.lines.text.slice(0, result.lines.text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const items = completionsIn(result, offset, locale);
  return eol === '\n' ? items : items.map((c) => ({ ...c, insertText: c.insertText.replace(/\n/g, eol) }));
}

function completionsIn(result: CheckResult, offset: number, locale: Locale): Completion[] {
  const site = siteAt(result.lines, offset);
  if (!site) return [];
  if (site.kind === 'value') return valueCompletions(result, site.path, site.prefix, site.word, locale);
  const schema = schemaAt(site.map);
  const container = schema && unwrap(schema);
  if (container instanceof z.ZodArray) {
    const item = [...site.map, 0];
    return snippetsFor(item, ' '.repeat(site.column + 2), '- ', site.prefix, locale);
  }
  const indent = ' '.repeat(Math.max(0, site.column));
  const keys = keysAt(site.map).filter((k) => !site.present.includes(k.key)).map((k): Completion => {
    const doc = keyDoc(k.schema);
    const value = unwrap(k.schema);
    // Over a key whose colon is written, the key alone; else the key and what its value starts with.
    const insertText = site.colon ? k.key
      : site.column < 0 ? `${k.key}: `
      : value instanceof z.ZodObject ? `${k.key}:\n${indent}  `
      : value instanceof z.ZodArray && !isTextList(value) ? `${k.key}:\n${indent}  - ` : `${k.key}: `;
    return {
      label: k.key,
      kind: 'key',
      ...(doc ? { detail: `${doc.term.zh} · ${doc.term.en}`, documentation: localize(doc.about, locale) } : {}),
      insertText,
      snippet: false,
      replace: site.word,
      sortText: `${k.required ? 0 : 1}${k.key}`,
    };
  });
  const first = site.newItem && site.present.length === 0 ? snippetsFor(site.map, indent, '', site.prefix, locale) : [];
  return [...keys, ...first];
}

function isTextList(list: z.ZodArray): boolean {
  return unwrap(list.element as z.ZodType) instanceof z.ZodString;
}

/** An enum value replaces the whole value the cursor is in; a glossary term, what is typed of it (`termSpan`). */
function valueCompletions(result: CheckResult, path: YamlPath, prefix: Span, word: Span, locale: Locale): Completion[] {
  // A classification code of the tables: by number or by name, from the catalogue of the document's year.
  const codes = codeCompletions(result, path, word);
  if (codes.length > 0) {
    return codes.map((c, i) => ({
      label: `${c.match.code} ${c.match.name}`,
      kind: 'value',
      detail: localize({ zh: `${c.match.level}级科目`, en: `${c.match.level} code` }, locale),
      insertText: c.insertText,
      snippet: false,
      replace: word,
      sortText: String(i).padStart(3, '0'),
      ...(c.nameEdit ? { additionalEdits: [c.nameEdit] } : {}),
    }));
  }
  const values = enumValues(path);
  const doc = keyDoc(schemaAt(path));
  if (values.length > 0) {
    return values.map((v, i) => ({ label: v, kind: 'value', ...(doc ? { detail: doc.term.zh } : {}), insertText: v, snippet: false, replace: word, sortText: String(i).padStart(2, '0') }));
  }
  const schema = schemaAt(path);
  if (!(schema && unwrap(schema) instanceof z.ZodString)) return [];
  const seen = new Set<string>();
  const terms = glossaryOf(result).filter((t) => !seen.has(t.spelling) && seen.add(t.spelling))
    .map((t) => ({ t, replace: termSpan(result.parsed.source.text, prefix, t.spelling) }));
  // Once what is typed starts a term (三公|), the terms it starts; else every term, written at the cursor.
  const started = terms.filter((x) => x.replace.start < prefix.end);
  return (started.length > 0 ? started : terms).map(({ t, replace }) => ({
    label: t.spelling,
    kind: 'term',
    detail: t.entry ? localize({ zh: '本文件名词解释', en: 'this document\'s glossary' }, locale) : (t.english ?? ''),
    documentation: localize(t.definition, locale),
    insertText: t.spelling,
    snippet: false,
    replace,
  }));
}

/**
 * What a term written at the cursor replaces: the end of what is typed that starts the term (`三公` of `三公经费`;
 * the longest such end, within the value), and, when the rest of the term follows the cursor already (`基本|支出`),
 * that rest too, so that the term is never written twice. Text is CJK: there are no word boundaries to go by.
 */
function termSpan(text: string, prefix: Span, term: string): Span {
  const cursor = prefix.end;
  // Inside a quoted value, what is typed starts after the quote.
  const from = prefix.start < cursor && (text[prefix.start] === '"' || text[prefix.start] === "'") ? prefix.start + 1 : prefix.start;
  let typed = Math.min(term.length, cursor - from);
  while (typed > 0 && !text.startsWith(term.slice(0, typed), cursor - typed)) typed--;
  const rest = term.slice(typed);
  return { start: cursor - typed, end: typed > 0 && text.startsWith(rest, cursor) ? cursor + rest.length : cursor };
}

/** Skeletons for a new list item, body lines indented by `indent`, first line after `lead`. */
function snippetsFor(item: YamlPath, indent: string, lead: string, replace: Span, locale: Locale): Completion[] {
  const schema = schemaAt(item);
  const element = schema && unwrap(schema);
  const make = (label: { zh: string; en: string }, lines: string[]): Completion => ({
    label: localize(label, locale),
    kind: 'snippet',
    insertText: lead + lines.join(`\n${indent}`),
    snippet: true,
    replace,
    sortText: `~${label.en}`,
  });
  if (element === Activity) {
    return [make({ zh: '新职责活动（含绩效目标与指标）', en: 'New activity with goal and indicator' }, [
      'name: ${1:职责活动}',
      'budget: ${2:0.00}',
      'content: ${3:工作内容}',
      'goal: ${4:绩效目标}',
      'indicators:',
      '  - name: ${5:绩效指标}',
      '    grades: { excellent: ${6:≥90%}, good: ${7:≥80%}, fair: ${8:≥70%}, poor: ${9:<70%} }$0',
    ])];
  }
  if (element === Indicator) {
    return [make({ zh: '新绩效指标（含四级评价标准）', en: 'New indicator with its four grades' }, [
      'name: ${1:绩效指标}',
      'grades: { excellent: ${2:≥90%}, good: ${3:≥80%}, fair: ${4:≥70%}, poor: ${5:<70%} }$0',
    ])];
  }
  if (element === ProcurementItem) {
    return [make({ zh: '新政府采购项目', en: 'New procurement item' }, [
      'department: ${1:采购部门}',
      'name: ${2:采购项目}',
      'category: ${3|货物,工程,服务|}',
      'code: ${4:C}',
      'quantity: ${5:1}',
      'amount: ${6:0}$0',
    ])];
  }
  return [];
}
