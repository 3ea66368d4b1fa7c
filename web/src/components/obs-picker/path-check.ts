import type { ObsStat } from '@console/shared';
import { formatBytes } from '../../lib/obs/obs-paths.js';
import type { ObsPickKind } from './obs-picker-modal.js';
import * as i18n from '../../lib/i18n/i18n.js';

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
      ? { tone: 'info', text: i18n.t('Does not exist yet: the job will create it.') }
      : { tone: 'warn', text: i18n.t('Not found in OBS.') };
  }
  if (stat.kind !== kind) {
    return {
      tone: 'warn',
      text:
        kind === 'folder'
          ? i18n.t('Is a file, a folder is needed.')
          : i18n.t('Is a folder, a file is needed.'),
    };
  }
  if (stat.kind === 'file')
    return {
      tone: 'ok',
      text:
        stat.size !== undefined
          ? i18n.t('File exists ({{size}}).', { size: formatBytes(stat.size) })
          : i18n.t('File exists.'),
    };
  return { tone: 'ok', text: i18n.t('Folder exists.') };
}

export const TONE_COLORS: Record<CheckTone, string> = {
  ok: 'green',
  warn: 'orange',
  info: 'dimmed',
};
