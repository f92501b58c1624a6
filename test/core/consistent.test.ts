import { strict as assert } from 'assert';
import { findings, fixture, pin } from '../helpers';

describe('a document where every figure agrees', () => {
  it('has no findings at all', () => {
    assert.deepEqual(findings(fixture('consistent.budget.yaml')).map(pin), []);
  });
});
