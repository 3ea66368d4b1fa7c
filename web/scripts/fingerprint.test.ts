import { describe, expect, it } from 'vitest';
import { fingerprintScript } from './fingerprint.js';

const HTML = '<head><script src="/color-scheme.js"></script></head><body></body>';

describe('fingerprintScript', () => {
  it('moves the script under assets/ with a name from its content', () => {
    const a = fingerprintScript(HTML, 'color-scheme.js', Buffer.from('one'));
    expect(a.file).toMatch(/^assets\/color-scheme-[\w-]{10}\.js$/);
    expect(a.html).toBe(`<head><script src="/${a.file}"></script></head><body></body>`);
    // the same content, the same name; another content, another name
    expect(fingerprintScript(HTML, 'color-scheme.js', Buffer.from('one')).file).toBe(a.file);
    expect(fingerprintScript(HTML, 'color-scheme.js', Buffer.from('two')).file).not.toBe(a.file);
  });

  it('refuses a page that does not load the script', () => {
    expect(() => fingerprintScript('<head></head>', 'color-scheme.js', Buffer.from('x'))).toThrow(
      /does not load \/color-scheme.js/,
    );
  });
});
