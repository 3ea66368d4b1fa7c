import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../lib/i18n/i18n.js';
import { mutatedForms } from '../../test/form-mutations.js';
import { SEED_003_FORM_1, SEED_003_FORM_2 } from './__fixtures__/seed-003-forms.js';
import { makeV2FormSchema } from './form-schema.js';
import { EMPTY_V2_FORM, type V2JobFormValues } from './form-values.js';
import { issueText } from './issue-text.js';

afterEach(() => switchLanguage('en'));

const schema = makeV2FormSchema(
  (id) => ({ 'modelarts.vm.cpu.8u': 16, 'modelarts.vm.cpu.2u': 1 })[id],
  24,
);

/** Code + engine with inputs, outputs and a hyperparameter search: every section filled. */
const CODE_FORM: V2JobFormValues = {
  ...EMPTY_V2_FORM,
  name: 'search-job',
  source: 'code',
  codeDir: '/bucket/code/',
  bootFile: '/bucket/code/train.py',
  engineId: 'pytorch',
  flavorId: 'modelarts.vm.cpu.8u',
  nodeCount: 2,
  autoStopHours: 2,
  parameters: [{ name: 'lr', value: '0.01' }],
  inputs: [
    {
      name: 'data',
      kind: 'obs',
      obsUrl: '/bucket/data/',
      datasetId: '',
      datasetVersionId: '',
      localDir: '/home/ma-user/data',
    },
  ],
  outputs: [{ name: 'out', obsUrl: '/bucket/out/', localDir: '/home/ma-user/out' }],
  autoSearch: {
    enabled: true,
    algorithm: 'bayes_opt_search',
    algoParams: [{ key: 'num_samples', value: '10', type: 'int' }],
    searchParams: [
      {
        name: 'lr',
        type: 'continuous',
        lowerBound: '0.001',
        upperBound: '0.1',
        pointsNum: '',
        discreteValues: '',
      },
    ],
    rewardName: 'accuracy',
    rewardMode: 'max',
    rewardRegex: '',
    skipSearchParams: '',
  },
};

/** Radio and select values: the form never holds anything else in them. */
const CHOICES = new Set([
  'source',
  'engineMode',
  'poolKind',
  'kind',
  'type',
  'rewardMode',
  'algorithm',
  'flavorId',
  'engineId',
  'key',
]);

const unquoted = (text: string) => text.replace(/"[^"]*"|“[^”]*”/g, '""');
/** An API field name left in a message shown to the user (quoted values aside). */
const API_NAME = /\b[a-z]+(?:_[a-z]+)+\b|\w\[\]/;
/** A word of English left in a Chinese message: data (quoted values, paths, examples, codes) aside. */
const LATIN_WORD = /[A-Za-z]{4}/;
const withoutData = (text: string) =>
  unquoted(text).replace(/\S*[/:.+]\S*|\bU\+[0-9A-F]+ \(\w+\)|\b(OBS|NUL|NFS|PFS|lr)\b/g, '');

describe('v2 validation messages in the user’s words', () => {
  it('names the field by its label, in English and in Chinese', async () => {
    expect(issueText('spec.resource.node_count must be at least 1')).toBe(
      'Nodes must be at least 1',
    );
    expect(issueText('algorithm.boot_file must be inside algorithm.code_dir')).toBe(
      'Boot file must be inside Code directory',
    );
    expect(issueText('algo_configs.params lr must be a number')).toBe('lr must be a number');
    await switchLanguage('zh-CN');
    expect(issueText('spec.resource.node_count must be at least 1')).toBe('节点数不能小于 1');
    expect(issueText('algorithm.command is required with a custom image')).toBe(
      '启动命令使用自定义镜像时必填',
    );
    expect(issueText('This flavor allows at most 4 nodes')).toBe('此规格最多允许 4 个节点');
    expect(issueText('inputs[].local_dir must be an absolute path')).toBe(
      '输入本地目录必须是绝对路径',
    );
    expect(issueText('Choose a flavor')).toBe('请选择规格');
  });

  it('keeps upstream errors as they are', async () => {
    expect(issueText('Choose a flavor')).toBe('Choose a flavor');
    await switchLanguage('zh-CN');
    expect(issueText('ModelArts.2791: flavor sold out')).toBe('ModelArts.2791: flavor sold out');
  });

  it('words every message the form can show, whatever the user types (no API name, all in Chinese)', async () => {
    const forms = fc.oneof(
      ...[SEED_003_FORM_1, SEED_003_FORM_2, CODE_FORM].map((base) =>
        mutatedForms(base, (path) => CHOICES.has(String(path[path.length - 1]))),
      ),
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(forms, (form) => {
        const parsed = schema.safeParse(form);
        if (!parsed.success) for (const issue of parsed.error.issues) seen.add(issue.message);
      }),
      { seed: 1206, numRuns: 500 },
    );
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].filter((m) => API_NAME.test(unquoted(issueText(m))))).toEqual([]);
    await switchLanguage('zh-CN');
    expect([...seen].filter((m) => LATIN_WORD.test(withoutData(issueText(m))))).toEqual([]);
  });
});
