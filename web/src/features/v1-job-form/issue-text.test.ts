import { ResourceSpecSchema } from '@console/shared';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../lib/i18n/i18n.js';
import { mutatedForms } from '../../test/form-mutations.js';
import {
  SEED_002_DATASET_FORM,
  SEED_002_IMAGE_FORM,
  SEED_002_VOLUME_FORM,
} from './__fixtures__/seed-forms.js';
import { makeCreateJobFormSchema } from './form-schema.js';
import { issueText } from './issue-text.js';

afterEach(() => switchLanguage('en'));

const specs = [
  ResourceSpecSchema.parse({
    spec_id: 1,
    core: '4',
    cpu: '16',
    spec_code: 'modelarts.vm.cpu.4u',
    max_num: 1,
  }),
];
const schema = makeCreateJobFormSchema(specs);
const LIST_FORM = {
  ...SEED_002_DATASET_FORM,
  data_kind: 'list' as const,
  data_rows: [
    { type: 'obs' as const, data_url: '/bucket/data/', dataset_id: '', dataset_version: '' },
    { type: 'dataset' as const, data_url: '', dataset_id: 'ds-1', dataset_version: 'v-1' },
  ],
};
/** Radio and select values: the form never holds anything else in them. */
const CHOICES = new Set([
  'code_source',
  'data_kind',
  'resource',
  'create_version',
  'kind',
  'type',
  'spec_code',
  'spec_id',
]);

function messagesOf(values: unknown): string[] {
  const parsed = schema.safeParse(values);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

/** An API field name left in a message shown to the user (quoted values aside). */
const API_NAME = /\b[a-z]+(?:_[a-z]+)+\b|\w\[\]/;
const unquoted = (text: string) => text.replace(/"[^"]*"|“[^”]*”/g, '""');
/** A word of English left in a Chinese message: data (quoted values, paths, examples, codes) aside. */
const LATIN_WORD = /[A-Za-z]{4}/;
const withoutData = (text: string) =>
  unquoted(text).replace(/\S*[/:.+]\S*|\bU\+[0-9A-F]+ \(\w+\)|\b(OBS|NUL|NFS)\b/g, '');

describe('validation messages in the user’s words', () => {
  it('names the field by its label, in English and in Chinese', async () => {
    expect(issueText('app_url is required')).toBe('Code directory is required');
    expect(issueText('boot_file_url is required with app_url')).toBe(
      'Boot file is required when Code directory is given',
    );
    expect(issueText('a resource is required: spec_id, flavor.code or pool_id')).toBe(
      'Choose a resource specification, a public pool flavor or a dedicated pool',
    );
    expect(issueText('parameters[].value must not contain a NUL character')).toBe(
      'Value must not contain a NUL character',
    );
    await switchLanguage('zh-CN');
    expect(issueText('app_url is required')).toBe('代码目录不能为空');
    expect(issueText('job_name must be at most 64 characters')).toBe('名称最多 64 个字符');
    expect(issueText('data_url bucket name "Ab" must be 3–63 characters long')).toBe(
      '数据存储位置桶名“Ab”长度必须为 3–63 个字符',
    );
    expect(issueText('worker_server_num must be at most 4 for modelarts.vm.cpu.2u')).toBe(
      '计算节点个数对规格 modelarts.vm.cpu.2u 不能大于 4',
    );
    expect(issueText('Choose an AI engine')).toBe('请选择 AI 引擎');
    expect(issueText('at most 16 volumes')).toBe('最多 16 个存储卷');
  });

  it('leaves a message it does not know as sent (an upstream error)', async () => {
    expect(issueText('ModelArts.2763: job name exists')).toBe('ModelArts.2763: job name exists');
    await switchLanguage('zh-CN');
    expect(issueText('ModelArts.2763: job name exists')).toBe('ModelArts.2763: job name exists');
    expect(issueText('app_url is mysterious')).toBe('app_url is mysterious');
    expect(issueText(undefined)).toBeUndefined();
  });

  it('words every message the form can show, whatever the user types (no API name, all in Chinese)', async () => {
    const forms = fc.oneof(
      ...[SEED_002_DATASET_FORM, SEED_002_IMAGE_FORM, SEED_002_VOLUME_FORM, LIST_FORM].map((base) =>
        mutatedForms(base, (path) => CHOICES.has(String(path[path.length - 1]))),
      ),
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(forms, (form) => {
        for (const message of messagesOf(form)) seen.add(message);
      }),
      { seed: 1206, numRuns: 400 },
    );
    expect(seen.size).toBeGreaterThan(20);
    const english = [...seen].map((m) => [m, issueText(m)] as const);
    expect(english.filter(([, shown]) => API_NAME.test(unquoted(shown)))).toEqual([]);
    await switchLanguage('zh-CN');
    const untranslated = [...seen].filter((m) => LATIN_WORD.test(withoutData(issueText(m))));
    expect(untranslated).toEqual([]);
  });
});
