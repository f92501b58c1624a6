// 部门预算支出经济分类科目 (department economic classification): only entries a named source prints.
// Where a code and name are printed for one year and again for a later one, the years between are
// carried (docs/classification.md, "Carried years"). Sources and their years: see `sources`.

import type { ClassificationData } from '../index';

const P = 'partial';

export const economicData: ClassificationData = {
  kind: 'economic',
  years: {
    2020: { 类: P, 款: P },
    2021: { 类: P, 款: P },
    2022: { 类: P, 款: P },
    2023: { 类: P, 款: P },
    2024: { 类: P, 款: P },
    2025: { 类: P, 款: P },
  },
  sources: {
    'hd-u-2020': {
      title: '部门预算支出经济分类科目 (a university finance office page, 快速指南 > 常用表格)',
      url: 'http://www.hd-u.com/cwc/info/1013/1198.htm',
      published: '2020-07-24',
      years: [2020],
      note: 'The page names no budget year; it is taken as the list in use when it was posted.',
    },
    'iask-2020': {
      title: '政府预算和部门预算支出经济分类科目对照表 (附表1 两套支出经济分类科目对照表)',
      url: 'http://m.ishare.iask.sina.com.cn/f/oIuBYFV8aL.html',
      published: '2020-04-30',
      years: [2020],
      note: 'Upload date 2020-04-30; the table names no budget year. Only its 部门预算经济分类 column is used.',
    },
    '1synews-2023': {
      title: '2023年部门预算支出经济分类科目 (收藏): 对比表及科目明细 of 《2023年政府收支分类科目》',
      url: 'http://1synews.com/sy/jingji/80117.html',
      years: [2023],
    },
    '360doc-2025': {
      title: '《2025年部门预算经济分类科目》对于“办公费”和“印刷费”的定义',
      url: 'http://360doc.com/content/25/0310/19/3378815_1148613520.shtml',
      published: '2025-03-10',
      years: [2025],
    },
    'kjlww-2025': {
      title: '《2025年部门预算经济分类科目》实务解析:办公费与印刷费分类标准',
      url: 'http://www.kjlww.com/m/article-76318.html',
      years: [2025],
    },
  },
  codes: {
    301: [[2020, 2023, '工资福利支出', ['hd-u-2020', 'iask-2020', '1synews-2023']]],
    30101: [[2020, 2020, '基本工资', ['hd-u-2020', 'iask-2020']]],
    30102: [[2020, 2020, '津贴补贴', ['hd-u-2020', 'iask-2020']]],
    30103: [[2020, 2023, '奖金', ['hd-u-2020', 'iask-2020', '1synews-2023']]],
    30106: [[2020, 2020, '伙食补助费', ['hd-u-2020', 'iask-2020']]],
    30107: [[2020, 2020, '绩效工资', ['hd-u-2020']]],
    30108: [[2020, 2023, '机关事业单位基本养老保险缴费', ['hd-u-2020', 'iask-2020', '1synews-2023']]],
    30109: [[2020, 2023, '职业年金缴费', ['hd-u-2020', 'iask-2020', '1synews-2023']]],
    30110: [[2020, 2023, '职工基本医疗保险缴费', ['hd-u-2020', 'iask-2020', '1synews-2023']]],
    30111: [[2020, 2020, '公务员医疗补助缴费', ['hd-u-2020', 'iask-2020']]],
    30112: [[2020, 2020, '其他社会保障缴费', ['hd-u-2020', 'iask-2020']]],
    30113: [[2020, 2020, '住房公积金', ['iask-2020']]],
    30114: [[2020, 2020, '医疗费', ['iask-2020']]],
    30199: [[2020, 2020, '其他工资福利支出', ['iask-2020']]],
    302: [[2020, 2023, '商品和服务支出', ['iask-2020', '1synews-2023']]],
    30201: [[2020, 2025, '办公费', ['iask-2020', '360doc-2025', 'kjlww-2025']]],
    30202: [[2020, 2025, '印刷费', ['iask-2020', '360doc-2025', 'kjlww-2025']]],
    30204: [[2020, 2020, '手续费', ['iask-2020']]],
    30205: [[2020, 2020, '水费', ['iask-2020']]],
    30206: [[2020, 2020, '电费', ['iask-2020']]],
    30207: [[2020, 2020, '邮电费', ['iask-2020']]],
    30208: [[2020, 2020, '取暖费', ['iask-2020']]],
    30209: [[2020, 2020, '物业管理费', ['iask-2020']]],
    30211: [[2020, 2020, '差旅费', ['iask-2020']]],
    30214: [[2020, 2020, '租赁费', ['iask-2020']]],
    30215: [[2020, 2020, '会议费', ['iask-2020']]],
    30216: [[2020, 2020, '培训费', ['iask-2020']]],
    30218: [[2020, 2020, '专用材料费', ['iask-2020']]],
    30224: [[2020, 2020, '被装购置费', ['iask-2020']]],
    30228: [[2020, 2020, '工会经费', ['iask-2020']]],
    30229: [[2020, 2020, '福利费', ['iask-2020']]],
    30239: [[2020, 2020, '其他交通费用', ['iask-2020']]],
    30240: [[2020, 2020, '税金及附加费用', ['iask-2020']]],
  },
};
