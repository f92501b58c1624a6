import { consistentWith, fixture } from '../helpers';
import { ruleTester } from './tester';

/** The fixture (year 2019) with a title on line 7, its value from column 8. */
const titled = (title: string) => consistentWith('unit: 万元\n', `unit: 万元\ntitle: ${title}\n`);
/** The fixture with its note (line 90, value from column 5) written as given. */
const note = (text: string) => consistentWith('  - 本部门无国有资本经营收入。', `  - ${text}`);

const stray = (range: string, phrase: string, year: number) => ({
  path: 'notes[0]',
  range,
  message: {
    zh: `“${phrase}”：${year} 年既不是预算年度 2019，也不是上年 2018，疑为往年文字未改`,
    en: `“${phrase}”: ${year} is neither the budget year 2019 nor the year before, 2018; likely an earlier year's text left in`,
  },
  found: String(year),
});

ruleTester('stray-year', {
  severity: 'warning',
  valid: [
    { name: 'accepts a document that names no year', text: fixture('consistent.budget.yaml') },
    { name: 'accepts the close-looking text of plain-text.budget.yaml', text: fixture('plain-text.budget.yaml') },
    { name: 'accepts the budget year in the title', text: titled('示范区2019年部门预算信息公开说明') },
    ...['本部门2019年无国有资本经营收入', '较2018年预算增加200万元', '围绕2035年远景目标', '2020年全面建成小康社会', '按财预〔2016〕143号文件公开', '落实2016年印发的规划', '2017年决算数为3000万元', '2017年以来持续推进']
      .map((text) => ({ name: `accepts ${text}`, text: note(text) })),
  ],
  invalid: [
    {
      name: 'flags a title that names last year, and writes the budget year',
      text: titled('示范区2018年部门预算信息公开说明'),
      findings: [{
        path: 'title', range: '7:11-7:15',
        message: { zh: '标题中的年份 2018 与预算年度 2019 不符', en: 'The title\'s year 2018 is not the budget year 2019' },
        expected: '2019', found: '2018', fixTitle: { zh: '改为 2019', en: 'Change to 2019' },
      }],
      output: titled('示范区2019年部门预算信息公开说明'),
    },
    { name: 'flags 2017年无国有资本经营收入, two years back', text: note('本部门2017年无国有资本经营收入。'), findings: [stray('90:8-90:12', '2017年无', 2017)] },
    { name: 'flags 2016年部门预算', text: note('2016年部门预算已按规定公开。'), findings: [stray('90:5-90:9', '2016年部门预算', 2016)] },
    { name: 'flags a later year\'s budget: 2020年度预算', text: note('2020年度预算安排如下。'), findings: [stray('90:5-90:9', '2020年度预算', 2020)] },
    { name: 'flags 2017年“三公”经费', text: note('2017年“三公”经费支出40万元。'), findings: [stray('90:5-90:9', '2017年“三公”经费', 2017)] },
  ],
});
