import { coreValue } from '../syntax/fast-parse';
import type { ReportedEdit, RuleContext } from './rule';
import type { YamlPath } from '../syntax/source';
import type { Span } from '../syntax/text';

/** Replaces a scalar's text, keeping the quotes it was written with. */
export function replaceScalar(ctx: RuleContext, path: YamlPath, value: string): ReportedEdit | undefined {
  const node = ctx.source.get(path);
  if (node?.kind !== 'scalar' || node.raw === undefined) return undefined;
  const quote = node.raw[0] === '"' || node.raw[0] === "'" ? node.raw[0] : '';
  // `-4%` stays plain: a leading `-`, `?` or `:` is an indicator only before a space. Text that would read as a
  // number, a boolean or null (`2019` left of `1、2019`) is quoted too.
  if (quote === '' && (/^[\s"'&*!|>%@`#,[\]{}]|^[-?:](?:\s|$)|[:#]\s|\s$/.test(value) || typeof coreValue(value) !== 'string')) return { span: node.value, newText: JSON.stringify(value) };
  return { span: node.value, newText: quote + value + quote };
}

/** Replaces a number's text with another number, as written. */
export function replaceNumber(ctx: RuleContext, path: YamlPath, value: string): ReportedEdit | undefined {
  const node = ctx.source.get(path);
  return node?.kind === 'scalar' ? { span: node.value, newText: value } : undefined;
}

/** Deletes the first occurrence of `text` inside a scalar's source. */
export function deleteInScalar(ctx: RuleContext, path: YamlPath, text: string): ReportedEdit | undefined {
  const node = ctx.source.get(path);
  if (node?.kind !== 'scalar' || node.raw === undefined) return undefined;
  const at = node.raw.indexOf(text);
  if (at < 0) return undefined;
  const start = node.value.start + at;
  return { span: { start, end: start + text.length }, newText: '' };
}

/**
 * Where the characters `start … end` of a scalar's value stand in the source, when the source writes the value
 * character for character (plain on one line, or quoted without escapes); otherwise there is no such place.
 */
export function spanInScalar(ctx: RuleContext, path: YamlPath, value: string, start: number, end: number): Span | undefined {
  const node = ctx.source.get(path);
  if (node?.kind !== 'scalar' || node.raw === undefined) return undefined;
  const raw = node.raw;
  const quoted = raw[0] === '"' || raw[0] === "'";
  const inner = quoted ? raw.slice(1, -1) : raw;
  if (inner !== value || (raw[0] === '"' && inner.includes('\\')) || (raw[0] === "'" && inner.includes("''"))) return undefined;
  const at = node.value.start + (quoted ? 1 : 0);
  return { start: at + start, end: at + end };
}

/** Replaces the characters `start … end` of a scalar's value with `newText`, where `spanInScalar` finds them. */
export function replaceInScalar(ctx: RuleContext, path: YamlPath, value: string, start: number, end: number, newText: string): ReportedEdit | undefined {
  const span = spanInScalar(ctx, path, value, start, end);
  return span && { span, newText };
}
