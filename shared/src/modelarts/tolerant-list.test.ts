import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { tolerantList } from './tolerant-list.js';
import { TrainingEngineListSchema } from './v2/engines.js';

describe('tolerantList', () => {
  const List = tolerantList({ total: z.number() }, 'items', z.looseObject({ id: z.string() }));

  it('keeps the valid items, counts the others, and keeps unknown fields', () => {
    const out = List.parse({ total: 3, items: [{ id: 'a' }, '......', { id: 2 }], extra: 'x' });
    expect(out).toEqual({ total: 3, items: [{ id: 'a' }], dropped_items: 2, extra: 'x' });
    // the fields keep their types (an index signature must not swallow them)
    expectTypeOf(out.total).toEqualTypeOf<number>();
    expectTypeOf(out.items[0]!.id).toEqualTypeOf<string>();
    expectTypeOf(out.dropped_items).toEqualTypeOf<number>();
  });

  it('still refuses a response that is no list at all', () => {
    expect(List.safeParse({ total: 1, items: 'nope' }).success).toBe(false);
    expect(List.safeParse({ items: [] }).success).toBe(false);
  });

  it('reads the documented v2 engine sample with its "......" placeholder', () => {
    const engine = {
      engine_id: 'caffe-1.0.0-python2.7',
      engine_name: 'Caffe',
      engine_version: 'Caffe-1.0.0-python2.7',
      v1_compatible: true,
      run_user: '1001',
      image_info: { cpu_image_url: 'aip/caffe-1-0-0-cpu', gpu_image_url: '', image_version: '' },
    };
    const out = TrainingEngineListSchema.parse({ total: 3, items: [engine, '......', engine] });
    expect(out.items).toHaveLength(2);
    expect(out.dropped_items).toBe(1);
  });
});
