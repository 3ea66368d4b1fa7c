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

  it('knows every text extension it lists, by the last dot, in any case', () => {
    const text = (
      'txt log out err csv tsv json jsonl ndjson py ipynb md rst yaml yml toml ini cfg conf sh ' +
      'bash r sql java scala c h cc cpp hpp go rs js ts properties env gitignore dockerfile'
    ).split(' ');
    for (const ext of text) {
      expect(safeContentType(`f.${ext}`), ext).toBe('text/plain; charset=utf-8');
      expect(safeContentType(`F.${ext.toUpperCase()}`), ext).toBe('text/plain; charset=utf-8');
    }
    expect(safeContentType('a.jpeg')).toBe('image/jpeg');
    expect(safeContentType('archive.tar.gz')).toBe('application/octet-stream');
    expect(safeContentType('notes.html.txt')).toBe('text/plain; charset=utf-8');
    expect(safeContentType('report.txt.html')).toBe('application/octet-stream');
    // No dot: the whole name is the extension (Dockerfile); a leading dot starts the extension.
    expect(safeContentType('Dockerfile')).toBe('text/plain; charset=utf-8');
    expect(safeContentType('.gitignore')).toBe('text/plain; charset=utf-8');
    expect(safeContentType('.env')).toBe('text/plain; charset=utf-8');
    expect(safeContentType('')).toBe('application/octet-stream');
    expect(safeContentType('txt.')).toBe('application/octet-stream');
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
    // `*` is escaped too (upper-case hex), the other attr-chars and unreserved marks are kept
    expect(contentDisposition('a*b!~_.-.txt', false)).toBe(
      `inline; filename="a*b!~_.-.txt"; filename*=UTF-8''a%2Ab!~_.-.txt`,
    );
  });

  it('keeps printable ASCII in the plain filename, replaces controls and DEL, never leaves it empty', () => {
    expect(contentDisposition(' ~x', true)).toBe(
      `attachment; filename=" ~x"; filename*=UTF-8''%20~x`,
    );
    expect(contentDisposition('a\x1fb\x7fc\td.txt', true)).toBe(
      `attachment; filename="a_b_c_d.txt"; filename*=UTF-8''a%1Fb%7Fc%09d.txt`,
    );
    expect(contentDisposition('', true)).toBe(`attachment; filename="download"; filename*=UTF-8''`);
    expect(contentDisposition('日本', false)).toBe(
      `inline; filename="__"; filename*=UTF-8''%E6%97%A5%E6%9C%AC`,
    );
  });

  it('sandboxes and forbids sniffing, never compresses', () => {
    expect(downloadHeaders('a.html', false)).toEqual({
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `inline; filename="a.html"; filename*=UTF-8''a.html`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
      'Cache-Control': 'private, no-cache, no-transform',
    });
    expect(downloadHeaders('b.log', true)).toMatchObject({
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="b.log"; filename*=UTF-8''b.log`,
    });
  });
});
