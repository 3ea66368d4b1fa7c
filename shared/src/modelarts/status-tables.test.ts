import { describe, expect, it } from 'vitest';
import { isV1Terminal, v1StatusInfo } from './v1/status.js';
import { isV2Terminal, V2_TERMINABLE_PHASES, v2PhaseInfo } from './v2/status.js';

/**
 * Every row of the status tables, restated from the catalog (§3.17 v1 codes with their meaning,
 * §4.17 v2 phases): a job whose status will not change is terminal, so its log stream drains and
 * ends; any other keeps it open. A wrong bucket for one code would leave a stream open forever
 * (or cut a running job's log), so each row is checked, not a sample.
 */
const V1: ReadonlyArray<readonly [number, string, boolean]> = [
  [0, 'JOBSTAT_UNKNOWN', false],
  [1, 'JOBSTAT_INIT', false],
  [2, 'JOBSTAT_IMAGE_CREATING', false],
  [3, 'JOBSTAT_IMAGE_FAILED', true],
  [4, 'JOBSTAT_SUBMIT_TRYING', false],
  [5, 'JOBSTAT_SUBMIT_FAILED', true],
  [6, 'JOBSTAT_DELETE_FAILED', true],
  [7, 'JOBSTAT_WAITING', false],
  [8, 'JOBSTAT_RUNNING', false],
  [9, 'JOBSTAT_KILLING', false],
  [10, 'JOBSTAT_COMPLETED', true],
  [11, 'JOBSTAT_FAILED', true],
  [12, 'JOBSTAT_KILLED', true],
  [13, 'JOBSTAT_CANCELED', true],
  [14, 'JOBSTAT_LOST', true],
  [15, 'JOBSTAT_SCALING', false],
  [16, 'JOBSTAT_SUBMIT_MODEL_FAILED', true],
  [17, 'JOBSTAT_DEPLOY_SERVICE_FAILED', true],
  [18, 'JOBSTAT_CHECK_INIT', false],
  [19, 'JOBSTAT_CHECK_RUNNING', false],
  [20, 'JOBSTAT_CHECK_RUNNING_COMPLETED', true],
  [21, 'JOBSTAT_CHECK_FAILED', true],
  [22, 'MOUNT_FAILED', true],
];

describe('v1 status codes (catalog §3.17)', () => {
  it.each(V1)('%i %s: terminal %s', (code, name, terminal) => {
    expect(v1StatusInfo(code).name).toBe(name);
    expect(isV1Terminal(code)).toBe(terminal);
  });

  it('reads an undocumented code as unknown and not terminal (the stream stays open)', () => {
    for (const code of [-1, 23, 99]) {
      expect(v1StatusInfo(code)).toMatchObject({ code, bucket: 'unknown' });
      expect(isV1Terminal(code)).toBe(false);
    }
  });
});

const V2: ReadonlyArray<readonly [string, boolean, boolean]> = [
  // phase, terminal, may be terminated (§4.7)
  ['Creating', false, true],
  ['Pending', false, true],
  ['Running', false, true],
  ['Failed', true, false],
  ['Completed', true, false],
  ['Terminating', false, false],
  ['Terminated', true, false],
  ['Abnormal', true, false],
];

describe('v2 phases (catalog §4.17)', () => {
  it.each(V2)('%s: terminal %s, terminable %s', (phase, terminal, terminable) => {
    expect(v2PhaseInfo(phase).phase).toBe(phase);
    expect(v2PhaseInfo(phase).bucket).not.toBe('unknown');
    expect(isV2Terminal(phase)).toBe(terminal);
    expect(V2_TERMINABLE_PHASES.has(phase)).toBe(terminable);
  });

  it('reads an undocumented phase as unknown and not terminal', () => {
    for (const phase of ['', 'Deleted', 'running']) {
      expect(v2PhaseInfo(phase).bucket).toBe('unknown');
      expect(isV2Terminal(phase)).toBe(false);
    }
  });
});

describe('v2 phases not in the table', () => {
  it('are shown as sent, and an empty phase as Unknown', () => {
    expect(v2PhaseInfo('Paused')).toEqual({ phase: 'Paused', label: 'Paused', bucket: 'unknown' });
    expect(v2PhaseInfo('')).toEqual({ phase: '', label: 'Unknown', bucket: 'unknown' });
  });
});
