import { describe, expect, it } from 'vitest';
import { inlineScript } from './inline-script.js';

const HTML = '<head><script src="/color-scheme.js"></script></head><body></body>';

describe('inlineScript', () => {
  it('writes the script into the page in place of its file', () => {
    expect(inlineScript(HTML, 'color-scheme.js', '\n(function () { run(); })();\n')).toBe(
      '<head><script>(function () { run(); })();</script></head><body></body>',
    );
  });

  it('refuses a page that does not load the script', () => {
    expect(() => inlineScript('<head></head>', 'color-scheme.js', 'x')).toThrow(
      /does not load \/color-scheme.js/,
    );
    expect(() => inlineScript(HTML, 'other.js', 'x')).toThrow(/does not load \/other.js/);
  });

  it.each(['a("</script>")', "a('</SCRIPT >')", 'a("<!--")'])(
    'refuses a script whose text would end or break the element: %s',
    (content) => {
      expect(() => inlineScript(HTML, 'color-scheme.js', content)).toThrow(
        /cannot be written inline/,
      );
    },
  );
});
