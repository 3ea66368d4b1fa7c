import type { TrainingJobV2 } from '@console/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../lib/i18n/i18n.js';
import { algorithmSummary, autoStopSummary, resourceSummary } from './job-facts.js';

afterEach(() => switchLanguage('en'));

const job = (algorithm: TrainingJobV2['algorithm']) => ({ algorithm }) as TrainingJobV2;

describe('algorithmSummary', () => {
  it('names each algorithm source', () => {
    expect(algorithmSummary(job({ id: 'a1', name: 'ttt-obs-gpu' }))).toBe('Algorithm ttt-obs-gpu');
    expect(
      algorithmSummary(
        job({ subscription_id: 's1', item_version_id: 'v2', name: 'gallery-digits-softmax' }),
      ),
    ).toBe('Subscribed gallery-digits-softmax (version v2)');
    expect(algorithmSummary(job({ subscription_id: 's1' }))).toBe('Subscribed s1 (version —)');
    expect(algorithmSummary(job({ engine: { image_url: 'x/y:1' }, command: 'run' }))).toBe(
      'Image x/y:1 — run',
    );
    expect(algorithmSummary(job({ code_dir: '/c/', boot_file: '/c/t.py' }))).toBe(
      '/c/t.py (code /c/)',
    );
  });
});

describe('autoStopSummary', () => {
  const withStop = (auto_stop: { time_unit: string; duration: number } | undefined) =>
    ({ spec: { auto_stop } }) as TrainingJobV2;
  it('says when the job stops by itself', () => {
    expect(autoStopSummary(withStop(undefined))).toBe('Off');
    expect(autoStopSummary(withStop({ time_unit: 'HOURS', duration: 1 }))).toBe('After 1 hour');
    expect(autoStopSummary(withStop({ time_unit: 'HOURS', duration: 6 }))).toBe('After 6 hours');
  });

  it('says it in Chinese, plurals and units included', async () => {
    await switchLanguage('zh-CN');
    expect(autoStopSummary(withStop(undefined))).toBe('关闭');
    expect(autoStopSummary(withStop({ time_unit: 'HOURS', duration: 6 }))).toBe('6 小时后');
    const resource = { spec: { resource: { flavor_id: 'f1', node_count: 2 } } } as TrainingJobV2;
    expect(resourceSummary(resource)).toBe('f1 · 2 个节点');
  });
});
