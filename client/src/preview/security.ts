import { randomBytes } from 'crypto';
import { Uri, type WebviewOptions, type WebviewPanelOptions } from 'vscode';

/** A fresh nonce per page: the only inline style and script the CSP lets run. */
export function nonce(): string {
  return randomBytes(18).toString('base64');
}

/** The folder the webview may load from: our own media, nothing of the workspace. */
export function mediaRoot(extensionUri: Uri): Uri {
  return Uri.joinPath(extensionUri, 'media');
}

/** Scripts on (for media/preview.js only: the CSP admits no other), forms off, resources from media/ only. */
export function webviewOptions(extensionUri: Uri): WebviewOptions & WebviewPanelOptions {
  return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [mediaRoot(extensionUri)], enableFindWidget: true };
}
