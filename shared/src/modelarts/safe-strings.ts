import { z } from 'zod';

/**
 * One rule set for request strings that reach a process (arguments, environment, `sh -c`) or a
 * path on disk, used by the v1 and v2 schemas alike. Every message names its field.
 *
 * Characters, by kind:
 * - single line (names, parameter values, search values, ids, image URLs, paths): no control
 *   character — C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F) — except tab;
 * - multi-line (shell commands, environment values): tab, line feed and carriage return too.
 * NUL is never allowed: Node refuses it in `spawn` arguments and environment.
 *
 * Paths: OBS paths are `/bucket/key` or `obs://bucket/key` with an OBS bucket name; local
 * (container) paths are absolute; NFS exports are `host:/path`. No path may hold a `..`
 * segment, also not percent-encoded (`%2e%2e`, `.%2E`): nothing here decodes paths, but an OBS
 * REST URL or a shell later might.
 */

export const SAFE_LIMITS = { line: 1024, multiline: 4096, path: 1024, image: 512, id: 64 } as const;

const CHAR_NAMES: Record<number, string> = {
  0: 'NUL',
  8: 'backspace',
  10: 'line feed',
  13: 'carriage return',
  27: 'ESC',
  127: 'DEL',
};

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
const isLineBreak = (code: number) => code === 10 || code === 13;

/** `U+001B (ESC)`. */
export function describeCodePoint(code: number): string {
  const name = CHAR_NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** Why a value's characters are refused (without the field name), or null when they are fine. */
export function controlCharProblem(value: string, multiline: boolean): string | null {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isControl(code) || code === 9) continue;
    if (multiline && isLineBreak(code)) continue;
    if (code === 0) return 'must not contain a NUL character';
    if (isLineBreak(code)) return 'must be a single line (no line breaks)';
    return `must not contain control characters (found ${describeCodePoint(code)})`;
  }
  return null;
}

const DOT_DOT = /^(?:\.|%2e){2}$/i;

/** True when a `/`-separated path has a `..` segment (also `%2e%2e`, `.%2E`, …). */
export function hasDotDotSegment(path: string): boolean {
  return path.split('/').some((segment) => DOT_DOT.test(segment));
}

const BUCKET_CHARS = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** OBS bucket names: 3–63 of a-z 0-9 . -, letter or digit at both ends, no `..`/`.-`/`-.`, no IP. */
export function bucketNameProblem(bucket: string): string | null {
  if (bucket.length < 3 || bucket.length > 63) return 'must be 3–63 characters long';
  if (!BUCKET_CHARS.test(bucket))
    return 'may contain only lowercase letters, digits, hyphens and periods, and must start and end with a letter or digit';
  if (/\.\.|\.-|-\./.test(bucket)) return 'must not contain "..", ".-" or "-."';
  if (IPV4.test(bucket)) return 'must not be an IP address';
  return null;
}

/**
 * The shape of an OBS path, anchored at both ends: scheme `obs://` or a leading `/`, a bucket of
 * OBS characters, then an optional key without whitespace. The finer bucket rules are in
 * `bucketNameProblem`, control characters and `..` segments are checked by `obsPathProblem`.
 */
export const OBS_PATH_PATTERN = /^(?:obs:\/\/|\/)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](?:\/\S*)?$/;

/** Why `value` is no usable OBS path (without the field name), or null. */
export function obsPathProblem(value: string): string | null {
  const chars = controlCharProblem(value, false);
  if (chars) return chars;
  const rest = value.startsWith('obs://')
    ? value.slice(6)
    : value.startsWith('/')
      ? value.slice(1)
      : null;
  if (rest === null) return 'must be an OBS path such as /bucket/dir/ or obs://bucket/dir/';
  const slash = rest.indexOf('/');
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  const bucketProblem = bucketNameProblem(bucket);
  if (bucketProblem) return `bucket name "${bucket.slice(0, 64)}" ${bucketProblem}`;
  if (!OBS_PATH_PATTERN.test(value)) return 'must not contain whitespace';
  if (hasDotDotSegment(rest)) return 'must not contain a ".." segment';
  return null;
}

