import { describe, expect, it } from 'vitest';
import {
  baseName,
  crumbsOf,
  folderOf,
  formatBytes,
  parentFolder,
  toConsolePath,
  toFieldPath,
  uploadTarget,
} from './obs-paths.js';

describe('console OBS paths', () => {
  it('reads obs:// as /bucket and writes the field style back', () => {
    expect(toConsolePath(' obs://b/d/ ')).toBe('/b/d/');
    expect(toFieldPath('/b/d/x.py', 'obs')).toBe('obs://b/d/x.py');
    expect(toFieldPath('/b/d/x.py', 'slash')).toBe('/b/d/x.py');
  });

  it('finds the folder to open for a value', () => {
    expect(folderOf('')).toBe('/');
    expect(folderOf('not a path')).toBe('/');
    expect(folderOf('/b/d/')).toBe('/b/d/');
    expect(folderOf('obs://b/d/train.py')).toBe('/b/d/');
    expect(parentFolder('/b/d/sub/')).toBe('/b/d/');
    expect(parentFolder('/b/')).toBe('/');
    expect(baseName('/b/out/')).toBe('out');
  });

  it('makes breadcrumbs from the buckets down', () => {
    expect(crumbsOf('/b/d/')).toEqual([
      { label: 'All buckets', path: '/' },
      { label: 'b', path: '/b/' },
      { label: 'd', path: '/b/d/' },
    ]);
    expect(crumbsOf('/')).toEqual([{ label: 'All buckets', path: '/' }]);
  });

  it('keeps a chosen folder structure under the target folder', () => {
    expect(uploadTarget('/b/d/', { name: 'x.py', webkitRelativePath: 'code/lib/x.py' })).toBe(
      '/b/d/code/lib/x.py',
    );
    expect(uploadTarget('/b/d/', { name: 'x.py', webkitRelativePath: '' })).toBe('/b/d/x.py');
  });

  it('shows sizes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1500)).toBe('1.5 kB');
    expect(formatBytes(9_437_184)).toBe('9.4 MB');
    expect(formatBytes(250_000_000_000)).toBe('250 GB');
  });
});
