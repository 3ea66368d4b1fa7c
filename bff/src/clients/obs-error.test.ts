import { describe, expect, it } from 'vitest';
import { ObsCallError } from './obs-error.js';
import { xmlBlocks, xmlText } from './obs-xml.js';

const errorXml = (code: string, message: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message>` +
  `<RequestId>R1</RequestId>${extra}</Error>`;

describe('OBS errors as the console answers them', () => {
  it('keeps OBS 4xx statuses with OBS.<Code> and its message; names path for a missing key', () => {
    const e = ObsCallError.from(
      404,
      {},
      errorXml('NoSuchKey', 'The specified key does not exist.'),
    );
    expect([e.status, e.toBody()]).toEqual([
      404,
      {
        error_code: 'OBS.NoSuchKey',
        error_msg: 'OBS: The specified key does not exist.',
        field: 'path',
      },
    ]);
    expect(ObsCallError.from(403, {}, errorXml('AccessDenied', 'Access denied.')).status).toBe(403);
  });

  it('answers OBS 5xx as 502 and never copies StringToSign or other elements', () => {
    const e = ObsCallError.from(
      403,
      {},
      errorXml(
        'SignatureDoesNotMatch',
        'no match',
        '<StringToSign>x-obs-security-token:SECRET</StringToSign>',
      ),
    );
    expect(JSON.stringify(e.toBody())).not.toContain('SECRET');
    expect(e.keysRefused).toBe(false);
    expect(ObsCallError.from(503, {}, errorXml('ServiceUnavailable', 'busy')).status).toBe(502);
    expect(ObsCallError.from(403, {}, errorXml('InvalidSecurity', 'expired')).keysRefused).toBe(
      true,
    );
  });

  it('reads a HEAD answer without body from its headers', () => {
    const e = ObsCallError.from(
      404,
      { 'x-obs-error-code': 'NoSuchBucket', 'x-obs-error-message': 'no%20bucket' },
      '',
    );
    expect(e.toBody()).toMatchObject({
      error_code: 'OBS.NoSuchBucket',
      error_msg: 'OBS: no bucket',
    });
    expect(ObsCallError.from(500, {}, '').toBody().error_code).toBe('OBS.HTTP500');
  });
});

describe('the OBS XML reader', () => {
  it('unescapes the predefined and numeric entities', () => {
    const xml =
      '<R><Contents><Key>a&amp;b &lt;c&gt; &#233;&#x4e2d;</Key></Contents><Contents><Key>2</Key></Contents></R>';
    expect(xmlBlocks(xml, 'Contents').map((c) => xmlText(c, 'Key'))).toEqual(['a&b <c> é中', '2']);
    expect(xmlText(xml, 'Missing')).toBeUndefined();
  });
});
