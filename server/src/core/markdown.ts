/**
 * Document text made inert for a markdown tooltip: every character markdown
 * or HTML could act on is escaped, so a name like `[x](command:…)` or
 * `<img>` shows as written and never becomes a link, an image or markup.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|~:<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}
