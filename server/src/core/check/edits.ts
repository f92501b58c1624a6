import { coreValue } from '../syntax/fast-parse';
import type { ReportedEdit, RuleContext } from './rule';
import type { YamlPath } from '../syntax/source';

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
