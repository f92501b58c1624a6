/** A standard budget term, defined in our own words, in Chinese and English. */
export interface BuiltinTerm {
  /** The term as it is usually written in a disclosure. */
  readonly term: string;
  /** Other spellings a document may use for the same term (e.g. 三公经费 / “三公”经费 / 三公). */
  readonly aliases?: readonly string[];
  /**
   * Wrong spellings of the term found in published disclosures (each named in docs/rules/term-spelling.md), which
   * `term-spelling` replaces with the term. Only what was seen: a guess would flag correct text.
   */
  readonly misspellings?: readonly string[];
  /** English name of the term. */
  readonly english: string;
  readonly definition: { readonly zh: string; readonly en: string };
}

export const BUILTIN_GLOSSARY: readonly BuiltinTerm[] = [
  {
    term: '三公经费',
    aliases: ['“三公”经费', '"三公"经费', '三公'],
    english: 'three public expenses',
    definition: {
      zh: '部门使用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费这三类支出的合称。它是预算公开和厉行节约监督中重点披露的内容。',
      en: 'Collective name for three kinds of spending paid from fiscal appropriations: official travel abroad, purchase and upkeep of official vehicles, and official hospitality. These items are a focus of budget disclosure and austerity oversight.',
    },
  },
  {
    term: '因公出国（境）费',
    aliases: ['因公出国(境)费', '因公出国经费', '因公出国费'],
    english: 'official overseas travel expenses',
    definition: {
      zh: '工作人员因公务前往国外或港澳台地区所发生的费用，一般包括国际旅费、境外城市间交通费、住宿费、伙食费、培训费和公杂费等。',
      en: 'Costs incurred when staff travel abroad or to Hong Kong, Macao or Taiwan on official business, typically covering international fares, intercity transport abroad, lodging, meals, training and incidentals.',
    },
  },
  {
    term: '公务用车购置费',
    aliases: ['车辆购置费'],
    english: 'official vehicle purchase expenses',
    definition: {
      zh: '单位购买公务用车所安排的支出，包括车价以及车辆购置税等相关税费。',
      en: 'Spending on buying official vehicles, including the vehicle price and related charges such as vehicle purchase tax.',
    },
  },
  {
    term: '公务用车运行维护费',
    aliases: ['车辆运行费', '公务用车运行费'],
    english: 'official vehicle operation and maintenance expenses',
    definition: {
      zh: '为保证公务用车正常使用而发生的支出，如燃料费、维修费、过路过桥费、保险费和安全奖励费用等。',
      en: 'Spending needed to keep official vehicles in service, such as fuel, repairs, road and bridge tolls, insurance and safe-driving incentives.',
    },
  },
  {
    term: '公务接待费',
    english: 'official hospitality expenses',
    definition: {
      zh: '单位按规定标准接待来访公务人员（含外宾）所发生的费用，如用餐、住宿等。',
      en: 'Costs, within prescribed standards, of receiving visiting officials (including foreign guests), such as meals and accommodation.',
    },
  },
  {
    term: '基本支出',
    english: 'basic expenditure',
    definition: {
      zh: '为维持单位正常运转、完成日常工作任务而安排的支出，由人员经费和公用经费两部分构成。',
      en: 'Spending that keeps a unit running and able to carry out its routine work; it is made up of personnel expenses and public operating expenses.',
    },
  },
  {
    term: '项目支出',
    english: 'project expenditure',
    definition: {
      zh: '在基本支出之外，为完成特定行政工作任务或事业发展目标而安排的支出。',
      en: 'Spending, separate from basic expenditure, arranged to carry out specific administrative tasks or to reach particular development goals.',
    },
  },
  {
    term: '人员经费',
    english: 'personnel expenses',
    definition: {
      zh: '基本支出中用于人员方面的开支，主要包括工资福利支出和对个人和家庭的补助。',
      en: 'The part of basic expenditure spent on people, mainly wages and benefits and subsidies to individuals and households.',
    },
  },
  {
    term: '公用经费',
    english: 'public operating expenses',
    definition: {
      zh: '基本支出中用于保障机构日常运转的开支，主要是办公、印刷、水电、邮电、差旅、会议、培训、维修等商品和服务支出，也包括少量办公设备购置等资本性支出。',
      en: 'The part of basic expenditure that keeps an organisation running day to day, mainly goods and services such as office supplies, printing, utilities, communications, travel, meetings, training and repairs, plus minor capital items such as office equipment.',
    },
  },
  {
    term: '机关运行经费',
    english: 'agency operating expenses',
    definition: {
      zh: '行政单位和参照公务员法管理的事业单位用一般公共预算财政拨款安排的基本支出中的公用经费，用于保障机关日常运转，如办公费、印刷费、邮电费、水电费、物业管理费、公务用车运行维护费等。',
      en: 'The public operating expenses within basic expenditure that administrative units, and public institutions managed like civil service bodies, fund from general public budget appropriations to keep the agency running, such as office costs, printing, communications, utilities, property management and official vehicle upkeep.',
    },
  },
  {
    term: '财政拨款收入',
    aliases: ['财政拨款'],
    english: 'fiscal appropriation revenue',
    definition: {
      zh: '本级财政部门当年拨付给部门或单位的资金，按来源分为一般公共预算、政府性基金预算和国有资本经营预算拨款。',
      en: 'Funds that the finance department at the same level allocates to a department or unit in the year, drawn from the general public budget, the government fund budget or the state capital operation budget.',
    },
  },
  {
    term: '一般公共预算',
    aliases: ['一般预算', '一般公共预算拨款收入'],
    misspellings: ['一般共预算'],
    english: 'general public budget',
    definition: {
      zh: '政府预算体系中规模最大的部分，收入主要来自税收，支出用于民生保障、经济社会发展、国家安全和国家机构运转等。部门预算中的“一般公共预算拨款收入”即来自这一预算的财政拨款。',
      en: 'The largest part of the government budget system; its revenue comes mainly from taxes and it funds public welfare, economic and social development, national security and the running of state bodies. In a departmental budget, general public budget appropriation revenue means fiscal funding drawn from this budget.',
    },
  },
  {
    term: '政府性基金预算',
    aliases: ['基金预算', '政府性基金预算拨款收入'],
    english: 'government fund budget',
    definition: {
      zh: '针对依照法律法规向特定对象征收或筹集的专门资金编制的收支预算，资金专项用于特定公共事业发展，原则上以收定支、专款专用。',
      en: 'The budget for dedicated funds that laws and regulations allow the government to levy or raise from specified payers; the money is earmarked for particular public undertakings, and spending is in principle limited to what is collected.',
    },
  },
  {
    term: '国有资本经营预算',
    aliases: ['国有资本经营预算拨款收入'],
    english: 'state capital operation budget',
    definition: {
      zh: '以国有资本取得的收益（如国有企业上缴利润、股利股息等）为来源编制的收支预算，主要用于国有资本布局调整、资本金注入等，并可按规定调入一般公共预算。',
      en: 'The budget built on returns from state-owned capital, such as profits handed over by state enterprises and dividends; it mainly funds restructuring of state capital and capital injections, and part of it may be transferred to the general public budget under the rules.',
    },
  },
  {
    term: '财政专户',
    english: 'special fiscal account',
    definition: {
      zh: '财政部门在银行开设、用于归集和管理特定资金的专用账户，例如按规定纳入专户管理的部分教育收费。',
      en: 'A dedicated bank account opened by the finance department to collect and manage specific funds, such as certain education fees that the rules place under special-account management.',
    },
  },
  {
    term: '财政专户管理资金收入',
    english: 'revenue from funds managed in special fiscal accounts',
    definition: {
      zh: '部门预算收入的一类，指纳入财政专户管理、由财政部门按规定核拨给单位使用的资金。',
      en: 'A departmental budget revenue category for money held in special fiscal accounts and released to the unit by the finance department under the applicable rules.',
    },
  },
  {
    term: '事业收入',
    english: 'public service revenue',
    definition: {
      zh: '事业单位依法开展专业业务活动及其辅助活动所取得的收入。',
      en: 'Revenue that a public institution earns, in accordance with the law, from its professional activities and the activities that support them.',
    },
  },
  {
    term: '经营收入',
    english: 'business revenue',
    definition: {
      zh: '事业单位在专业业务活动及其辅助活动之外，开展非独立核算经营活动所取得的收入。',
      en: 'Revenue that a public institution earns from business activities outside its professional and supporting activities, where those business activities are not accounted for as a separate entity.',
    },
  },
  {
    term: '其他收入',
    english: 'other revenue',
    definition: {
      zh: '不属于上述各类收入的其他收入，如存款利息、捐赠收入等。',
      en: 'Revenue that does not fall into any of the listed categories, such as bank interest or donations.',
    },
  },
  {
    term: '上级补助收入',
    english: 'subsidies from higher-level units',
    definition: {
      zh: '事业单位从主管部门或上级单位取得的非财政拨款性质的补助收入。',
      en: 'Subsidies that a public institution receives from its supervising department or a higher-level unit, other than fiscal appropriations.',
    },
  },
  {
    term: '附属单位上缴收入',
    english: 'remittances from subordinate units',
    definition: {
      zh: '事业单位收到的、其下属独立核算单位按规定上缴的款项。',
      en: 'Money that independently accounted subordinate units hand over to their parent public institution as the rules require.',
    },
  },
  {
    term: '上缴上级支出',
    english: 'remittances to higher-level units',
    definition: {
      zh: '实行收入上缴办法的事业单位，按规定的定额或比例向上级单位上缴款项所形成的支出。',
      en: 'Payments that a public institution under a revenue-remittance arrangement makes to its higher-level unit, at a fixed amount or rate set by the rules.',
    },
  },
  {
    term: '对附属单位补助支出',
    english: 'subsidies to subordinate units',
    definition: {
      zh: '事业单位用财政拨款以外的资金对所属单位给予补助所发生的支出。',
      en: 'Subsidies that a public institution grants to its subordinate units from funds other than fiscal appropriations.',
    },
  },
  {
    term: '用事业基金弥补收支差额',
    english: 'use of the institutional fund to cover the budget gap',
    definition: {
      zh: '事业单位当年收入不足以安排支出时，动用以前年度滚存的事业基金（非财政拨款结余）来填补缺口的数额。',
      en: 'The amount a public institution draws from its institutional fund, built up from non-appropriation surpluses of earlier years, to close a gap when current-year revenue falls short of planned spending.',
    },
  },
  {
    term: '事业基金',
    english: 'institutional fund',
    definition: {
      zh: '事业单位拥有的、未限定用途的净资产，主要由历年非财政拨款结余滚存形成，可用于弥补以后年度的收支差额。',
      en: 'Unrestricted net assets of a public institution, built up mainly from non-appropriation surpluses of past years, which may be used to cover future shortfalls between revenue and spending.',
    },
  },
  {
    term: '结转结余',
    aliases: ['结转和结余'],
    english: 'carryover and balances',
    definition: {
      zh: '结转是指当年未执行完毕、下年需按原用途继续使用的资金；结余是指工作目标已完成或因故终止后剩余的资金。',
      en: 'Carryover is money left unspent at year end that must still be used for its original purpose the following year; a balance is money left over once a task has been completed or stopped.',
    },
  },
  {
    term: '上年结转',
    english: 'carryover from the previous year',
    definition: {
      zh: '以前年度尚未使用完毕、转入本年度按原用途继续使用的资金，在部门预算中作为收入来源单独列示。',
      en: 'Money from earlier years that was not fully spent and is brought into the current year to be used for its original purpose; departmental budgets list it separately as a source of funds.',
    },
  },
  {
    term: '政府采购',
    english: 'government procurement',
    definition: {
      zh: '各级国家机关、事业单位和团体组织使用财政性资金购买货物、工程和服务的活动，范围为集中采购目录内的品目或达到采购限额标准的项目。',
      en: 'Purchases of goods, works and services made with fiscal funds by state bodies, public institutions and organisations, where the item is on the centralised procurement catalogue or reaches the procurement threshold.',
    },
  },
  {
    term: '集中采购',
    english: 'centralised procurement',
    definition: {
      zh: '对列入集中采购目录的项目，委托集中采购机构代理采购或由部门统一组织采购的采购组织形式，区别于单位自行分散采购。',
      en: 'A way of organising procurement in which items on the centralised procurement catalogue are bought through a designated central purchasing agency or collectively by the department, rather than by each unit on its own.',
    },
  },
  {
    term: '品目代码',
    english: 'procurement item code',
    definition: {
      zh: '政府采购品目分类目录中为每类货物、工程或服务设定的编码，用于编制采购预算和统计采购信息。',
      en: 'The code that the government procurement item catalogue assigns to each class of goods, works or services, used when preparing procurement budgets and reporting procurement data.',
    },
  },
  {
    term: '货物',
    english: 'goods',
    definition: {
      zh: '政府采购的三类对象之一，指具有实物形态的各类物品，例如设备、原材料、燃料和制成品。',
      en: 'One of the three procurement categories: physical items of any kind, such as equipment, raw materials, fuel and finished products.',
    },
  },
  {
    term: '工程',
    english: 'works',
    definition: {
      zh: '政府采购的三类对象之一，指各类建设项目，涵盖建筑物、构筑物的新建、扩建、改建以及装修、修缮和拆除等。',
      en: 'One of the three procurement categories: construction projects, covering new building, extension, alteration, fit-out, repair and demolition of buildings and structures.',
    },
  },
  {
    term: '服务',
    english: 'services',
    definition: {
      zh: '政府采购的三类对象之一，指货物和工程以外的采购对象，既包括机关自身运转所需的服务，也包括政府为社会公众购买的公共服务。',
      en: 'One of the three procurement categories: anything bought that is neither goods nor works, including services the agency itself needs and public services the government buys for the public.',
    },
  },
  {
    term: '政府购买服务',
    english: 'government purchase of services',
    definition: {
      zh: '政府把属于自身职责、适合通过市场提供的服务事项，按规定程序交给符合条件的承接主体办理，并按服务数量和质量支付费用的做法。',
      en: 'An arrangement in which the government hands services within its remit that are suited to market delivery to qualified providers through set procedures, paying them according to the quantity and quality delivered.',
    },
  },
  {
    term: '绩效目标',
    english: 'performance objective',
    definition: {
      zh: '预算资金在一定期限内计划达到的产出和效果，是编制预算、开展绩效监控和绩效评价的依据。',
      en: 'The outputs and results that budget funds are expected to deliver within a set period; it is the basis for preparing the budget and for performance monitoring and evaluation.',
    },
  },
  {
    term: '绩效指标',
    english: 'performance indicator',
    definition: {
      zh: '对绩效目标的细化和量化表述，通常分为产出指标（数量、质量、时效、成本）、效益指标和满意度指标等。',
      en: 'A detailed, preferably measurable expression of a performance objective, usually grouped into output indicators (quantity, quality, timeliness, cost), benefit indicators and satisfaction indicators.',
    },
  },
  {
    term: '评价标准',
    english: 'evaluation benchmark',
    definition: {
      zh: '衡量绩效指标完成程度的参照尺度，可依据计划标准、行业标准、历史标准或其他经认可的标准确定。',
      en: 'The yardstick used to judge how far a performance indicator has been met, which may be based on plans, industry norms, historical figures or other accepted references.',
    },
  },
  {
    term: '预算绩效管理',
    english: 'budget performance management',
    definition: {
      zh: '把绩效要求贯穿预算编制、执行和监督全过程，对资金使用的产出和效果进行目标设定、运行监控、评价和结果运用的管理方式。',
      en: 'An approach that builds performance requirements into budget preparation, execution and oversight, covering goal setting, monitoring, evaluation and the use of results for what spending produces and achieves.',
    },
  },
  {
    term: '职责活动',
    english: 'duties and activities',
    definition: {
      zh: '部门为履行法定职能而开展的各项工作，在部门整体绩效目标中用于把预算资金与具体职责对应起来。',
      en: 'The work a department carries out to fulfil its statutory functions; in department-wide performance objectives it links budget funds to specific responsibilities.',
    },
  },
  {
    term: '部门预算',
    english: 'departmental budget',
    definition: {
      zh: '由政府各部门编制、经财政部门审核后报本级人民代表大会审查批准的年度财政收支计划，涵盖本部门及所属单位的全部收入和支出。',
      en: 'The annual revenue and spending plan that each government department compiles, the finance department reviews and the people’s congress at the same level approves; it covers all revenue and expenditure of the department and its subordinate units.',
    },
  },
  {
    term: '综合预算',
    english: 'comprehensive budgeting',
    definition: {
      zh: '把部门和单位的各类收入，包括财政拨款和其他各项收入，全部纳入预算统一编制、统一管理的原则。',
      en: 'The principle that all revenue of a department or unit, fiscal appropriations and other income alike, is brought into one budget and prepared and managed as a whole.',
    },
  },
  {
    term: '预算单位',
    english: 'budget unit',
    definition: {
      zh: '与财政部门或主管部门直接或间接发生预算缴拨款关系的国家机关、事业单位和团体组织，按层级分为一级、二级和基层预算单位。',
      en: 'A state body, public institution or organisation that has a direct or indirect funding relationship with the finance department or its supervising department; units are ranked as first-level, second-level or grassroots budget units.',
    },
  },
  {
    term: '功能分类',
    aliases: ['支出功能分类'],
    english: 'functional classification',
    definition: {
      zh: '政府收支分类中按政府职能和活动对支出进行的分类，反映资金用于哪些方面，设类、款、项三级科目。',
      en: 'The classification of spending in the government revenue and expenditure chart by government function and activity, showing what the money is used for; it has three tiers: category, section and item.',
    },
  },
  {
    term: '经济分类',
    aliases: ['支出经济分类'],
    english: 'economic classification',
    definition: {
      zh: '按支出的经济性质和具体用途对支出进行的分类，反映资金如何花出去，如工资福利、商品和服务、资本性支出等；分为部门预算和政府预算两套科目，各设类、款两级。',
      en: 'The classification of spending by economic nature and specific use, showing how the money is spent, for example on wages, goods and services or capital items; separate sets exist for departmental and government budgets, each with two tiers (category and section).',
    },
  },
  {
    term: '工资福利支出',
    english: 'wages and benefits',
    definition: {
      zh: '支出经济分类中的一类，反映单位支付给在职职工和编制外长期聘用人员的各类劳动报酬，以及为其缴纳的社会保险费、住房公积金等。',
      en: 'An economic classification category covering pay for serving staff and long-term contract staff, together with the social insurance contributions and housing provident fund paid on their behalf.',
    },
  },
  {
    term: '商品和服务支出',
    english: 'goods and services expenditure',
    definition: {
      zh: '支出经济分类中的一类，反映单位购买商品和服务的支出，不含购置固定资产的支出。',
      en: 'An economic classification category for purchases of goods and services, excluding spending on acquiring fixed assets.',
    },
  },
  {
    term: '对个人和家庭的补助',
    english: 'subsidies to individuals and households',
    definition: {
      zh: '支出经济分类中的一类，反映用于个人和家庭的补助支出，如离退休费、抚恤金、生活补助、医疗费补助和奖励金等。',
      en: 'An economic classification category for payments to individuals and households, such as retirement pay, survivor benefits, living allowances, medical subsidies and awards.',
    },
  },
  {
    term: '资本性支出',
    english: 'capital expenditure',
    definition: {
      zh: '用于购置或建设固定资产、无形资产及其他长期资产的支出。',
      en: 'Spending on buying or building fixed assets, intangible assets and other long-term assets.',
    },
  },
  {
    term: '会议费',
    english: 'meeting expenses',
    definition: {
      zh: '单位召开会议发生的费用，如住宿、伙食、场地租金、交通和文件印刷等，须按会议费管理规定的标准开支。',
      en: 'Costs of holding meetings, such as accommodation, meals, venue hire, transport and document printing, which must stay within the prescribed meeting expense standards.',
    },
  },
  {
    term: '培训费',
    english: 'training expenses',
    definition: {
      zh: '单位组织培训发生的各项费用，包括师资、住宿、伙食、场地、资料和交通等。',
      en: 'Costs of running training, including trainers, lodging, meals, venues, materials and transport.',
    },
  },
  {
    term: '国有资产',
    english: 'state-owned assets',
    definition: {
      zh: '行政事业单位占有或使用的、依法属于国家所有并能以货币计量的各类经济资源，包括固定资产、流动资产、无形资产等。',
      en: 'Economic resources held or used by administrative units and public institutions that belong to the state by law and can be measured in money, including fixed, current and intangible assets.',
    },
  },
  {
    term: '固定资产',
    english: 'fixed assets',
    definition: {
      zh: '单位持有、使用期限超过一年、单位价值达到规定标准且在使用中基本保持原有实物形态的资产，如房屋、车辆、设备和家具等。',
      en: 'Assets a unit holds for use over more than one year, whose unit value meets the prescribed threshold and which largely keep their physical form while in use, such as buildings, vehicles, equipment and furniture.',
    },
  },
  {
    term: '资产负债',
    english: 'assets and liabilities',
    definition: {
      zh: '单位拥有或控制的经济资源（资产）与其承担的现时义务（负债）的合称，两者之差为净资产，相关情况在决算和财务报告中反映。',
      en: 'Collective term for the economic resources a unit owns or controls (assets) and the present obligations it bears (liabilities); the difference between them is net assets, reported in the final accounts and financial reports.',
    },
  },
  {
    term: '预算公开',
    aliases: ['预算信息公开'],
    english: 'budget disclosure',
    definition: {
      zh: '依照预算法等规定，各部门在预算经财政部门批复后二十日内向社会公开部门预算报表及说明，并对重要事项作出解释。',
      en: 'Publication of departmental budget tables and explanatory notes, which the Budget Law requires each department to release within 20 days after the finance department approves its budget, together with explanations of significant items.',
    },
  },
  {
    term: '决算',
    aliases: ['部门决算'],
    english: 'final accounts',
    definition: {
      zh: '对年度预算执行结果的总结报告，反映预算年度内实际取得的收入、发生的支出以及结转结余情况。',
      en: 'The year-end report on how the annual budget was actually carried out, showing actual revenue, actual expenditure and the resulting carryover and balances.',
    },
  },
  {
    term: '同比',
    english: 'year-on-year',
    definition: {
      zh: '将本期数据与上年同期数据相比较；在预算公开中常用于说明本年预算比上年增减的金额、幅度及原因。',
      en: 'Comparison of a figure with the same period of the previous year; in budget disclosures it is used to state how much, by what percentage and why this year’s budget differs from last year’s.',
    },
  },
  {
    term: '收支平衡',
    english: 'balanced revenue and expenditure',
    definition: {
      zh: '预算编制应遵循的原则，即收入总计与支出总计相等；部门预算收支总表中两者数额应一致。',
      en: 'The principle that total revenue and total expenditure in a budget must be equal; in a departmental budget summary table the two totals match.',
    },
  },
  {
    term: '预算调整',
    english: 'budget adjustment',
    definition: {
      zh: '预算执行中因特殊情况需要变动已批准预算的支出总额、重点支出安排或举借债务规模等，须按法定程序编制调整方案并报批。',
      en: 'A change made during execution to an approved budget, for example to total spending, priority spending or the level of borrowing, which must follow the legally required procedure for preparing and approving an adjustment plan.',
    },
  },
  {
    term: '转移支付',
    english: 'transfer payment',
    definition: {
      zh: '上级政府按规定将财政资金无偿拨付给下级政府的制度安排，主要分为一般性转移支付和专项转移支付，用于缩小地区间财力差距和实现特定政策目标。',
      en: 'Funds that a higher-level government grants to lower-level governments under set rules, mainly as general transfers and earmarked transfers, to narrow fiscal gaps between regions and to pursue specific policy goals.',
    },
  },
  {
    term: '专项资金',
    english: 'earmarked funds',
    definition: {
      zh: '由上级部门或本级财政安排、规定了专门用途的资金，须专款专用、单独核算，不得挪作他用。',
      en: 'Money allocated by a higher authority or the local finance department for a designated purpose; it must be used only for that purpose, accounted for separately and never diverted.',
    },
  },
  {
    term: '非税收入',
    english: 'non-tax revenue',
    definition: {
      zh: '税收以外的政府收入，由政府机关、事业单位等依法凭借政府权力或国有资源（资产）所有者权益等取得，如行政事业性收费、罚没收入和国有资源（资产）有偿使用收入等。',
      en: 'Government revenue other than taxes, collected by public bodies on the strength of public authority or state ownership of resources and assets, such as administrative fees, fines and confiscations, and charges for using state resources.',
    },
  },
  {
    term: '财政性资金基本保证',
    english: 'basic guarantee by fiscal funds',
    definition: {
      zh: '描述单位经费保障方式的一种表述，指单位维持正常运转所需的基本支出主要由财政性资金保障，通常对应公益一类事业单位。',
      en: 'A description of how a unit is funded, meaning that the basic expenditure it needs to operate is mainly guaranteed by fiscal funds; it usually applies to public institutions of the first public-welfare category.',
    },
  },
  {
    term: '行政单位',
    english: 'administrative unit',
    definition: {
      zh: '承担国家政治和行政管理等公共职能的各级国家机关及党政机关等单位，其运转经费主要由财政拨款保障。',
      en: 'Bodies that exercise state political or administrative functions, such as government agencies and other state and party organs, whose running costs are funded mainly by fiscal appropriations.',
    },
  },
  {
    term: '事业单位',
    english: 'public institution',
    definition: {
      zh: '为实现社会公益目标，由国家机关或其他组织利用国有资产设立、提供教育、科研、文化、医疗卫生等社会服务的组织。',
      en: 'An organisation set up by a state body, or by another organisation using state-owned assets, to provide public-interest services such as education, research, culture or health care.',
    },
  },
  {
    term: '万元',
    english: 'ten thousand yuan',
    definition: {
      zh: '预算公开报表常用的金额单位，1万元等于人民币10000元；表中数字通常保留两位小数，合计数与分项之和可能因四舍五入存在尾差。',
      en: 'The money unit commonly used in budget disclosure tables; one wan yuan equals RMB 10,000. Figures are usually shown to two decimal places, so a total may differ slightly from the sum of its parts because of rounding.',
    },
  },
];
