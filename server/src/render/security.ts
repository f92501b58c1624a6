import { createHash } from 'crypto';

/**
 * The content security policy of a rendered page. The preview allows only
 * its nonce'd inline styles and script, which are our own, and loads
 * nothing; the export allows its one inline stylesheet by hash and nothing
 * else: no script, no network, whatever the document's text.
 */
export function previewPolicy(nonce: string): string {
  return `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
}

export function exportPolicy(inlineCss: string): string {
  const hash = createHash('sha256').update(inlineCss, 'utf8').digest('base64');
  return `default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}
