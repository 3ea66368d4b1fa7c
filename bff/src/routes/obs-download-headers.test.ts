import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadHeaders, safeContentType } from './obs-download-headers.js';

describe('OBS download headers', () => {
  it('serves text as plain text, four image types as themselves, the rest as bytes', () => {
    expect(safeContentType('train.py')).toBe('text/plain; charset=utf-8');
    expect(safeContentType('LOG.TXT')).toBe('text/plain; charset=utf-8');
    expect(safeContentType('importance.png')).toBe('image/png');
    expect(safeContentType('a.JPG')).toBe('image/jpeg');
    expect(safeContentType('a.gif')).toBe('image/gif');
    expect(safeContentType('a.webp')).toBe('image/webp');
    for (const name of [
      'x.html',
      'x.htm',
      'x.svg',
      'x.xml',
      'x.xhtml',
      'x.pdf',
      'model.bin',
      'noext',
    ])
      expect(safeContentType(name)).toBe('application/octet-stream');
  });

  it('names the file per RFC 6266 / 5987, inline unless a download is asked for', () => {
    expect(contentDisposition('model.bin', true)).toBe(
      `attachment; filename="model.bin"; filename*=UTF-8''model.bin`,
    );
    expect(contentDisposition('résumé "v1"\\.txt', false)).toBe(
      `inline; filename="r_sum_ _v1__.txt"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22v1%22%5C.txt`,
    );
    expect(contentDisposition("it's (1).txt", true)).toContain(
      `filename*=UTF-8''it%27s%20%281%29.txt`,
    );
  });

  it('sandboxes and forbids sniffing, never compresses', () => {
    expect(downloadHeaders('a.html', false)).toMatchObject({
      'Content-Type': 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
      'Cache-Control': expect.stringContaining('no-transform'),
    });
  });
});
