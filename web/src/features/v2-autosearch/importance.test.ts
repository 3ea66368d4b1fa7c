import { describe, expect, it } from 'vitest';
import { PARAMETER_ANALYSIS } from './__fixtures__/search-job.js';
import { importanceRows } from './importance.js';

describe('importanceRows', () => {
  it('reads "mean/std" cells of the page sample', () => {
    expect(importanceRows(PARAMETER_ANALYSIS)).toEqual([
      { parameter: 'batch_size', mean: 0.2443, std: 0.3867, raw: '0.2443/0.3867' },
      { parameter: 'learning_rate', mean: 0.6992, std: 0.404, raw: '0.6992/0.4040' },
    ]);
  });

  it('finds the columns by name and keeps cells it cannot read', () => {
    const rows = importanceRows({
      header: ['the mean/std of importance', 'parameters'],
      data: [
        ['0.5', 'lr'],
        ['n/a', 'bs'],
        [null, 'x'],
      ],
    });
    expect(rows).toEqual([
      { parameter: 'lr', mean: 0.5, std: null, raw: '0.5' },
      { parameter: 'bs', mean: null, std: null, raw: 'n/a' },
      { parameter: 'x', mean: null, std: null, raw: '' },
    ]);
  });
});
