import { V1_JOB_STATUSES, V2_PHASES, V2_SECONDARY_PHASES, v2PhaseInfo } from '@console/shared';
import { v2SecondaryPhaseLabel } from '@console/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../lib/i18n/i18n.js';
import { STATUS_WORDS, v1StatusWord, v2PhaseWord, v2SecondaryPhaseWord } from './status-words.js';

afterEach(() => switchLanguage('en'));

describe('status words', () => {
  it('lists every label of the shared status tables, so each has its translation', () => {
    const shared = new Set([
      ...[...V1_JOB_STATUSES.values()].map((s) => s.label),
      ...V2_PHASES.map((p) => v2PhaseInfo(p).label),
      ...V2_SECONDARY_PHASES.map(v2SecondaryPhaseLabel),
    ]);
    expect([...shared].filter((l) => !STATUS_WORDS.includes(l))).toEqual([]);
    expect(STATUS_WORDS.filter((w) => !shared.has(w))).toEqual([]);
  });

  it('speaks the console language and names what the tables do not know', async () => {
    expect(v1StatusWord(8)).toBe('Running');
    expect(v1StatusWord(99)).toBe('Status 99');
    await switchLanguage('zh-CN');
    expect(v1StatusWord(8)).toBe('运行中');
    expect(v1StatusWord(99)).toBe('状态 99');
    expect(v2PhaseWord('Terminated')).toBe('已终止');
    expect(v2PhaseWord('Strange')).toBe('Strange');
    expect(v2SecondaryPhaseWord('CreateFailed')).toBe('创建失败');
  });
});
