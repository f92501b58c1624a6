import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../server/src/core/check/check';
import { recheck } from '../../server/src/core/check/incremental';
import { DEFAULT_SETTINGS } from '../../server/src/core/config/settings';
import { documentOutline, foldingRanges } from '../../server/src/lsp/features';
import type { Analysis } from '../../server/src/lsp/workspace';
import type { CheckResult } from '../../server/src/core';

const EXAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'cangzhou-2018.budget.yaml'), 'utf8');

const analysis = (version: number, result: CheckResult): Analysis => ({
  uri: 'file:///example.budget.yaml', version, result, settings: DEFAULT_SETTINGS, locale: 'zh-CN', ms: 0, cpuMs: 0,
});

describe('lsp features', () => {
  it("makes a version's symbols and folding ranges once, however often they are asked for", () => {
    const first = analysis(1, check(EXAMPLE));
    const symbols = documentOutline(first).symbols;
    const folds = foldingRanges(first);
    // The Outline, the breadcrumbs and sticky scroll each ask: the same answer, not made again.
    assert.equal(documentOutline(first).symbols, symbols);
    assert.equal(foldingRanges(first), folds);

    // The next version's are its own, as if made for it alone.
    const edited = EXAMPLE.replace('- name: 政务服务', '- name: 政务服务中心');
    const second = analysis(2, recheck(first.result, edited));
    assert.notEqual(documentOutline(second).symbols, symbols);
    assert.deepEqual(documentOutline(second).symbols, documentOutline(analysis(2, check(edited))).symbols);
    assert.deepEqual(foldingRanges(second), foldingRanges(analysis(2, check(edited))));
    assert.equal(JSON.stringify(documentOutline(second).symbols).includes('政务服务中心'), true);
  });
});
