import { strict as assert } from 'assert';
import { assertFixed, consistentWith, findings, fixture, pin } from '../helpers';

const ROW = `    amount: 24
    previous: 25
    change: -1
    changeRate: -4%
    sources: { general: 24 }`;

/** 公务用车运行维护费 with other figures. */
function vehicle(amount: number, previous: number | undefined, rate: string, change = amount - (previous ?? 0)): string {
  const lines = [`    amount: ${amount}`, ...(previous === undefined ? [] : [`    previous: ${previous}`]), `    change: ${change}`, `    changeRate: ${rate}`, `    sources: { general: ${amount} }`];
  return consistentWith(ROW, lines.join('\n'));
}

describe('rate-mismatch', () => {
  describe('valid', () => {
    it('finds nothing when every rate matches its figures', () => {
      assert.deepEqual(findings(fixture('consistent.budget.yaml'), 'rate-mismatch'), []);
    });

    it('accepts -4% for 135 → 130 (-3.70%): a whole percent states ±0.5%', () => {
      assert.deepEqual(findings(vehicle(130, 135, '-4%'), 'rate-mismatch'), []);
    });

    it('accepts -3.7% for 135 → 130, and -4.0% for 25 → 24', () => {
      assert.deepEqual(findings(vehicle(130, 135, '-3.7%'), 'rate-mismatch'), []);
      assert.deepEqual(findings(vehicle(24, 25, '-4.0%'), 'rate-mismatch'), []);
    });

    it('accepts a rate with an explicit plus sign: +4% for 24 → 25', () => {
      assert.deepEqual(findings(vehicle(25, 24, '+4%'), 'rate-mismatch'), []);
    });

    it('checks no rate against a previous year of 0', () => {
      assert.deepEqual(findings(consistentWith('vehiclePurchase: { amount: 0, previous: 0 }', 'vehiclePurchase: { amount: 5, previous: 0, changeRate: 0% }'), 'rate-mismatch'), []);
    });

    it('leaves a bare number where a rate belongs to schema', () => {
      const text = consistentWith('changeRate: -4%', 'changeRate: -4');
      assert.deepEqual(findings(text, 'rate-mismatch'), []);
      assert.deepEqual(findings(text, 'schema').map((f) => f.path), ['threePublicExpenses.vehicleOperation.changeRate']);
    });
  });

  describe('invalid', () => {
    it('says when the 三公 total\'s last year is the figure in doubt: the rows\' 43 bear out the written -7%, 38 does not', () => {
      const text = consistentWith('total: { amount: 40, previous: 43,', 'total: { amount: 40, previous: 38,');
      const [f, ...rest] = findings(text, 'rate-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'rate-mismatch', severity: 'error', path: 'threePublicExpenses.total.changeRate', range: '43:62-43:65',
        zh: '增减率 -7% 与上年 38、本年 40 算出的 5.26% 不符，应为 5%（写成了下降，实为上升）；但各行上年数合计为 43，按此算得 -6.98%，与所写相符：请先核对上年合计',
        en: 'Change rate -7% does not match 5.26% computed from last year 38 and this year 40; it should be 5% (written as a decrease, but it is an increase); but the rows\' previous-year figures add up to 43, which gives -6.98%, in line with the rate written: check the previous-year total first',
      });
      assert.deepEqual([f!.expected, f!.found], ['5%', '-7%']);
      // The written rate is likely right: no one-click change of it.
      assert.equal(f!.fix, undefined);
    });

    it('says nothing of the rows when they do not bear out the written rate either', () => {
      const text = consistentWith('total: { amount: 40, previous: 43, change: -3, changeRate: -7%', 'total: { amount: 40, previous: 38, change: -3, changeRate: -10%');
      assert.deepEqual(findings(text, 'rate-mismatch').map((f) => f.message.zh), ['增减率 -10% 与上年 38、本年 40 算出的 5.26% 不符，应为 5%（写成了下降，实为上升）']);
    });

    it('flags -4% where the figures rise 4.17%, 24 → 25: the sign is flipped', () => {
      const text = vehicle(25, 24, '-4%');
      const [f, ...rest] = findings(text, 'rate-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'rate-mismatch', severity: 'error', path: 'threePublicExpenses.vehicleOperation.changeRate', range: '40:17-40:20',
        zh: '增减率 -4% 与上年 24、本年 25 算出的 4.17% 不符，应为 4%（写成了下降，实为上升）',
        en: 'Change rate -4% does not match 4.17% computed from last year 24 and this year 25; it should be 4% (written as a decrease, but it is an increase)',
      });
      assert.deepEqual([f!.expected, f!.found], ['4%', '-4%']);
      assert.deepEqual(f!.related?.map((r) => [r.path, r.message.zh]), [
        ['threePublicExpenses.vehicleOperation.amount', '本年 25'],
        ['threePublicExpenses.vehicleOperation.previous', '上年 24'],
      ]);
      assert.equal(assertFixed(text, f!), text.replace('changeRate: -4%', 'changeRate: 4%'));
    });

    it('flags 4% where the figures fall 3.70%, 135 → 130, as written as a rise', () => {
      assert.deepEqual(findings(vehicle(130, 135, '4%'), 'rate-mismatch').map((f) => [f.message.zh, f.expected]), [
        ['增减率 4% 与上年 135、本年 130 算出的 -3.70% 不符，应为 -4%（写成了上升，实为下降）', '-4%'],
      ]);
    });

    it('judges a rate at the precision it is written to: -3.8% for 135 → 130 should be -3.7%', () => {
      const text = vehicle(130, 135, '-3.8%');
      assert.deepEqual(findings(text, 'rate-mismatch').map(pin), [{
        rule: 'rate-mismatch', severity: 'error', path: 'threePublicExpenses.vehicleOperation.changeRate', range: '40:17-40:22',
        zh: '增减率 -3.8% 与上年 135、本年 130 算出的 -3.704% 不符，应为 -3.7%',
        en: 'Change rate -3.8% does not match -3.704% computed from last year 135 and this year 130; it should be -3.7%',
      }]);
      assertFixed(text, findings(text, 'rate-mismatch')[0]!);
    });

    it('takes last year as amount − change when previous is not written: -10% for 24 with a change of -1', () => {
      const text = vehicle(24, undefined, '-10%', -1);
      const [f, ...rest] = findings(text, 'rate-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'rate-mismatch', severity: 'error', path: 'threePublicExpenses.vehicleOperation.changeRate', range: '39:17-39:21',
        zh: '增减率 -10% 与上年 25、本年 24 算出的 -4.00% 不符，应为 -4%',
        en: 'Change rate -10% does not match -4.00% computed from last year 25 and this year 24; it should be -4%',
      });
      assert.deepEqual(f!.related?.map((r) => r.path), ['threePublicExpenses.vehicleOperation.amount', 'threePublicExpenses.vehicleOperation.change']);
    });

    it('rounds the rate it asks for exactly: 40 → 63 is 57.5%, so 58%, not 57%', () => {
      const [f, ...rest] = findings(vehicle(63, 40, '60%'), 'rate-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual([f!.expected, f!.message.en], ['58%', 'Change rate 60% does not match 57.50% computed from last year 40 and this year 63; it should be 58%']);
    });

    it('flags the total row, and its fix writes -7% plainly in a flow mapping', () => {
      const text = consistentWith('changeRate: -7%', 'changeRate: -9%');
      const [f, ...rest] = findings(text, 'rate-mismatch');
      assert.deepEqual(rest, []);
      assert.deepEqual(pin(f!), {
        rule: 'rate-mismatch', severity: 'error', path: 'threePublicExpenses.total.changeRate', range: '43:62-43:65',
        zh: '增减率 -9% 与上年 43、本年 40 算出的 -6.98% 不符，应为 -7%',
        en: 'Change rate -9% does not match -6.98% computed from last year 43 and this year 40; it should be -7%',
      });
      assert.equal(assertFixed(text, f!), fixture('consistent.budget.yaml'));
    });

    it('keeps the quotes a rate was written with', () => {
      const text = consistentWith('changeRate: -4%', 'changeRate: "-9%"');
      assert.equal(assertFixed(text, findings(text, 'rate-mismatch')[0]!), consistentWith('changeRate: -4%', 'changeRate: "-4%"'));
    });
  });

  describe('options', () => {
    const text = vehicle(25, 24, '-4%');

    it('can be lowered to a warning', () => {
      assert.deepEqual(findings(text, 'rate-mismatch', { rules: { 'rate-mismatch': 'warning' } }).map((f) => f.severity), ['warning']);
    });

    it('reports nothing when turned off', () => {
      assert.deepEqual(findings(text, 'rate-mismatch', { rules: { 'rate-mismatch': 'off' } }), []);
    });

    it('is silenced by # budget-disable-next-line rate-mismatch', () => {
      assert.deepEqual(findings(text.replace('    changeRate: -4%', '    # budget-disable-next-line rate-mismatch\n    changeRate: -4%'), 'rate-mismatch'), []);
    });
  });
});
