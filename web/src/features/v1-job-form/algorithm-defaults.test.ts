import { describe, expect, it } from 'vitest';
import { withAlgorithmDefaults } from './algorithm-defaults.js';

const softmax = [
  { label: 'learning_rate', value: '0.1' },
  { label: 'epochs', value: '5' },
];
const linear = [
  { label: 'learning_rate', value: '0.01' },
  { label: 'batch_size', value: '32' },
];

describe('withAlgorithmDefaults', () => {
  it('fills an empty list with the algorithm defaults, in their order', () => {
    expect(withAlgorithmDefaults([], softmax)).toEqual(softmax);
  });

  it('keeps what the user wrote, drops blank rows, and does not add a label twice', () => {
    const rows = [
      { label: 'epochs', value: '50' },
      { label: '', value: '' },
      { label: 'seed', value: '7' },
    ];
    expect(withAlgorithmDefaults(rows, softmax)).toEqual([
      { label: 'epochs', value: '50' },
      { label: 'seed', value: '7' },
      { label: 'learning_rate', value: '0.1' },
    ]);
  });

  it('replaces the untouched defaults of the previous algorithm, keeping edited ones', () => {
    const rows = [
      { label: 'learning_rate', value: '0.1' },
      { label: 'epochs', value: '9' },
    ];
    expect(withAlgorithmDefaults(rows, linear, softmax)).toEqual([
      { label: 'epochs', value: '9' },
      { label: 'learning_rate', value: '0.01' },
      { label: 'batch_size', value: '32' },
    ]);
  });
});
