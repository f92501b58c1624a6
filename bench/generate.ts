/**
 * Realistic, fully consistent budget documents of any size: N top-level
 * activities with three children each, every total agreeing, every section
 * filled. Seeded, so that a size always yields the same text.
 */

const DOMAINS = ['政务服务', '财政管理', '审计监督', '城乡规划', '国土资源', '环境保护', '安全生产', '招商引资', '社会事业', '卫生计生',
  '教育发展', '文化旅游', '交通运输', '水利建设', '农业农村', '市场监管', '应急管理', '住房保障', '人力资源', '科技创新'];
const ACTIONS = ['综合协调', '会议管理', '督查督办', '信息公开', '档案管理', '项目评审', '资金监管', '专项检查', '宣传培训', '设施维护',
  '数据统计', '应急保障', '执法巡查', '政策研究', '服务窗口', '绩效评价'];
const CONTENTS = [
  '沟通、协调好各项日常工作和重大事项工作。',
  '组织开展专项检查，督促问题整改到位。',
  '统筹安排资金使用，确保专款专用。',
  '推进政务数据共享，提升办事效率。',
];
const GOALS = [
  '保障机关正常运转，按时完成各项任务。',
  '严格控制经费支出，提高资金使用效益。',
  '规范业务流程，服务质量稳步提高。',
];
const INDICATORS = ['任务完成率', '群众满意度', '按时办结率', '资金到位率', '问题整改率', '信息公开率'];
const GRADES = [
  '{ excellent: ≥95%, good: ≥85%, fair: ≥75%, poor: <75% }',
  '{ excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }',
];

/** mulberry32: a small seeded generator, so that runs are repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cents of 万元 as written with two decimals. */
function money(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** `cents` split into `parts` random non-negative parts that add up to it exactly. */
function split(cents: number, parts: number, rnd: () => number): number[] {
  const weights = Array.from({ length: parts }, () => 1 + rnd());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((cents * w) / sum));
  out[0]! += cents - out.reduce((a, b) => a + b, 0);
  return out;
}

/** 万元 cents in 元, exactly: one cent of 万元 is 100 元. */
function yuan(cents: number): string {
  return `${cents * 100}.00`;
}

/**
 * The nine standard tables in 元 for a text in 万元, every figure agreeing with the text's basic and project
 * expenditure: `classes` function 类 of 4 款 of 4 项 each (in 表三 and 表五; 类 and 款 in 表四 and 表一), and 20
 * economic 类 of 24 款 in 表六. At 32 classes that is about 2,000 table rows.
 */
