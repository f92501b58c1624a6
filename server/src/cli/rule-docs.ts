import { readFileSync } from 'fs';
import { join } from 'path';
import type { Locale, RuleId } from '../core';

/** docs/rules/*.md, put into the bundle by scripts/build.mjs (as JSON text); read from the checkout when run from source. */
declare const BUDGETDOC_RULE_DOCS: string;
const bundled: Record<string, string> | undefined = typeof BUDGETDOC_RULE_DOCS === 'string' ? (JSON.parse(BUDGETDOC_RULE_DOCS) as Record<string, string>) : undefined;

/** A rule's page, docs/rules/<id>.md, as Markdown. */
export function ruleDoc(id: RuleId): string | undefined {
  if (bundled) return bundled[id];
  try {
    return readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** The page's "What it catches" paragraph in one language, as plain text. */
export function ruleDescription(doc: string, locale: Locale): string | undefined {
  const label = locale === 'zh-CN' ? /^\*\*中文：\*\*\s*(.+)$/m : /^\*\*English:\*\*\s*(.+)$/m;
  const paragraph = label.exec(doc)?.[1];
  return paragraph === undefined ? undefined : plain(paragraph);
}

/** Markdown's marks dropped: code spans and emphasis keep their text, links their label. */
export function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]*)`/g, '$1').trim();
}
