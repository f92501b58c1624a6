import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { at, closeAll, diagnosticsOf, notification, notificationShows, open, scratch, waitFor } from './helpers';

const zh = vscode.env.language.toLowerCase().startsWith('zh');
const offer = (file: string) => (zh ? `${file} 看起来是预算信息公开文件，是否按预算文件检查？` : `${file} looks like a budget disclosure document. Check it as one?`);
const CHECK = zh ? '按预算文件检查' : 'Check as Budget YAML';
const rename = (file: string) => (zh ? `重命名为 ${file}` : `Rename to ${file}`);
const DONT_ASK = zh ? '不再询问' : "Don't Ask Again";

const WORKFLOW = 'name: CI\non:\n  push:\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

/** The open document at `uri`, once it has the language `languageId`. */
const documentIn = (uri: vscode.Uri, languageId: string) =>
  waitFor(`${path.basename(uri.fsPath)} in ${languageId}`, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId));

describe('a budget document saved as plain YAML', function () {
  // The code-server runner looks at the workbench's notifications; test-electron cannot.
  before(function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip();
  });
  afterEach(closeAll);

  it('budget.yaml with the example in it opens as YAML with an offer, and Check as Budget YAML checks it: rate-mismatch on 74', async () => {
    const uri = scratch(undefined, 'budget.yaml');
    const editor = await open(uri);
    assert.equal(editor.document.languageId, 'yaml');
    assert.deepEqual(await notification(offer('budget.yaml'), CHECK), [CHECK, rename('budget.budget.yaml'), DONT_ASK]);
    await documentIn(uri, 'budget-yaml');
    const found = (await diagnosticsOf(uri)).map(at);
    assert.ok(found.includes('rate-mismatch@74'), `no rate-mismatch@74 among ${found.join(', ')}`);
  });

  it('Rename to budget.budget.yaml renames the file, which then opens as Budget YAML and is checked', async () => {
    const uri = scratch(undefined, 'budget.yaml');
    const renamed = vscode.Uri.file(path.join(path.dirname(uri.fsPath), 'budget.budget.yaml'));
    await open(uri);
    await notification(offer('budget.yaml'), rename('budget.budget.yaml'));
    await waitFor('budget.yaml renamed to budget.budget.yaml', () => !fs.existsSync(uri.fsPath) && fs.existsSync(renamed.fsPath));
    await documentIn(renamed, 'budget-yaml');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), renamed.toString());
    const found = (await diagnosticsOf(renamed)).map(at);
    assert.ok(found.includes('rate-mismatch@74'), `no rate-mismatch@74 among ${found.join(', ')}`);
  });

  it('offers no rename where budget.budget.yaml is taken, only the switch', async () => {
    const uri = scratch(undefined, 'budget.yaml');
    fs.writeFileSync(path.join(path.dirname(uri.fsPath), 'budget.budget.yaml'), 'budget: 1\n');
    await open(uri);
    assert.deepEqual(await notification(offer('budget.yaml'), CHECK), [CHECK, DONT_ASK]);
    await documentIn(uri, 'budget-yaml');
  });

  it('a GitHub workflow gets no offer; Don\'t Ask Again keeps the next budget-shaped YAML of the workspace unasked', async () => {
    await open(scratch(WORKFLOW, 'ci.yaml'));
    // Files are looked at in the order they show: once plan.yaml's offer is there, ci.yaml's would be too.
    await open(scratch(undefined, 'plan.yaml'));
    await notification(offer('plan.yaml'), DONT_ASK);
    assert.equal(await notificationShows(offer('ci.yaml')), false, 'an offer for ci.yaml');
    const later = await open(scratch(undefined, 'later.yaml'));
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(await notificationShows(offer('later.yaml')), false, 'an offer for later.yaml after Don\'t Ask Again');
    assert.equal(later.document.languageId, 'yaml');
  });
});
