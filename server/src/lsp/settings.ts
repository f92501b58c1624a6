import type { CheckOptions, RuleSetting } from '../core/check/check';
import { isRuleId, type RuleId } from '../core/check/finding';
import { DEFAULT_LIMITS, resolveLimits, type Limits } from '../core/syntax/limits';
import { toLocale, type Locale } from '../core/locale';
import type { SumHints } from '../core/features/inlay-hints';

/** The `budget.*` settings, as a client sends them (workspace/configuration, section `budget`). */
export interface Settings {
  readonly locale: 'auto' | Locale;
  readonly rules: Partial<Record<RuleId, RuleSetting>>;
  readonly inlayHints: { readonly sums: SumHints };
  /** `budget.limits.*`, already validated and clamped as the core does. */
  readonly limits: Limits;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto', rules: {}, inlayHints: { sums: 'mismatched' }, limits: DEFAULT_LIMITS };

const RULE_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];
const SUM_HINTS: readonly string[] = ['mismatched', 'all', 'off'];

/** Settings from whatever a client sent: unknown keys and bad values fall back to the defaults. */
export function readSettings(raw: unknown): Settings {
  const o = record(raw);
  const locale = o.locale === 'zh-CN' || o.locale === 'en' ? o.locale : 'auto';
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const [id, value] of Object.entries(record(o.rules))) {
    if (isRuleId(id) && typeof value === 'string' && RULE_SETTINGS.includes(value)) rules[id] = value as RuleSetting;
  }
  const sums = record(o.inlayHints).sums;
  return {
    locale,
    rules,
    inlayHints: { sums: typeof sums === 'string' && SUM_HINTS.includes(sums) ? (sums as SumHints) : 'mismatched' },
    limits: resolveLimits(record(o.limits)),
  };
}

/** The locale messages are shown in: the setting, or the client's own for `auto`. */
export function localeOf(settings: Settings, clientLocale: string | undefined): Locale {
  return settings.locale === 'auto' ? toLocale(clientLocale) : settings.locale;
}

export function checkOptions(settings: Settings): CheckOptions {
  // The incremental check honours limits as the full one does, defaults or not.
  return { rules: settings.rules, limits: settings.limits };
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