/** Why `value` is no absolute local (container or host) path, or null. */
export function localPathProblem(value: string): string | null {
  const chars = controlCharProblem(value, false);
  if (chars) return chars;
  if (!value.startsWith('/')) return 'must be an absolute path';
  if (hasDotDotSegment(value)) return 'must not contain a ".." segment';
  return null;
}

const NFS_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$/;

/** Why `value` is no NFS export `host:/path` (e.g. `192.168.8.150:/`), or null. */
export function nfsPathProblem(value: string): string | null {
  const chars = controlCharProblem(value, false);
  if (chars) return chars;
  const colon = value.lastIndexOf(':/');
  if (colon < 0 || !NFS_HOST.test(value.slice(0, colon)))
    return 'must be an NFS export such as 192.168.0.82:/ or nas.example:/share';
  return localPathProblem(value.slice(colon + 1));
}

const IMAGE_REF = /^[A-Za-z0-9][A-Za-z0-9._:/@-]*$/;

/** Why `value` is no image reference (`[registry[:port]/]org/image[:tag][@digest]`), or null. */
export function imageUrlProblem(value: string): string | null {
  const chars = controlCharProblem(value, false);
  if (chars) return chars;
  if (!IMAGE_REF.test(value))
    return 'must be an image such as organization/image:tag (letters, digits and . _ : / @ -)';
  if (hasDotDotSegment(value)) return 'must not contain a ".." segment';
  return null;
}

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

interface RuleOptions {
  /** `''` passes (a form's empty optional field); the schema's other rules decide. */
  allowEmpty?: boolean;
  max?: number;
}

type Problem = (value: string) => string | null;

function rule(field: string, problem: Problem, max: number, allowEmpty = false) {
  let s = z
    .string({ error: `${field} must be a string` })
    .max(max, `${field} must be at most ${max} characters`);
  if (!allowEmpty) s = s.min(1, `${field} is required`);
  return s.superRefine((value, ctx) => {
    if (value === '' && allowEmpty) return;
    const why = problem(value);
    if (why) ctx.addIssue({ code: 'custom', message: `${field} ${why}` });
  });
}

/** Single-line text that reaches a process (argument or environment): no control characters but tab. */
export const safeLine = (field: string, opts: RuleOptions = {}) =>
  rule(field, (v) => controlCharProblem(v, false), opts.max ?? SAFE_LIMITS.line, opts.allowEmpty);

/** Multi-line text that reaches a shell or an environment: tab, LF and CR allowed, no other control character. */
export const safeMultiline = (field: string, opts: RuleOptions = {}) =>
  rule(
    field,
    (v) => controlCharProblem(v, true),
    opts.max ?? SAFE_LIMITS.multiline,
    opts.allowEmpty,
  );

/** `/bucket/key` or `obs://bucket/key`. */
export const safeObsPath = (field: string, opts: RuleOptions = {}) =>
  rule(field, obsPathProblem, opts.max ?? SAFE_LIMITS.path, opts.allowEmpty);

/** An absolute path in the job's container (or on the emulated host). */
export const safeLocalPath = (field: string, opts: RuleOptions = {}) =>
  rule(field, localPathProblem, opts.max ?? SAFE_LIMITS.path, opts.allowEmpty);

/** An NFS export `host:/path`. */
export const safeNfsPath = (field: string, opts: RuleOptions = {}) =>
  rule(field, nfsPathProblem, opts.max ?? SAFE_LIMITS.path, opts.allowEmpty);

/** A container image reference. */
export const safeImageUrl = (field: string, opts: RuleOptions = {}) =>
  rule(field, imageUrlProblem, opts.max ?? SAFE_LIMITS.image, opts.allowEmpty);

/** An id that becomes a folder name (datasets and their versions): letters, digits, `_` and `-`. */
export const safeId = (field: string, opts: RuleOptions = {}) =>
  rule(
    field,
    (v) =>
      ID_PATTERN.test(v)
        ? null
        : 'may contain only letters, digits, hyphens (-) and underscores (_)',
    opts.max ?? SAFE_LIMITS.id,
    opts.allowEmpty,
  );
