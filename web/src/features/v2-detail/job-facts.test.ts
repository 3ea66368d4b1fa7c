import type { TrainingJobV2 } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { algorithmSummary } from './job-facts.js';

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
