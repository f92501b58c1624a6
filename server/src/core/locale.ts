/** A text for users, in both languages the product speaks. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export type Locale = 'zh-CN' | 'en';

export function localize(text: Localized, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** Chinese for any zh* locale tag (zh, zh-cn, zh-Hans-CN …), English otherwise. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^zh\b|^zh[-_]/i.test(tag) ? 'zh-CN' : 'en';
}

export const L = (zh: string, en: string): Localized => ({ zh, en });
