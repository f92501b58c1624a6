/**
 * Document text made inert for a markdown tooltip: every character markdown
 * or HTML could act on is escaped, so a name like `[x](command:…)` or
 * `<img>` shows as written and never becomes a link, an image or markup.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|~:<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/**
 * A tooltip's markdown as plain text, for a client that shows no markdown: the bold, italic and code marks dropped, what
 * `escapeMarkdown` escaped written back as it was.
 */
export function markdownToPlain(markdown: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&' };
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|~:<>&])|\*|`|&(lt|gt|amp);/g, (_, escaped: string | undefined, entity: string | undefined) =>
    escaped ?? (entity ? entities[entity]! : ''));
}

/**
 * A snippet (`name: ${1:职责活动}`, `category: ${3|货物,工程,服务|}`) as the plain text it inserts, for a client
 * without snippets: a placeholder's text, a choice's first option.
 */
export function snippetToPlain(snippet: string): string {
  return snippet.replace(/\\([$}\\|,])|\$\{\d+:([^}]*)\}|\$\{\d+\|([^,|]*)[^}]*\|\}|\$\{\d+\}|\$\d+/g,
    (_, escaped: string | undefined, placeholder: string | undefined, choice: string | undefined) => escaped ?? placeholder ?? choice ?? '');
}
