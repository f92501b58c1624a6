import { z } from 'zod';
import { RULE_IDS, type RuleId } from '../check/registry';
import { docsUrl, RULES_BY_ID } from '../check/registry';
import { CEILINGS, DEFAULT_LIMITS, type Limits } from '../syntax/limits';

/**
 * `.budgetdoc.yaml`, the project configuration every face reads (CLI, language server, preview): one zod schema,
 * from which `schemas/budgetdoc-config.schema.json` is generated. Descriptions are in Chinese and English.
 */

const described = <T extends z.ZodType>(schema: T, zh: string, en: string): T => schema.describe(`${zh}\n${en}`);

export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;

const ruleSetting = z.enum(RULE_SETTINGS);

/** Each rule's title, default severity and documentation, as completion in the configuration shows them. */
const rules = z.strictObject(
  Object.fromEntries(RULE_IDS.map((id) => {
    const { meta } = RULES_BY_ID.get(id)!;
    return [id, described(ruleSetting.optional(), `${meta.title.zh}（默认 ${meta.severity}）`, `${meta.title.en} (${meta.severity} by default). ${docsUrl(id)}`)];
  })) as Record<RuleId, z.ZodOptional<typeof ruleSetting>>,
);

const LIMIT_TEXT: Record<keyof Limits, { zh: string; en: string }> = {
  maxDocumentBytes: { zh: '最大文件大小（UTF-8 字节）', en: 'Largest document, in UTF-8 bytes' },
  maxNestingDepth: { zh: '最深嵌套层数', en: 'Deepest nesting of lists and mappings' },
  maxAliasCount: { zh: '别名展开次数上限', en: 'Most alias expansions' },
  maxValues: { zh: '别名展开后值的个数上限', en: 'Most values once aliases are expanded' },
};

const limit = (key: keyof Limits) =>
  described(
    z.number().int().min(1).max(CEILINGS[key]).optional(),
    `${LIMIT_TEXT[key].zh}，默认 ${DEFAULT_LIMITS[key]}，最大 ${CEILINGS[key]}。`,
    `${LIMIT_TEXT[key].en}; ${DEFAULT_LIMITS[key]} by default, at most ${CEILINGS[key]}.`,
  );

/** Each top-level key, validated on its own so that one bad entry does not void the others. */
export const CONFIG_KEYS = {
  $schema: z.string().optional(),
  locale: described(
    z.enum(['auto', 'zh-CN', 'en']).optional(),
    '提示信息的语言：zh-CN、en，或 auto（跟随编辑器或终端的语言）。',
    'The language of messages: zh-CN, en, or auto (the editor\'s or the terminal\'s).',
  ),
  rules: described(
    rules.optional(),
    '各规则的级别：error、warning、info，或 off 关闭。未列出的规则用默认级别。',
    'Each rule\'s severity: error, warning, info, or off. Rules not listed keep their default.',
  ),
  ignores: described(
    z.array(z.string().min(1)).optional(),
    '不检查的文件：相对本配置文件所在文件夹的 glob，如 drafts/** 或 **/*.draft.budget.yaml。',
    'Files not checked: globs relative to this file\'s folder, such as drafts/** or **/*.draft.budget.yaml.',
  ),
  limits: described(
    z.strictObject({
      maxDocumentBytes: limit('maxDocumentBytes'),
      maxNestingDepth: limit('maxNestingDepth'),
      maxAliasCount: limit('maxAliasCount'),
      maxValues: limit('maxValues'),
    }).optional(),
    '一个文件最多可以占用的检查资源。',
    'How much one document may ask of the checker.',
  ),
} as const;

export const ConfigFile = described(
  z.strictObject(CONFIG_KEYS),
  '预算文件检查的项目配置（.budgetdoc.yaml）。',
  'The project configuration of budget document checks (.budgetdoc.yaml).',
);

/** `schemas/budgetdoc-config.schema.json`, generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigFile, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://budget-docs.github.io/schemas/budgetdoc-config.schema.json',
    title: '.budgetdoc.yaml',
  };
}
