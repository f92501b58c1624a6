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

/** The locale a process's environment asks for, as POSIX reads it: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeOfEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  return toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export const L = (zh: string, en: string): Localized => ({ zh, en });
