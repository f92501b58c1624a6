import { statistics } from './support';
import { ruleTester } from './tester';

const STATE_CAPITAL = '  stateCapital:                              # 表九 国有资本经营预算支出表\n    empty: 本部门2024年无国有资本经营预算拨款，故本表无数据。\n';
const FUND_EMPTY = '    empty: 本部门2024年没有使用政府性基金预算拨款安排的支出，故本表无数据。';

ruleTester('missing-table', {
  severity: 'error',
  valid: [
    { name: 'finds nothing when all eight tables under tables are there, the two empty ones saying why', text: statistics() },
    { name: 'says nothing of tables in a document without tables', text: statistics().replace(/^tables:[\s\S]*$/m, '') },
  ],
  invalid: [
    {
      name: 'flags 表九 left out, at tables',
      text: statistics([STATE_CAPITAL, '']),
      findings: [{
        path: 'tables', range: '83:1-83:7',
        message: {
          zh: '缺少表九（国有资本经营预算支出表）：tables 下应有 stateCapital；没有数据的表也要列出，并用 empty 说明原因',
          en: 'Table 9 (state capital) is missing: tables needs stateCapital; a table without data is listed all the same, with its reason in empty',
        },
        expected: 'stateCapital',
      }],
    },
    {
      name: 'flags an empty table that does not say why',
      text: statistics([FUND_EMPTY, '    rows: []']),
      findings: [{
        path: 'tables.governmentFund', range: '169:3-169:17',
        message: { zh: '表八（政府性基金预算支出表）没有数据行，也没有用 empty 说明为何为空表', en: 'Table 8 (government fund) has no rows and no empty reason saying why' },
      }],
    },
    {
      name: 'flags an empty reason beside rows, at the reason',
      text: statistics(['  basic:                                     # 表六 一般公共预算基本支出表\n', '  basic:                                     # 表六 一般公共预算基本支出表\n    empty: 本表无数据。\n']),
      findings: [{
        path: 'tables.basic.empty', range: '149:12-149:18',
        message: { zh: '表六（一般公共预算基本支出表）已有数据行，却又写了空表说明 empty：请删去其一', en: 'Table 6 (basic expenditure) has rows and an empty reason as well: remove one of them' },
      }],
    },
  ],
});
