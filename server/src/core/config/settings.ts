import type { CheckOptions, RuleSetting } from '../check/check';
import { isRuleId, RULE_IDS, type RuleId } from '../check/registry';
import { DEFAULT_LIMITS, resolveLimits, type Limits } from '../syntax/limits';
import { toLocale, type Locale } from '../locale';
import type { ShareHints, SumHints } from '../features/inlay-hints';
import { DEFAULT_OUTLINE_ITEMS } from '../features/outline';
import { isIgnored, type ProjectConfig } from './load';
import { RULE_SETTINGS } from './schema';

/**
 * The settings a document is checked under, from three layers (docs/configuration.md): the built-in defaults, the
 * project's `.budgetdoc.yaml`, and on top the editor's `budget.*` settings (or the CLI's options).
 */
export interface Settings {
  readonly locale: 'auto' | Locale;
  readonly rules: Partial<Record<RuleId, RuleSetting>>;
  readonly inlayHints: { readonly sums: SumHints; readonly shares: ShareHints };
  /** The most items a document's outline gives the editor (`limitOutline`). */
  readonly outline: { readonly maxItems: number };
  /** Validated and clamped as the core does. */
  readonly limits: Limits;
  /** The configuration file that applies, if any. */
  readonly config?: ProjectConfig;
  /** Whether the configuration's `ignores` leave the document out: it is then checked with every rule off. */
  readonly ignored: boolean;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'auto', rules: {}, inlayHints: { sums: 'mismatched', shares: 'off' }, outline: { maxItems: DEFAULT_OUTLINE_ITEMS }, limits: DEFAULT_LIMITS, ignored: false };

const SUM_HINTS: readonly string[] = ['mismatched', 'all', 'off'];
const SHARE_HINTS: readonly string[] = ['all', 'off'];

/**
 * The settings of a document: the editor's `budget` section (as a client sends it; unknown keys and bad values say
 * nothing) over the project configuration. An editor value equal to the built-in default (`locale: auto`, a limit
 * left at its default) is one the user did not set, so the configuration's stands.
 */
export function resolveSettings(editor: unknown, config?: ProjectConfig, documentPath?: string): Settings {
  const o = record(editor);
  const editorLocale = o.locale === 'zh-CN' || o.locale === 'en' ? o.locale : undefined;
  const rules: Partial<Record<RuleId, RuleSetting>> = { ...config?.rules };
  for (const [id, value] of Object.entries(record(o.rules))) {
    if (isRuleId(id) && typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value)) rules[id] = value as RuleSetting;
  }
  const fromEditor = resolveLimits(record(o.limits));
  const fromConfig = resolveLimits(config?.limits ?? {});
  const limits = Object.fromEntries(
    (Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]).map((k) => [k, fromEditor[k] !== DEFAULT_LIMITS[k] ? fromEditor[k] : fromConfig[k]]),
  ) as unknown as Limits;
  const { sums, shares } = record(o.inlayHints);
  const { maxItems } = record(o.outline);
  return {
    locale: editorLocale ?? config?.locale ?? 'auto',
    rules,
    inlayHints: {
      sums: typeof sums === 'string' && SUM_HINTS.includes(sums) ? (sums as SumHints) : 'mismatched',
      shares: typeof shares === 'string' && SHARE_HINTS.includes(shares) ? (shares as ShareHints) : 'off',
    },
    // None (0) or a whole number of items; anything else is the default.
    outline: { maxItems: typeof maxItems === 'number' && Number.isSafeInteger(maxItems) && maxItems >= 0 ? maxItems : DEFAULT_OUTLINE_ITEMS },
    limits,
    ...(config ? { config } : {}),
    ignored: documentPath !== undefined && isIgnored(config, documentPath),
  };
}

/** The locale messages are shown in: the settings', or the client's (or terminal's) own for `auto`. */
export function localeOf(settings: Settings, clientLocale: string | undefined): Locale {
  return settings.locale === 'auto' ? toLocale(clientLocale) : settings.locale;
}

const ALL_OFF: Partial<Record<RuleId, RuleSetting>> = Object.fromEntries(RULE_IDS.map((id) => [id, 'off']));

export function checkOptions(settings: Settings): CheckOptions {
  // The incremental check honours limits as the full one does, defaults or not.
  return { rules: settings.ignored ? ALL_OFF : settings.rules, limits: settings.limits };
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
