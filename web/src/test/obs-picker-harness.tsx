import { useState } from 'react';
import type { FakeObs } from './obs-fetch.js';
import { ObsPathInput, type ObsPathInputProps } from '../components/obs-picker/obs-path-input.js';

/** A form field holding its value, as a form would (tests only). */
export function PathField(
  props: Partial<ObsPathInputProps> & { initial?: string; onValue?: (v: string) => void },
) {
  const { initial = '', onValue, ...rest } = props;
  const [value, setValue] = useState(initial);
  return (
    <ObsPathInput
      label="Code directory"
      kind="folder"
      {...rest}
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
    />
  );
}

/** Buckets, a writable code folder and a read-only one (tests only). */
export const SAMPLE_OBS = (): FakeObs => ({
  asked: [],
  listings: {
    '/': {
      writable: false,
      folders: [
        { name: 'team', path: '/team/' },
        { name: 'shared', path: '/shared/' },
      ],
    },
    '/team/': {
      folders: [{ name: 'code', path: '/team/code/' }],
      files: [
        {
          name: 'notes.txt',
          path: '/team/notes.txt',
          size: 12,
          last_modified: '2026-12-06T10:00:00Z',
        },
      ],
    },
    '/team/code/': {
      files: [
        {
          name: 'train.py',
          path: '/team/code/train.py',
          size: 900,
          last_modified: '2026-12-06T10:00:00Z',
        },
      ],
    },
    '/shared/': { writable: false, folders: [{ name: 'datasets', path: '/shared/datasets/' }] },
  },
});
