import {
  CreateTrainingJobV2RequestSchema,
  TrainingJobV2Schema,
  type CreateTrainingJobV2Request,
  type TrainingJobV2,
} from '@console/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_003_FORM_1, SEED_003_FORM_2 } from './__fixtures__/seed-003-forms.js';
import { EMPTY_V2_FORM, type V2JobFormValues } from './form-values.js';
import { copyName, fromV2Job } from './from-v2-job.js';
import { toCreateV2Request } from './to-create-request.js';

/** What the server answers for a job made from `body` (catalog §4.4): echoed, defaults filled in. */
function detailOf(body: CreateTrainingJobV2Request): TrainingJobV2 {
  const a = body.algorithm ?? {};
  return TrainingJobV2Schema.parse({
    kind: 'job',
    metadata: {
      id: 'b7f2c1de-0000-4000-8000-000000000001',
      name: body.metadata.name,
      description: body.metadata.description ?? '',
      create_time: 1_765_000_000_000,
    },
    status: { phase: 'Completed', tasks: ['worker-0'] },
    algorithm: {
      // a job from an algorithm also shows the algorithm's code and engine
      ...(a.id ? { name: 'my-algo', code_dir: '/b/code/', boot_file: '/b/code/t.py' } : {}),
      ...a,
      engine: a.engine ?? (a.id ? { engine_id: 'pytorch-1.8' } : undefined),
      parameters: (a.parameters ?? []).map((p) => ({ ...p, value: String(p.value) })),
      inputs: (a.inputs ?? []).map((i) => ({
        local_dir: `/home/ma-user/modelarts/inputs/${i.name}_0`,
        ...i,
      })),
      outputs: (a.outputs ?? []).map((o) => ({
        local_dir: `/home/ma-user/modelarts/outputs/${o.name}_0`,
        mode: 'upload_periodically',
        ...o,
      })),
    },
    spec: {
      ...body.spec,
      resource: { policy: 'regular', flavor_name: 'CPU 2 cores', ...body.spec?.resource },
      volumes: body.spec?.volumes ?? [],
      is_hosted_log: true,
    },
  });
}

const copyOf = (body: CreateTrainingJobV2Request) => ({
  ...body,
  metadata: { ...body.metadata, name: copyName(body.metadata.name) },
});

