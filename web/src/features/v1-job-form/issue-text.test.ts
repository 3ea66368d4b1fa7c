import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../lib/i18n/i18n.js';
import { issueText } from './issue-text.js';

afterEach(() => switchLanguage('en'));

describe('validation messages in the console language', () => {
  it('reads the shared schema messages field by field in Chinese', async () => {
    await switchLanguage('zh-CN');
    expect(issueText('app_url is required')).toBe('app_url 不能为空');
    expect(issueText('job_name must be at most 64 characters')).toBe('job_name 最多 64 个字符');
    expect(issueText('boot_file_url is required with app_url')).toBe(
      'boot_file_url 须与 app_url 同时填写',
    );
    expect(issueText('data_url bucket name "Ab" must be 3–63 characters long')).toBe(
      'data_url 桶名“Ab”长度必须为 3–63 个字符',
    );
    expect(issueText('worker_server_num must be at most 4 for modelarts.vm.cpu.2u')).toBe(
      'worker_server_num 对规格 modelarts.vm.cpu.2u 不能大于 4',
    );
    expect(issueText('Choose an AI engine')).toBe('请选择 AI 引擎');
    expect(issueText('at most 16 volumes')).toBe('最多 16 个存储卷');
  });

  it('leaves a message it does not know as sent (an upstream error)', async () => {
    await switchLanguage('zh-CN');
    expect(issueText('ModelArts.2763: job name exists')).toBe('ModelArts.2763: job name exists');
    expect(issueText('app_url is mysterious')).toBe('app_url is mysterious');
    expect(issueText(undefined)).toBeUndefined();
  });

  it('changes nothing in English', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (message) => {
        expect(issueText(message)).toBe(message);
      }),
      { seed: 1206, numRuns: 300 },
    );
    expect(issueText('user_command is required with user_image_url')).toBe(
      'user_command is required with user_image_url',
    );
  });
});
