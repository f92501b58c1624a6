// 支出功能分类科目 (function classification): only entries a named source prints with code and year.
// Two kinds of source: Ministry of Finance revision notices (authoritative for what they print), and
// published department budget and final-account tables (部门预算 / 部门决算), whose entries are kept
// only where a second document prints the same code with the same name and no table of that year at
// hand prints another name for it (docs/classification.md, "Cross-checking department tables").
// Every bundled year is partial at every level.

import type { ClassificationData } from '../index';
import { departmentSources } from './department-tables';

const P = 'partial';

export const functionData: ClassificationData = {
  kind: 'function',
  years: {
    2024: { 类: P, 款: P, 项: P },
    2025: { 类: P, 款: P, 项: P },
    2026: { 类: P, 款: P, 项: P },
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
    ...departmentSources({
      'putuo-sqlu-2025': '收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表',
      'putuo-wlj-2025': '收入决算表, 支出决算表',
      'putuo-cgzf-2026': '部门收入预算总表, 部门支出预算总表, 一般公共预算支出功能分类预算表',
      'putuo-jgw-2026': '部门收入预算总表, 部门支出预算总表, 一般公共预算支出功能分类预算表',
      'putuo-wlj-2026': '部门收入预算总表, 部门支出预算总表, 一般公共预算支出功能分类预算表',
    }),
  },
  codes: {
    207: [[2025, 2026, '文化旅游体育与传媒支出', ['putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    20701: [[2025, 2026, '文化和旅游', ['putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070101: [[2025, 2026, '行政运行', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070104: [[2025, 2026, '图书馆', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070105: [[2025, 2026, '文化展示及纪念机构', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070108: [[2025, 2026, '文化活动', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070109: [[2025, 2026, '群众文化', ['putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070110: [[2025, 2026, '文化和旅游交流与合作', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070111: [[2025, 2026, '文化创作与保护', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070112: [[2025, 2026, '文化和旅游市场管理', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070113: [[2025, 2026, '旅游宣传', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070114: [[2025, 2026, '文化和旅游管理事务', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2070199: [[2025, 2026, '其他文化和旅游支出', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    20799: [[2025, 2026, '其他文化旅游体育与传媒支出', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2079903: [[2025, 2026, '文化产业发展专项支出', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    2079999: [[2025, 2026, '其他文化旅游体育与传媒支出', ['putuo-wlj-2025', 'putuo-wlj-2026']]],
    208: [[2025, 2026, '社会保障和就业支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    20805: [[2026, 2026, '行政事业单位养老支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-wlj-2026']]],
    2080501: [[2025, 2026, '行政单位离退休', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2080502: [[2025, 2026, '事业单位离退休', ['putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2080505: [[2025, 2026, '机关事业单位基本养老保险缴费支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2080506: [[2025, 2026, '机关事业单位职业年金缴费支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2080599: [[2025, 2026, '其他行政事业单位养老支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    20807: [[2025, 2026, '就业补助', ['putuo-jgw-2026', 'putuo-sqlu-2025']]],
    2080705: [[2025, 2026, '公益性岗位补贴', ['putuo-jgw-2026', 'putuo-sqlu-2025']]],
    20808: [[2025, 2026, '抚恤', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025']]],
    2080801: [[2025, 2026, '死亡抚恤', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025']]],
    210: [[2025, 2026, '卫生健康支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    21011: [[2025, 2026, '行政事业单位医疗', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2101101: [[2025, 2026, '行政单位医疗', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2101102: [[2025, 2026, '事业单位医疗', ['putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    212: [[2025, 2026, '城乡社区支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025']]],
    21201: [[2025, 2026, '城乡社区管理事务', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025']]],
    2120101: [[2025, 2026, '行政运行', ['putuo-jgw-2026', 'putuo-sqlu-2025']]],
    2120104: [[2025, 2026, '城管执法', ['putuo-cgzf-2026', 'putuo-sqlu-2025']]],
    2120199: [[2025, 2026, '其他城乡社区管理事务支出', ['putuo-jgw-2026', 'putuo-sqlu-2025']]],
    21203: [[2025, 2026, '城乡社区公共设施', ['putuo-jgw-2026', 'putuo-sqlu-2025']]],
    2120399: [[2025, 2026, '其他城乡社区公共设施支出', ['putuo-jgw-2026', 'putuo-sqlu-2025']]],
    215: [[2025, 2026, '资源勘探工业信息等支出', ['putuo-jgw-2026', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    21508: [[2025, 2026, '支持中小企业发展和管理支出', ['putuo-jgw-2026', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2150899: [[2025, 2026, '其他支持中小企业发展和管理支出', ['putuo-jgw-2026', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2170404: [[2025, 2025, '中央金融机构注资特别国债支出', ['mof-2025-revision']]],
    220: [[2024, 2024, '自然资源海洋气象等支出', ['mof-2024-supplement']]],
    22006: [[2024, 2024, '耕地保护考核奖惩基金支出', ['mof-2024-supplement']]],
    221: [[2025, 2026, '住房保障支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    22102: [[2025, 2026, '住房改革支出', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2210201: [[2025, 2026, '住房公积金', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    2210203: [[2025, 2026, '购房补贴', ['putuo-cgzf-2026', 'putuo-jgw-2026', 'putuo-sqlu-2025', 'putuo-wlj-2025', 'putuo-wlj-2026']]],
    22911: [[2025, 2025, '中央金融机构注资特别国债财务基金支出', ['mof-2025-revision']]],
    23004: [[2024, 2024, '政府性基金转移支付', ['mof-2024-supplement']]],
    2300412: [[2024, 2024, '自然资源海洋气象等', ['mof-2024-supplement']]],
    23107: [[2025, 2025, '中央金融机构注资特别国债还本支出', ['mof-2025-revision']]],
  },
};
