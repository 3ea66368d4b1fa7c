import { describe, expect, it } from 'vitest';
import {
  ModifyTrainingJobDescriptionRequestSchema,
  TrainingJobActionRequestSchema,
} from './actions.js';

describe('v2 job actions (catalog §4.5, §4.7)', () => {
  it('terminate is the only action', () => {
    expect(TrainingJobActionRequestSchema.parse({ action_type: 'terminate' })).toEqual({
      action_type: 'terminate',
    });
    const r = TrainingJobActionRequestSchema.safeParse({ action_type: 'stop' });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      'action_type must be terminate',
    ]);
    expect(
      TrainingJobActionRequestSchema.safeParse({ action_type: 'terminate', force: true }).success,
    ).toBe(false);
  });

  it('a description is at most 256 characters, or null', () => {
    const modify = ModifyTrainingJobDescriptionRequestSchema;
    expect(modify.parse({ description: null })).toEqual({ description: null });
    expect(modify.parse({ description: 'd'.repeat(256) })).toEqual({
      description: 'd'.repeat(256),
    });
    const r = modify.safeParse({ description: 'd'.repeat(257) });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([
      'description must be at most 256 characters',
    ]);
    expect(modify.safeParse({ name: 'x' }).success).toBe(false);
  });
});
