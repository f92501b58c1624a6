// Published department budget and final-account documents (部门预算 / 部门决算) whose tables print
// function and economic codes with their names. Each is reached through the page text that
// GovBudgetChecker froze from the published PDF for its tests (with the PDF's SHA-256 where it
// records one); docs/classification.md says which tables are read and how their entries are cross-checked.

import type { SourceRef } from '../index';

const FIXTURES = 'https://github.com/zxj6827111-blip/GovBudgetChecker/blob';

const fixture = (commit: string, file: string): string => `${FIXTURES}/${commit}/tests/fixtures/${file}`;

export type DepartmentDocument =
  | 'putuo-sqlu-2025'
  | 'putuo-wlj-2025'
  | 'putuo-ycl-2025'
  | 'putuo-sthj-2025'
  | 'putuo-sqlu-2026'
  | 'putuo-cgzf-2026'
  | 'putuo-jgw-2026'
  | 'putuo-wlj-2026';

const documents: Readonly<Record<DepartmentDocument, SourceRef>> = {
  'putuo-sqlu-2025': {
    title: '上海市普陀区人民政府石泉路街道办事处2025年度部门决算',
    url: fixture('0e03cb27ab9b69964906e86e8012d040eb687883', 'shiquan_narrative_truth_page_data.json'),
    years: [2025],
    note: 'Page text of the published PDF (44 pages, SHA-256 e8315830…) as frozen in GovBudgetChecker.',
  },
  'putuo-wlj-2025': {
    title: '上海市普陀区文化和旅游局2025年度部门决算',
    url: fixture('2b25528d73424f2516dc76ed847de00268252008', 'wenlv_narrative_truth_page_data.json'),
    years: [2025],
    note: 'Page text of the published PDF (33 pages) as frozen in GovBudgetChecker.',
  },
  'putuo-ycl-2025': {
    title: '上海市普陀区人民政府宜川路街道办事处2025年度部门决算',
    url: fixture('99aa692fd039201e5baa0bb930d9e97ec87bbaf2', 'cross_san_gong_truth_page_data.json'),
    years: [2025],
    note: 'Page text of the published PDF (41 pages, SHA-256 f809eef2…) as frozen in GovBudgetChecker.',
  },
  'putuo-sthj-2025': {
    title: '上海市普陀区生态环境局2025年度部门决算',
    url: fixture('55d3e26e898f290fa8979a595519353f57fb1565', 'sample_page_data.json'),
    years: [2025],
    note: 'Page text of the published PDF (31 pages, SHA-256 113b98bb…) as frozen in GovBudgetChecker; where a name wraps in one table it is read from the table that prints it whole.',
  },
  'putuo-sqlu-2026': {
    title: '上海市普陀区2026年区级单位预算: 上海市普陀区人民政府石泉路街道办事处（本级）',
    url: `${FIXTURES}/ddcca7fa8334a3f25b3fb232a055be4388d287c0/tmp/shiquan_unit26_pages.json`,
    years: [2026],
    note: 'Page text of the published unit budget (34 pages) as extracted in GovBudgetChecker; no checksum is recorded for it.',
  },
  'putuo-cgzf-2026': {
    title: '上海市普陀区城市管理行政执法局2026年部门预算',
    url: fixture('c5fdaeae373266e6f1f4318a53e0d04771ebb976', 'chengguan_budget_page_data.json'),
    years: [2026],
    note: 'Page text of the published PDF (24 pages, SHA-256 c56f4368…) as frozen in GovBudgetChecker.',
  },
  'putuo-jgw-2026': {
    title: '上海市普陀区建设和管理委员会2026年度部门预算',
    url: fixture('80b8ed41f612447b033fc4ed3f1dd584eb31b721', 'jianguanwei_budget_page_data.json'),
    years: [2026],
    note: 'Page text of the published PDF (24 pages, SHA-256 73528f0b…) as frozen in GovBudgetChecker.',
  },
  'putuo-wlj-2026': {
    title: '上海市普陀区文化和旅游局2026年部门预算',
    url: fixture('c5fdaeae373266e6f1f4318a53e0d04771ebb976', 'wenlvju_budget_page_data.json'),
    years: [2026],
    note: 'Page text of the published PDF (27 pages, SHA-256 19447c3c…) as frozen in GovBudgetChecker.',
  },
};

/** The documents as sources, each titled with the tables of it that a data set reads. */
export function departmentSources(
  tables: Readonly<Record<DepartmentDocument, string>>,
): Record<DepartmentDocument, SourceRef> {
  const out = {} as Record<DepartmentDocument, SourceRef>;
  for (const key of Object.keys(documents) as DepartmentDocument[]) {
    out[key] = { ...documents[key], title: `${documents[key].title} (${tables[key]})` };
  }
  return out;
}
