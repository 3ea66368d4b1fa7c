import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '../../../lib/i18n/i18n.js';
import { posts, renderCreatePage } from '../__fixtures__/create-page-harness.js';

afterEach(async () => {
  vi.unstubAllGlobals();
  await switchLanguage('en');
});

describe('the v2 create form in Simplified Chinese', () => {
  it('reads in Chinese, and an error shows in Chinese beside its field', async () => {
    await switchLanguage('zh-CN');
    const { fetch } = renderCreatePage();
    await screen.findByRole('heading', { name: '创建 v2 训练作业' });
    const form = await screen.findByRole('form', { name: '创建 v2 训练作业' });
    for (const section of ['作业', '算法', '超参', '超参搜索', '数据', '环境变量', '资源'])
      expect(within(form).getByRole('region', { name: section })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: '自定义镜像' })).toBeInTheDocument();
    expect(within(form).getByRole('switch', { name: /启用超参搜索/ })).toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: '创建' }));
    const name = await screen.findByLabelText('名称');
    // the shared schema's message: the API name as the hint, the rest in Chinese
    expect(await screen.findByText('名称不能为空')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('请选择规格')).toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);
  });
});
