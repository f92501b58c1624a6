import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Uri, type WebviewOptions, type WebviewPanelOptions } from 'vscode';
import type { PageMedia } from '../../../server/src/render';

/** A fresh nonce per page: the only inline style and script the CSP lets run. */
export function nonce(): string {
  return randomBytes(18).toString('base64');
}

let media: PageMedia | undefined;

/** The page's own stylesheet and script, read from the extension's media/ once, for every page to hold. */
export function pageMedia(extensionUri: Uri): PageMedia {
  const read = (name: string) => readFileSync(join(extensionUri.fsPath, 'media', name), 'utf8');
  return (media ??= { style: read('preview.css'), script: read('preview.js') });
}

/** Scripts on (the page's own only: the CSP admits no other), forms off, no resources: the page holds all it uses. */
export function webviewOptions(): WebviewOptions & WebviewPanelOptions {
  return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [], enableFindWidget: true };
}
