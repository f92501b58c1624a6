/** The department the new document is written for, and so the file name it proposes. */
export const NEW_DOCUMENT_DEPARTMENT = '示范区管理委员会';

/** `示范区管理委员会.budget.yaml`; with `n` > 1, `示范区管理委员会-2.budget.yaml` (the first name is taken). */
export function newDocumentName(department: string, n = 1): string {
  // A name a file system takes: no separators or characters Windows refuses.
  const stem = department.replace(/[\\/:*?"<>|\s]+/g, '') || 'budget';
  return `${stem}${n > 1 ? `-${n}` : ''}.budget.yaml`;
}

/**
 * What "Budget: New Budget Document" writes: a small disclosure for `year`
 * (the assets counted at the end of the year before, as asof-date asks) in
 * which every figure agrees, with each section filled in once, to be edited.
 */
export function newDocument(year: number): string {
  return `# 部门预算信息公开说明。金额单位见 unit；编号由排版生成，不要手写。
budget: 1
region: 示范区
department: ${NEW_DOCUMENT_DEPARTMENT}
year: ${year}
unit: 万元
organization:
  composition: 示范区部门预算由示范区管理委员会一个部门构成。
  units:
    - { name: 示范区管委会, nature: 行政, level: 正处级, funding: 财政性资金基本保证 }
  duties:
    - 编制辖区总体规划
overview:
  income:
    total: 1000.00
    items:
      - { name: 财政拨款收入, amount: 1000.00 }
  expenditure:
    total: 1000.00
    basic: 700.00
    project: 300.00
  change:
    total: 100.00
    basic: 60.00
    project: 40.00
    reasons: 基本支出增加主要是人员调资。
  previous: { total: 900.00, basic: 640.00, project: 260.00 }
operatingExpenses:
  amount: 120.00
  covers: [办公费, 印刷费, 差旅费]
threePublicExpenses:
  overseas: { amount: 0, previous: 0 }
  vehiclePurchase: { amount: 0, previous: 0 }
  vehicleOperation: { amount: 8, previous: 10, change: -2, changeRate: -20%, sources: { general: 8 } }
  reception: { amount: 2, previous: 2, change: 0, changeRate: 0%, sources: { general: 2 } }
  total: { amount: 10, previous: 12, change: -2, changeRate: -17%, sources: { general: 10 } }
  explanation: 严格控制公务用车运行维护费。
performance:
  overallGoal: 保障各项工作正常开展。
  dutyGoals:
    - { duty: 政务服务, goal: 提升服务水平。 }
  activities:
    - name: 政务服务
      budget: 300.00
      content: 综合协调、会议管理等工作。
      goal: 保障机关正常运转。
      children:
        - name: 综合协调
          budget: 300.00
          content: 沟通、协调日常工作。
          goal: 确保政令统一。
          indicators:
            - name: 综合协调处理
              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }
procurement:
  total: 50
  items:
    - { department: 党政办公室, name: 信息技术服务, category: 服务, code: C02, quantity: 1, amount: 50 }
assets:
  asOf: '${year - 1}-12-31'
  total: 500
  items:
    - { name: 房屋及构筑物, amount: 500 }
glossary:
  - { term: 基本支出, definition: 指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。 }
notes:
  - 本部门无国有资本经营收入。
`;
}
