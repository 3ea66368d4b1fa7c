import { ObsError } from './obs-errors.js';

/** Longest object key OBS accepts, in UTF-8 bytes. */
export const MAX_KEY_BYTES = 1024;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Longest key segment the object store's file system can hold (one file or folder name). */
export const MAX_SEGMENT_BYTES = 255;

/**
 * OBS bucket naming rules ("Creating a Bucket"): 3–63 characters of lower-case letters, digits,
 * hyphens and periods; starts and ends with a letter or digit; no `..`, no `.-` or `-.`; not an
 * IPv4 address. Returns the reason a name breaks them, or null.
 */
export function bucketNameProblem(name: string): string | null {
  if (name.length < 3 || name.length > 63) return 'a bucket name has 3 to 63 characters';
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name))
    return 'a bucket name has lower-case letters, digits, hyphens and periods, and starts and ends with a letter or digit';
  if (/\.\.|\.-|-\./.test(name)) return 'a bucket name has no "..", ".-" or "-."';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'a bucket name is not an IP address';
  return null;
}

/**
 * The emulator's object keys: what OBS allows (1–1024 UTF-8 bytes) minus what cannot be a file
 * path safely: no NUL or other control character, no backslash, no `.` or `..` segment, no empty
 * segment (`a//b`), no segment over 255 bytes. A trailing `/` (a folder marker) is allowed.
 * Returns the reason, or null.
 */
export function objectKeyProblem(key: string): string | null {
  if (key.length === 0) return 'the object key is empty';
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES)
    return `the object key is over ${MAX_KEY_BYTES} bytes`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'the object key contains a control character';
  if (key.includes('\\')) return 'the object key contains a backslash';
  if (LONE_SURROGATE.test(key)) return 'the object key is not valid Unicode text';
  const segments = (key.endsWith('/') ? key.slice(0, -1) : key).split('/');
  for (const segment of segments) {
    if (segment === '') return 'the object key has an empty segment ("//" or a leading "/")';
    if (segment === '.' || segment === '..') return 'the object key has a "." or ".." segment';
    if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES)
      return `a segment of the object key is over ${MAX_SEGMENT_BYTES} bytes`;
  }
  return null;
}

export function checkBucketName(name: string): void {
  const problem = bucketNameProblem(name);
  if (problem) throw new ObsError('InvalidBucketName', problem, { BucketName: name });
}

export function checkObjectKey(key: string): void {
  const problem = objectKeyProblem(key);
  if (!problem) return;
  if (problem.includes('bytes')) throw new ObsError('KeyTooLongError', problem, { Key: key });
  throw new ObsError('InvalidArgument', problem, { ArgumentName: 'key', ArgumentValue: key });
}
