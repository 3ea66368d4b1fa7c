import { describe, expect, it } from 'vitest';
import { previewKind, totalFromContentRange } from './preview-kind.js';

describe('previewKind', () => {
  it('shows images, text and code, and nothing else', () => {
    expect(previewKind('search-importance.PNG')).toBe('image');
    expect(previewKind('train.py')).toBe('text');
    expect(previewKind('job.log')).toBe('text');
    expect(previewKind('README')).toBe('text');
    expect(previewKind('model.bin')).toBe('none');
  });
});

describe('totalFromContentRange', () => {
  it('reads the size after the slash', () => {
    expect(totalFromContentRange('bytes 0-262143/1048576')).toBe(1048576);
    expect(totalFromContentRange(null)).toBeUndefined();
    expect(totalFromContentRange('bytes */*')).toBeUndefined();
  });
});
