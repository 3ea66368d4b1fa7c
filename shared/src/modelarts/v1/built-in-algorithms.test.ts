import { describe, expect, it } from 'vitest';
import {
  BuiltInAlgorithmListQuerySchema,
  BuiltInAlgorithmListResponseSchema,
} from './built-in-algorithms.js';

const restModel = {
  model_id: 4,
  model_name: 'ResNet_v2_50',
  model_usage: 1,
  model_precision: '75.55%(top1), 92.6%(top5)',
  model_size: 102503801,
  parameter:
    '[{"label":"batch_size","value":"4","placeholder_cn":"Total number","placeholder_en":"","required":true}]',
  create_time: 1522218780025,
  engine_id: 501,
  engine_name: 'MXNet',
  engine_version: 'MXNet-1.2.1-python2.7',
};

describe('BuiltInAlgorithmListResponseSchema', () => {
  it('decodes `parameter` sent as a JSON string (REST) or an array (SDK)', () => {
    const r = BuiltInAlgorithmListResponseSchema.parse({
      is_success: true,
      model_total_count: 41,
      models: [restModel, { ...restModel, model_id: 5, parameter: [{ label: 'lr', value: 0.1 }] }],
    });
    expect(r.models[0]!.parameter).toEqual([
      {
        label: 'batch_size',
        value: '4',
        placeholder_cn: 'Total number',
        placeholder_en: '',
        required: true,
      },
    ]);
    expect(r.models[1]!.parameter).toEqual([{ label: 'lr', value: '0.1' }]);
  });

  it('validates the list query with field-named messages', () => {
    expect(BuiltInAlgorithmListQuerySchema.parse({})).toMatchObject({
      sortBy: 'engine',
      order: 'desc',
    });
    const r = BuiltInAlgorithmListQuerySchema.safeParse({ per_page: '101' });
    expect(r.error?.issues[0]).toMatchObject({
      path: ['per_page'],
      message: 'per_page must be 1–100',
    });
  });
});