function tables(classes: number, basic: number, project: number, rnd: () => number): string[] {
  const leaves = classes * 16;
  const b = split(basic, leaves, rnd);
  const p = split(project, leaves, rnd);
  const rows: { code: number; name: string; basic: number; project: number }[] = [];
  const top: typeof rows = [];
  const sections: typeof rows = [];
  for (let c = 0; c < classes; c++) {
    const cls = { code: 201 + c, name: `${DOMAINS[c % DOMAINS.length]}支出`, basic: 0, project: 0 };
    rows.push(cls);
    top.push(cls);
    for (let k = 1; k <= 4; k++) {
      const sec = { code: cls.code * 100 + k, name: `${DOMAINS[c % DOMAINS.length]}事务${k}`, basic: 0, project: 0 };
      rows.push(sec);
      sections.push(sec);
      for (let i = 1; i <= 4; i++) {
        const n = (c * 4 + k - 1) * 4 + i - 1;
        rows.push({ code: sec.code * 100 + i, name: `${ACTIONS[n % ACTIONS.length]}${i}`, basic: b[n]!, project: p[n]! });
        sec.basic += b[n]!;
        sec.project += p[n]!;
      }
      cls.basic += sec.basic;
      cls.project += sec.project;
    }
  }
  const total = basic + project;
  const row = (r: (typeof rows)[number]) => `      - { code: ${r.code}, name: ${r.name}, amount: ${yuan(r.basic + r.project)}, basic: ${yuan(r.basic)}, project: ${yuan(r.project)} }`;
  const eco = split(basic, 20 * 24, rnd);
  const ecoRows: string[] = [];
  let personnel = 0;
  for (let c = 0; c < 20; c++) {
    const side = c % 2 === 0 ? 'personnel' : 'public';
    const other = side === 'personnel' ? 'public' : 'personnel';
    const parts = eco.slice(c * 24, c * 24 + 24);
    const sum = parts.reduce((a, x) => a + x, 0);
    if (side === 'personnel') personnel += sum;
    ecoRows.push(`      - { code: ${301 + c}, name: 经济分类${c + 1}, amount: ${yuan(sum)}, ${side}: ${yuan(sum)}, ${other}: 0 }`);
    parts.forEach((x, k) => ecoRows.push(`      - { code: ${(301 + c) * 100 + k + 1}, name: 经济分类${c + 1}款${k + 1}, amount: ${yuan(x)}, ${side}: ${yuan(x)}, ${other}: 0 }`));
  }
  return [
    'tables:',
    '  unit: 元',
    '  summary:',
    `    income: { total: ${yuan(total)}, items: [{ source: generalBudget, amount: ${yuan(total)} }] }`,
    '    expenditure:',
    `      total: ${yuan(total)}`,
    '      items:',
    ...top.map((r) => `        - { code: ${r.code}, name: ${r.name}, amount: ${yuan(r.basic + r.project)} }`),
    '  income:',
    `    total: { amount: ${yuan(total)}, generalBudget: ${yuan(total)} }`,
    `    rows: [{ unit: 开发区管委会, amount: ${yuan(total)}, generalBudget: ${yuan(total)} }]`,
    '  expenditure:',
    `    total: { amount: ${yuan(total)}, basic: ${yuan(basic)}, project: ${yuan(project)} }`,
    '    rows:',
    ...rows.map(row),
    '  appropriation:',
    `    income: { total: ${yuan(total)}, generalBudget: ${yuan(total)}, governmentFund: 0, stateCapital: 0 }`,
    '    expenditure:',
    `      total: { amount: ${yuan(total)}, generalBudget: ${yuan(total)}, governmentFund: 0, stateCapital: 0 }`,
    '      rows:',
    ...rows.filter((r) => r.code < 100000).map((r) => `        - { code: ${r.code}, name: ${r.name}, amount: ${yuan(r.basic + r.project)}, generalBudget: ${yuan(r.basic + r.project)} }`),
    '  generalBudget:',
    `    total: { amount: ${yuan(total)}, basic: ${yuan(basic)}, project: ${yuan(project)} }`,
    '    rows:',
    ...rows.map(row),
    '  basic:',
    `    total: { amount: ${yuan(basic)}, personnel: ${yuan(personnel)}, public: ${yuan(basic - personnel)} }`,
    '    rows:',
    ...ecoRows,
    '  governmentFund:',
    '    empty: 本部门没有使用政府性基金预算拨款安排的支出，故本表无数据。',
    '  stateCapital:',
    '    empty: 本部门无国有资本经营预算拨款，故本表无数据。',
  ];
}

/**
 * A consistent document with `activities` top-level activities and, with `tableClasses`, the nine standard tables
 * (about 2,000 rows at 32 classes).
 */
