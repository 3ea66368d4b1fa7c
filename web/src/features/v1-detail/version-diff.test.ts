import { TrainingJobVersionSchema } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { versionDiff, visibleRows } from './version-diff.js';

const version = (id: number, fields: Record<string, unknown>) =>
  TrainingJobVersionSchema.parse({
    version_id: id,
    version_name: `V000${id}`,
    status: 10,
    create_time: id,
    app_url: '/bucket/code/',
    boot_file_url: '/bucket/code/train.py',
    engine_name: 'TensorFlow',
    engine_version: 'TF-1.8.0-python3.6',
    spec_code: 'modelarts.vm.cpu.2u',
    worker_server_num: 1,
    data_url: '/bucket/data/',
    train_url: '/bucket/out/',
    ...fields,
  });

describe('versionDiff', () => {
  const v1 = version(1, {
    parameter: [
      { label: 'lr', value: '0.1' },
      { label: 'epochs', value: 5 },
    ],
  });
  const v2 = version(2, {
    parameter: [
      { label: 'lr', value: '0.01' },
      { label: 'epochs', value: '5' },
    ],
  });

  it('shows only the changed hyperparameter when nothing else changed', () => {
    expect(visibleRows(versionDiff([v1, v2]), false)).toEqual([
      {
        group: 'Parameters',
        field: 'lr',
        api: 'parameter[lr]',
        values: ['0.1', '0.01'],
        differs: true,
      },
    ]);
  });

  it('finds differences in data, resources, engine, code and outputs, and a parameter only one sets', () => {
    const v3 = version(3, {
      parameter: [
        { label: 'lr', value: '0.1' },
        { label: 'seed', value: '7' },
      ],
      data_url: '/bucket/data2/',
      spec_code: 'modelarts.vm.cpu.8u',
      worker_server_num: 2,
      engine_version: 'TF-2.1.0-python3.6',
      train_url: '/bucket/out2/',
      user_command: null,
    });
    const changed = visibleRows(versionDiff([v1, v3]), false).map((r) => [r.field, r.values]);
    expect(changed).toEqual([
      ['epochs', ['5', '—']],
      ['seed', ['—', '7']],
      ['Data path', ['/bucket/data/', '/bucket/data2/']],
      ['Specification', ['modelarts.vm.cpu.2u', 'modelarts.vm.cpu.8u']],
      ['Nodes', ['1', '2']],
      ['Engine', ['TensorFlow TF-1.8.0-python3.6', 'TensorFlow TF-2.1.0-python3.6']],
      ['Output path', ['/bucket/out/', '/bucket/out2/']],
    ]);
  });

  it('compares three versions: a field differs when any one differs', () => {
    const rows = versionDiff([v1, v1, v2]);
    expect(rows.find((r) => r.field === 'lr')).toMatchObject({
      values: ['0.1', '0.1', '0.01'],
      differs: true,
    });
    expect(rows.find((r) => r.field === 'epochs')?.differs).toBe(false);
  });

  it('"show all" lists every field some version sets, equal ones included', () => {
    const all = visibleRows(versionDiff([v1, v2]), true).map((r) => r.field);
    expect(all).toEqual([
      'epochs',
      'lr',
      'Data path',
      'Specification',
      'Nodes',
      'Engine',
      'Code directory',
      'Boot file',
      'Output path',
    ]);
  });

  it('has nothing to show for identical versions', () => {
    expect(visibleRows(versionDiff([v1, v1]), false)).toEqual([]);
  });
});