describe('fromV2Job', () => {
  it('suffixes the name and keeps it a valid job name', () => {
    expect(copyName('train')).toBe('train-copy');
    expect(copyName('x'.repeat(64))).toHaveLength(64);
    expect(copyName('x'.repeat(64)).endsWith('-copy')).toBe(true);
  });

  it.each([
    ['an algorithm job (seed 003 sample 1)', SEED_003_FORM_1],
    ['a custom image job with env, pool and NFS volume (seed 003 sample 2)', SEED_003_FORM_2],
  ])('copies %s into the body that made it', (_, form) => {
    const body = toCreateV2Request(form);
    expect(toCreateV2Request(fromV2Job(detailOf(body)))).toStrictEqual(copyOf(body));
  });

  it('leaves the folders the server chose blank, keeps the ones the user gave', () => {
    const form: V2JobFormValues = {
      ...EMPTY_V2_FORM,
      name: 'j',
      source: 'code',
      codeDir: '/b/code/',
      bootFile: '/b/code/train.py',
      engineId: 'pytorch-1.8',
      flavorId: 'cpu',
      inputs: [{ ...EMPTY_INPUT, name: 'data_url', obsUrl: '/b/data/' }],
      outputs: [{ name: 'train_url', obsUrl: '/b/out/', localDir: '/cache/out' }],
    };
    const values = fromV2Job(detailOf(toCreateV2Request(form)));
    expect(values.inputs[0]?.localDir).toBe('');
    expect(values.outputs[0]?.localDir).toBe('/cache/out');
  });

  it('turns a hyperparameter search back on with its parameters and reward', () => {
    const job = detailOf(toCreateV2Request(SEED_003_FORM_1));
    const search = {
      algo_configs: [{ name: 'tpe_search', params: [{ key: 'seed', value: '1', type: 'Int' }] }],
      search_params: [
        { name: 'lr', param_type: 'continuous', lower_bound: '0.001', upper_bound: '0.1' },
        { name: 'bs', param_type: 'discrete', discrete_values: ['16', '32'] },
      ],
      reward_attrs: [{ name: 'acc', mode: 'max', regex: 'acc=(\\d+)' }],
    };
    const values = fromV2Job({
      ...job,
      algorithm: { ...job.algorithm, policies: { auto_search: search } },
    });
    expect(values.autoSearch).toMatchObject({
      enabled: true,
      algorithm: 'tpe_search',
      rewardName: 'acc',
      searchParams: [
        { name: 'lr', type: 'continuous', lowerBound: '0.001', upperBound: '0.1' },
        { name: 'bs', type: 'discrete', discreteValues: '16, 32' },
      ],
    });
    expect(toCreateV2Request(values).algorithm?.policies?.auto_search).toStrictEqual(search);
  });

  it('property: form → request → details → copy form → request is the same body (name aside)', () => {
    fc.assert(
      fc.property(formValues, (form) => {
        const body = toCreateV2Request(form);
        fc.pre(CreateTrainingJobV2RequestSchema.safeParse(body).success);
        expect(toCreateV2Request(fromV2Job(detailOf(body)))).toStrictEqual(copyOf(body));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});

const EMPTY_INPUT = {
  name: '',
  kind: 'obs' as const,
  obsUrl: '',
  datasetId: '',
  datasetVersionId: '',
  localDir: '',
};

const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const obs = word.map((w) => `/bucket/${w}/`);
const maybe = (a: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), a);
const kv = fc.record({ name: word, value: fc.oneof(word, fc.constant('')) });

const searchParam = fc.oneof(
  fc
    .record({
      name: word,
      lo: fc.integer({ min: 0, max: 50 }),
      span: fc.integer({ min: 1, max: 50 }),
    })
    .map(({ name, lo, span }) => ({
      name,
      type: 'continuous' as const,
      lowerBound: String(lo),
      upperBound: String(lo + span),
      pointsNum: '',
      discreteValues: '',
    })),
  fc.record({ name: word, values: fc.array(word, { minLength: 1, maxLength: 3 }) }).map((p) => ({
    name: p.name,
    type: 'discrete' as const,
    lowerBound: '',
    upperBound: '',
    pointsNum: '',
    discreteValues: p.values.join(', '),
  })),
);

const autoSearch = fc.oneof(
  fc.constant(EMPTY_V2_FORM.autoSearch),
  fc.record({
    enabled: fc.constant(true),
    algorithm: maybe(fc.constantFrom('tpe_search', 'bayes_opt_search')),
    algoParams: fc.array(
      fc.record({ key: word, value: word, type: fc.constantFrom('Int', 'Float', 'String') }),
      { maxLength: 2 },
    ),
    searchParams: fc.array(searchParam, { minLength: 1, maxLength: 3 }),
    rewardName: word,
    rewardMode: fc.constantFrom('max' as const, 'min' as const),
    rewardRegex: maybe(word.map((w) => `${w}=(\\d+)`)),
    skipSearchParams: maybe(word),
  }),
);

const formValues: fc.Arbitrary<V2JobFormValues> = fc.record({
  name: word,
  description: maybe(word),
  source: fc.constantFrom(
    'algorithm' as const,
    'subscription' as const,
    'code' as const,
    'image' as const,
  ),
  algorithmId: word,
  subscriptionId: word,
  itemVersionId: word,
  codeDir: obs,
  bootFile: word.map((w) => `/bucket/code/${w}.py`),
  engineMode: fc.constantFrom('preset' as const, 'name' as const),
  engineId: word,
  engineName: word,
  engineVersion: word,
  imageUrl: word.map((w) => `swr.example.com/team/${w}:1.0`),
  command: word.map((w) => `python ${w}.py`),
  workingDir: maybe(word.map((w) => `/home/ma-user/${w}`)),
  localCodeDir: maybe(word.map((w) => `/home/ma-user/${w}`)),
  parameters: fc.array(kv, { maxLength: 4 }),
  inputs: fc.array(
    fc.record({
      name: word,
      kind: fc.constantFrom('obs' as const, 'dataset' as const),
      obsUrl: obs,
      datasetId: word,
      datasetVersionId: word,
      localDir: maybe(word.map((w) => `/cache/${w}`)),
    }),
    { maxLength: 3 },
  ),
  outputs: fc.array(
    fc.record({ name: word, obsUrl: obs, localDir: maybe(word.map((w) => `/cache/${w}`)) }),
    { maxLength: 3 },
  ),
  environments: fc.uniqueArray(kv, { selector: (e) => e.name, maxLength: 3 }),
  poolKind: fc.constantFrom('public' as const, 'dedicated' as const),
  flavorId: word,
  nodeCount: fc.integer({ min: 1, max: 8 }),
  poolId: maybe(word),
  volumes: fc.array(
    fc.record({
      serverPath: word.map((w) => `192.168.0.8:/${w}`),
      localPath: word.map((w) => `/mnt/${w}`),
      readOnly: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
  logExportPath: maybe(obs),
  autoStopHours: fc.integer({ min: 0, max: 48 }),
  autoSearch,
});
