import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../lib/i18n/i18n.js';
import { issueText } from './issue-text.js';

afterEach(() => switchLanguage('en'));

describe('v2 validation messages in the console language', () => {
  it('reads the shared schema and the form rules in Chinese', async () => {
    await switchLanguage('zh-CN');
    expect(issueText('spec.resource.node_count must be at least 1')).toBe(
      'spec.resource.node_count 不能小于 1',
    );
    expect(issueText('algorithm.command is required with a custom image')).toBe(
      'algorithm.command 使用自定义镜像时必填',
    );
    expect(issueText('algorithm.boot_file must be inside algorithm.code_dir')).toBe(
      'algorithm.boot_file 必须位于 algorithm.code_dir 之内',
    );
    expect(issueText('This flavor allows at most 4 nodes')).toBe('此规格最多允许 4 个节点');
    expect(issueText('algo_configs.params lr must be a number')).toBe(
      'algo_configs.params lr 必须是数字',
    );
    expect(issueText('inputs[].local_dir must be an absolute path')).toBe(
      'inputs[].local_dir 必须是绝对路径',
    );
    expect(issueText('Choose a flavor')).toBe('请选择规格');
  });

  it('keeps English and upstream errors as they are', async () => {
    expect(issueText('Choose a flavor')).toBe('Choose a flavor');
    await switchLanguage('zh-CN');
    expect(issueText('ModelArts.2791: flavor sold out')).toBe('ModelArts.2791: flavor sold out');
  });
});