export function generate(activities: number, seed = 1, tableClasses = 0): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out: string[] = [];
  const budgets: number[] = [];
  const tree: string[] = [];
  for (let i = 0; i < activities; i++) {
    const children = [0, 1, 2].map(() => 1000 + Math.floor(rnd() * 5_000_000));
    const total = children.reduce((a, b) => a + b, 0);
    budgets.push(total);
    const domain = `${pick(DOMAINS)}${i + 1}`;
    tree.push(`    - name: ${domain}`, `      budget: ${money(total)}`, `      content: ${pick(CONTENTS)}`, `      goal: ${pick(GOALS)}`, '      children:');
    children.forEach((cents, c) => {
      tree.push(`        - name: ${ACTIONS[(i + c * 5) % ACTIONS.length]}${c + 1}`, `          budget: ${money(cents)}`,
        `          content: ${pick(CONTENTS)}`, `          goal: ${pick(GOALS)}`, '          indicators:');
      for (let k = 0; k < 2; k++) tree.push(`            - name: ${INDICATORS[(c * 2 + k) % INDICATORS.length]}`, `              grades: ${pick(GRADES)}`);
    });
  }
  const project = budgets.reduce((a, b) => a + b, 0);
  const basic = 1_000_000 + Math.floor(project / 3);
  const total = basic + project;
  // The tables' 表一 has one source of income: the text then has no other income either.
  const other = tableClasses > 0 ? 0 : Math.floor(total / 20);
  const lastBasic = basic - 50_000;
  const lastProject = project - 120_000;
  out.push(
    `# Generated by bench/generate.ts: ${activities} activities, every figure agreeing.`,
    'budget: 1', 'region: 沧州经济开发区', 'department: 沧州经济开发区管理委员会', 'year: 2018', 'unit: 万元',
    'organization:',
    '  composition: 沧州经济开发区部门预算由沧州经济开发区管理委员会一个部门构成。',
    '  units:',
    '    - { name: 开发区管委会, nature: 行政, level: 副厅级, funding: 财政性资金基本保证 }',
    '    - { name: 开发区财政局, nature: 行政, level: 正处级, funding: 财政性资金基本保证 }',
    '  duties:',
    '    - 编制辖区的总体规划和经济、社会发展规划，经批准后组织实施',
    '    - 负责辖区内的财政、税收、审计、统计、国有资产管理等工作',
    'overview:',
    '  income:',
    `    total: ${money(total)}`,
    '    items:',
    `      - { name: 财政拨款收入, amount: ${money(total - other)} }`,
    `      - { name: 其他收入, amount: ${money(other)} }`,
    '  expenditure:',
    `    total: ${money(total)}`,
    `    basic: ${money(basic)}`,
    `    project: ${money(project)}`,
    '  change:',
    `    total: ${money(total - lastBasic - lastProject)}`,
    `    basic: ${money(basic - lastBasic)}`,
    `    project: ${money(project - lastProject)}`,
    '    reasons: 基本支出的增加主要是人员调资和新增人员；项目支出的增加主要是新增重点项目。',
    `  previous: { total: ${money(lastBasic + lastProject)}, basic: ${money(lastBasic)}, project: ${money(lastProject)} }`,
    'operatingExpenses:',
    `  amount: ${money(Math.floor(basic / 10))}`,
    '  covers: [办公费, 印刷费, 邮电费, 差旅费, 会议费]',
    'threePublicExpenses:',
    '  overseas: { amount: 50, previous: 50, change: 0, changeRate: 0% }',
    '  vehiclePurchase: { amount: 0, previous: 0 }',
    '  vehicleOperation:',
    '    label: 车辆运行费',
    '    amount: 130',
    '    previous: 135',
    '    change: -5',
    '    changeRate: -4%',
    '    sources: { general: 130 }',
    '  reception: { amount: 70, previous: 75, change: -5, changeRate: -7%, sources: { general: 70 } }',
    '  total: { amount: 250, previous: 260, change: -10, changeRate: -4%, sources: { general: 250 } }',
    '  explanation: 车辆运行费减少是因为严格控制公务用车使用；公务接待费减少是因为厉行节约。',
    'performance:',
    '  overallGoal: 以习近平新时代中国特色社会主义思想为指导，全面完成年度各项工作任务，提高财政资金使用效益。',
    '  dutyGoals:',
    ...DOMAINS.slice(0, 5).map((d) => `    - { duty: ${d}, goal: ${GOALS[0]} }`),
    '  activities:',
  );
  for (const line of tree) out.push(line);
  out.push(
    'procurement:',
    '  total: 105',
    '  items:',
    '    - { department: 沧州经济开发区党政办公室, name: 信息技术服务, category: 服务, code: C02, quantity: 1, amount: 65 }',
    '    - { department: 沧州经济开发区党政办公室, name: 办公设备, category: 货物, code: A02, quantity: 4, amount: 40 }',
    'assets:',
    '  asOf: 2017-12-31',
    '  total: 11048',
    '  items:',
    '    - { name: 房屋及构筑物, amount: 6540 }',
    '    - { name: 车辆, amount: 4508 }',
    'glossary:',
    '  - { term: 基本支出, definition: 指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。 }',
    '  - { term: 项目支出, definition: 指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。 }',
    'notes:',
    '  - 我部门2018年无国有资本经营收入，因此没有国有资本经营预算支出。',
  );
  if (tableClasses > 0) out.push(...tables(tableClasses, basic, project, rnd));
  return out.join('\n') + '\n';
}

/**
 * A generated document with a mistake in `overview`, as while a user types, which leaves the activities alone: a
 * schema error (`overview.change.total` left out) or a YAML syntax error (a line `  tot` with no colon, above
 * `change:`).
 */
export function withMistakeElsewhere(text: string, kind: 'schema' | 'syntax'): string {
  const broken = kind === 'schema'
    ? text.replace(/\n  change:\n    total: [^\n]*\n/, '\n  change:\n')
    : text.replace('\n  change:\n    total: ', '\n  tot\n  change:\n    total: ');
  if (broken === text) throw new Error('bench/generate.ts no longer writes overview.change.total as expected');
  return broken;
}
