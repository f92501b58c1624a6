import { relationsOf, type CheckResult } from '../check/check';
import { figureOf, formatFigure, percentChange, percentOf, shareAgrees, toNumber } from '../format/decimal';
import { rates, shares } from '../format/shares';
import { codeHover } from './codes';
import { glossaryOf, termAt } from './glossary';
import { L, localize, type Locale } from '../locale';
import { locate, type Located } from '../syntax/locate';
import { escapeMarkdown as md } from './markdown';
import { figureAt } from '../format/figures';
import { evaluate, shortfall, type Relation } from '../format/relations';
import { computeRate, lastYearOf, parseRate, rateAgrees, yearOnYearFigures } from '../format/rates';
import { RATE_PATTERN } from '../format/schema';
import { keyDoc, schemaAt } from '../format/schema-walk';
import { formatPath, type YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

/** A tooltip: markdown built from escaped document text, over the span it explains. */
export interface HoverInfo {
  readonly span: Span;
  readonly markdown: string;
}

/** What the cursor is on, explained: a key, a total, a rate or a term in text. */
export function hoverAt(result: CheckResult, offset: number, locale: Locale): HoverInfo | undefined {
  const at = locate(result.parsed, offset);
  if (!at) return undefined;
  if (at.part === 'key') return keyHover(at, locale);
  if (typeof at.scalar === 'number') return (at.path.at(-1) === 'code' && codeHover(result, at.path, at.scalar, at.span, locale)) || totalHover(result, at, locale);
  if (typeof at.scalar === 'string') return rateHover(result, at, locale) || shareHover(result, at, locale) || termHover(result, at, offset, locale);
  return undefined;
}

function keyHover(at: Located, locale: Locale): HoverInfo | undefined {
  const doc = keyDoc(schemaAt(at.path));
  if (!doc) return undefined;
  const other = locale === 'zh-CN' ? doc.term.en : doc.term.zh;
  const main = locale === 'zh-CN' ? doc.term.zh : doc.term.en;
  return { span: at.span, markdown: `**${md(main)}** · ${md(other)}\n\n${md(localize(doc.about, locale))}\n\n\`${formatPath(at.path)}\`` };
}

const samePath = (a: YamlPath, b: YamlPath) => formatPath(a) === formatPath(b);

/** `3200.00 = 2400.00 + 800.00 ✓`, or the mismatch and the difference. */
function totalHover(result: CheckResult, at: Located, locale: Locale): HoverInfo | undefined {
  const own = relationsOf(result).filter((r) => samePath(r.target.path, at.path));
  if (own.length === 0) return undefined;
  return { span: at.span, markdown: own.map((r) => explainRelation(r, locale)).join('\n\n---\n\n') };
}

function explainRelation(r: Relation, locale: Locale): string {
  const target = formatFigure(r.target.figure);
  const sum = r.terms.map((t, i) => {
    const negative = (t.figure.digits < 0n) !== !!t.negative;
    const abs = formatFigure(t.figure.digits < 0n ? { ...t.figure, digits: -t.figure.digits } : t.figure);
    return i === 0 ? (negative ? `-${abs}` : abs) : `${negative ? ' − ' : ' + '}${abs}`;
  }).join('');
  const parts = r.terms.length > 0
    ? r.terms.map((t) => `- ${md(localize(t.label, locale))}: ${formatFigure(t.figure)}`).join('\n')
    : md(localize(L('各项均未填写，合计为 0', 'None of the parts is written: their sum is 0'), locale));
  const heading = `**${md(localize(r.what, locale))}** · ${md(localize(r.against, locale))}`;
  if (!r.complete) {
    // What `sum-mismatch` says of such a total: no less than the known parts, or certainly short of them.
    const note = localize(L('部分数据未填写，只能核对已知部分', 'Some parts are not given; only the known ones can be checked'), locale);
    const below = shortfall(r);
    const line = below
      ? `\`${target} < ${sum} = ${formatFigure(below.known)}\` ✗ ${md(localize(L(`差 ${formatFigure(below.short)}`, `short by ${formatFigure(below.short)}`), locale))}`
      : `\`${target} ≥ ${sum}\` ✓`;
    return `${heading}\n\n${line}\n\n${md(note)}\n\n${parts}`;
  }
  const e = evaluate(r);
  const expected = formatFigure(e.expected);
  // The sum written out, then what it comes to (no parts: just 0).
  const sums = r.terms.length > 0 ? `${sum} = ${expected}` : expected;
  const line = e.agreement === 'equal' ? `\`${target} = ${r.terms.length > 0 ? sum : expected}\` ✓`
    : e.agreement === 'rounding' ? `\`${target} ≈ ${sums}\` ✓ ${md(localize(L(`（差 ${formatFigure(e.difference)}，在所写精度之内）`, `(off by ${formatFigure(e.difference)}, within the precision written)`), locale))}`
      : `\`${target} ≠ ${sums}\` ✗ ${md(localize(L(`差 ${formatFigure(e.difference)}`, `difference ${formatFigure(e.difference)}`), locale))}`;
  return `${heading}\n\n${line}\n\n${parts}`;
}

/** The rate the figures give, beside the rate written: a line's `changeRate`, or one of `overview.changeRate`. */
function rateHover(result: CheckResult, at: Located, locale: Locale): HoverInfo | undefined {
  const written = String(at.scalar);
  if (!RATE_PATTERN.test(written)) return undefined;
  const figure = (path: YamlPath) => figureAt(result.parsed, path);
  const line = rates(result.model).find((r) => samePath(r.rate, at.path));
  if (!line && at.path.at(-1) !== 'changeRate') return undefined;
  const { amount, previous } = line ? lastYearOf(figure, line) : yearOnYearFigures(figure, at.path.slice(0, -1));
  if (!amount || !previous || previous.digits <= 0n) return undefined;
  const stated = parseRate(written);
  const computed = computeRate(toNumber(amount), toNumber(previous));
  const exact = `${formatFigure(percentChange(amount, previous, stated.decimals + 2))}%`;
  const rounded = `${formatFigure(percentChange(amount, previous, stated.decimals))}%`;
  const ok = rateAgrees(computed, stated);
  const p = formatFigure(previous);
  const a = formatFigure(amount);
  const heading = localize(L('按金额计算的增减率', 'Change rate from the figures'), locale);
  const verdict = ok ? '✓' : `✗ ${md(localize(L(`应为 ${rounded}`, `should be ${rounded}`), locale))}`;
  return { span: at.span, markdown: `**${md(heading)}**\n\n\`(${a} − ${p}) ÷ ${p} = ${exact}\` ${verdict}` };
}

/** This year and last year of a rate's line: last year as written, or this year less the change. */
/** The share the figures give, beside the share written: the part ÷ its whole (docs/format.md's table of wholes). */
function shareHover(result: CheckResult, at: Located, locale: Locale): HoverInfo | undefined {
  const written = String(at.scalar);
  if (!RATE_PATTERN.test(written)) return undefined;
  const share = shares(result.model).find((s) => samePath(s.share, at.path));
  if (!share) return undefined;
  const part = figureAt(result.parsed, share.part);
  const whole = figureAt(result.parsed, share.whole);
  if (!part || !whole || whole.digits <= 0n) return undefined;
  const stated = figureOf(written.slice(0, -1).replace(/^\+/, ''), Number(written.slice(0, -1)));
  const exact = `${formatFigure(percentOf(part, whole, stated.decimals + 2))}%`;
  const rounded = `${formatFigure(percentOf(part, whole, stated.decimals))}%`;
  const heading = localize(L('按金额计算的占比', 'Share from the figures'), locale);
  const what = localize(L(`${share.name.zh} ÷ ${share.wholeName.zh}`, `${share.name.en} ÷ ${share.wholeName.en}`), locale);
  const verdict = shareAgrees(part, whole, stated) ? '✓' : `✗ ${md(localize(L(`应为 ${rounded}`, `should be ${rounded}`), locale))}`;
  return { span: at.span, markdown: `**${md(heading)}** · ${md(what)}\n\n\`${formatFigure(part)} ÷ ${formatFigure(whole)} = ${exact}\` ${verdict}` };
}

/** A term of the glossary inside a text value: its definition. */
function termHover(result: CheckResult, at: Located, offset: number, locale: Locale): HoverInfo | undefined {
  const found = termAt(glossaryOf(result), result.parsed.text, at.span, offset);
  if (!found) return undefined;
  const { term } = found;
  const source = term.entry ? L('本文件名词解释', 'this document\'s glossary') : L('内置名词解释', 'built-in glossary');
  const title = term.english ? `**${md(term.term)}** · ${md(term.english)}` : `**${md(term.term)}**`;
  return { span: found.span, markdown: `${title}\n\n${md(localize(term.definition, locale))}\n\n*${md(localize(source, locale))}*` };
}
