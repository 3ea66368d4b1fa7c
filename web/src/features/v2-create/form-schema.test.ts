import { describe, expect, it } from 'vitest';
import { EMPTY_V2_FORM, newInput, type V2JobFormValues } from './form-values.js';
import { makeV2FormSchema } from './form-schema.js';
import { SEED_003_FORM_1, SEED_003_FORM_2 } from './__fixtures__/seed-003-forms.js';

const schema = makeV2FormSchema(
  (id) => ({ 'modelarts.vm.cpu.8u': 16, 'modelarts.vm.cpu.2u': 1 })[id],
);

function errorsOf(values: V2JobFormValues): Record<string, string> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('v2 form schema', () => {
  it('accepts both seed-003 samples', () => {
    expect(errorsOf(SEED_003_FORM_1)).toEqual({});
    expect(errorsOf(SEED_003_FORM_2)).toEqual({});
  });

  it('puts each issue beside its field', () => {
    const errors = errorsOf({
      ...EMPTY_V2_FORM,
      name: 'bad name!',
      source: 'code',
      codeDir: '/bucket/code/',
      bootFile: '/elsewhere/train.py',
      engineId: 'pytorch',
      flavorId: 'modelarts.vm.cpu.2u',
      nodeCount: 2,
      environments: [{ name: '1BAD', value: 'x' }],
      inputs: [{ ...newInput(), name: 'data_url' }],
      parameters: [{ name: '', value: '1' }],
    });
    expect(errors).toMatchObject({
      name: 'metadata.name may contain only letters, digits, hyphens (-) and underscores (_)',
      bootFile: 'algorithm.boot_file must be inside algorithm.code_dir',
      nodeCount: 'This flavor allows at most 1 node',
      environments: expect.stringMatching(/environments: .*must match/),
      'inputs.0.obsUrl': 'obs_url is required',
      'parameters.0.name': 'parameters[].name is required',
    });
  });

  it('asks for the fields of the chosen source and the pool id of a dedicated pool', () => {
    const errors = errorsOf({
      ...EMPTY_V2_FORM,
      name: 'ok',
      source: 'image',
      poolKind: 'dedicated',
      flavorId: 'modelarts.pool.visual.xlarge',
    });
    expect(Object.keys(errors).sort()).toEqual(['command', 'imageUrl', 'poolId']);
  });

  it('requires an auto-stop of 1 to the role’s maximum when the role sets one', () => {
    const bounded = makeV2FormSchema(() => 2, 24);
    const issue = (autoStopHours: number) => {
      const parsed = bounded.safeParse({ ...SEED_003_FORM_1, autoStopHours });
      return parsed.success
        ? undefined
        : parsed.error.issues.find((i) => i.path[0] === 'autoStopHours')?.message;
    };
    const words = "Your role's jobs must stop by themselves within 1 to 24 hours";
    expect(issue(0)).toBe(words);
    expect(issue(25)).toBe(words);
    expect(issue(24)).toBeUndefined();
    expect(issue(1)).toBeUndefined();
  });
});
