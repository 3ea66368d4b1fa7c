import type { ObsStat } from '@console/shared';
import { formatBytes } from '../../lib/obs/obs-paths.js';
import type { ObsPickKind } from './obs-picker-modal.js';

export type CheckTone = 'ok' | 'warn' | 'info';

export interface PathCheck {
  tone: CheckTone;
  text: string;
}

/**
 * What a typed path's stat means for a field that needs a folder or a file. `mayNotExist`: an
 * output the job creates (missing is then normal, a hint and never a blocker).
 */
export function describeStat(stat: ObsStat, kind: ObsPickKind, mayNotExist: boolean): PathCheck {
  if (stat.kind === 'missing') {
    return mayNotExist
      ? { tone: 'info', text: 'Does not exist yet: the job will create it.' }
      : { tone: 'warn', text: `Not found in OBS.` };
  }
  if (stat.kind !== kind) {
    return {
      tone: 'warn',
      text: kind === 'folder' ? 'Is a file, a folder is needed.' : 'Is a folder, a file is needed.',
    };
  }
  if (stat.kind === 'file')
    return {
      tone: 'ok',
      text: `File exists${stat.size !== undefined ? ` (${formatBytes(stat.size)})` : ''}.`,
    };
  return { tone: 'ok', text: 'Folder exists.' };
}

export const TONE_COLORS: Record<CheckTone, string> = {
  ok: 'green',
  warn: 'orange',
  info: 'dimmed',
};
