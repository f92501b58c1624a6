// 支出功能分类科目 (function classification): only entries a named source prints with code and year.
// Both sources are Ministry of Finance revision notices, as reproduced by the pages named in `sources`;
// each prints a handful of codes, so every bundled year is partial at every level.

import type { ClassificationData } from '../index';

const P = 'partial';

export const functionData: ClassificationData = {
  kind: 'function',
  years: {
    2024: { 类: P, 款: P, 项: P },
    2025: { 类: P, 款: P, 项: P },
  },
  sources: {
    'mof-2024-supplement': {
      title: '财政部关于对2024年政府收支分类科目进行个别增补的通知 (《2024年政府收支分类科目》修订印发)',
      url: 'http://zk.cxy21.com/statute/11893/detail',
      published: '2024-03-29',
      years: [2024],
      note: 'Reproduced by a continuing-education site; the notice is dated 2024年3月29日.',
    },
    'mof-2025-revision': {
      title: '财政部修订2025年政府收支分类科目 (财预〔2025〕41号, 财政部关于修订2025年政府收支分类科目的通知)',
      url: 'https://www.zgcznet.com/zt/202507/20250701/j_2025070115553800017513566712341718.html',
      published: '2025-05-23',
      years: [2025],
      note: 'Reproduced by 中国财政杂志社 (zgcznet.com).',
    },
  },
  codes: {
    2170404: [[2025, 2025, '中央金融机构注资特别国债支出', ['mof-2025-revision']]],
    220: [[2024, 2024, '自然资源海洋气象等支出', ['mof-2024-supplement']]],
    22006: [[2024, 2024, '耕地保护考核奖惩基金支出', ['mof-2024-supplement']]],
    22911: [[2025, 2025, '中央金融机构注资特别国债财务基金支出', ['mof-2025-revision']]],
    23004: [[2024, 2024, '政府性基金转移支付', ['mof-2024-supplement']]],
    2300412: [[2024, 2024, '自然资源海洋气象等', ['mof-2024-supplement']]],
    23107: [[2025, 2025, '中央金融机构注资特别国债还本支出', ['mof-2025-revision']]],
  },
};
