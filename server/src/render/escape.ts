const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one escape for every string that reaches the page, in text and in
 * quoted attribute values alike (HTML and inline SVG): nothing a document
 * says can open a tag, close an attribute or end a `<style>`.
 */
export function escape(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
