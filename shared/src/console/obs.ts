import { z } from 'zod';
import { obsPathProblem } from '../modelarts/safe-strings.js';

/**
 * The console's OBS endpoints (`/api/obs/...`): the browser browses, uploads and downloads through
 * the BFF, which holds the OBS credentials (temporary AK/SK from IAM in `iam` mode, the service
 * account's in `oidc` mode). Every object or folder is named by a console OBS path in the `path`
 * query parameter: `/bucket/dir/` (a folder ends with `/`), `/bucket/dir/file.py`, or `/` for the
 * list of buckets. `obs://bucket/…` is accepted and read as `/bucket/…`.
 */
export const OBS_API = {
  /** GET `?path=/bucket/dir/&marker=&limit=&search=` → ObsListing. */
  list: '/api/obs/list',
  /** GET `?path=` → ObsStat (never 404: a missing path is `kind: 'missing'`). */
  stat: '/api/obs/stat',
  /**
   * GET `?path=/bucket/key[&download=1]` → the object's bytes (Range supported; a safe Content-Type;
   * `Content-Disposition: attachment` with `download=1`). PUT `?path=` with the raw bytes as body →
   * ObsPutResult (the web sends one request up to OBS_PART_BYTES and uses the resumable multipart
   * endpoints above it; the BFF refuses a body over its OBS_MAX_UPLOAD_BYTES with 413).
   * DELETE `?path=` → 204.
   */
  object: '/api/obs/object',
  /** POST `?path=/bucket/dir/new/` → 201 ObsPutResult (an empty folder marker). */
  folder: '/api/obs/folder',
  /** POST `?path=/bucket/key` body ObsUploadStart → ObsUpload (starts a resumable multipart upload). */
  uploads: '/api/obs/uploads',
} as const;

/**
 * Multipart upload of one object (resumable): under `${OBS_API.uploads}/{upload_id}`, always with
 * `?path=` (the same object path):
 * - GET → ObsUpload (the parts already stored: resume skips them);
 * - PUT `/parts/{part_number}` raw body (1–10,000; every part but the last ≥ 5 MiB) → ObsPart;
 * - POST `/complete` body ObsUploadComplete → ObsPutResult;
 * - DELETE → 204 (abort).
 */
export const obsUploadPath = (uploadId: string, rest: '' | `/parts/${number}` | '/complete' = '') =>
  `${OBS_API.uploads}/${encodeURIComponent(uploadId)}${rest}`;

/** An upload id as OBS issues it (no `/`, `.` or `%`: it is a path segment of the BFF's API). */
export const OBS_UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Part size of the web's multipart uploads (also the largest file it sends in one PUT), and the
 * smallest part OBS accepts (but the last).
 */
export const OBS_PART_BYTES = 8 * 1024 * 1024;
export const OBS_MIN_PART_BYTES = 5 * 1024 * 1024;
export const OBS_MAX_PARTS = 10_000;

/**
 * Why the key part of a console OBS path is refused beyond the shared OBS path rules, or null: an
 * empty segment (`//`), a `.` segment, a backslash (a Windows separator), a percent-encoded
 * character (`%00`, `%2F`, `%2e`: the console never decodes a path, but a later reader might).
 */
export function obsKeyProblem(path: string): string | null {
  const rest = path.startsWith('obs://') ? path.slice(6) : path.slice(1);
  if (rest.includes('\\')) return 'must not contain a backslash';
  const segments = rest.split('/');
  const inner = segments.slice(1, -1);
  if (inner.some((s) => s === '')) return 'must not contain an empty segment ("//")';
  if (segments.some((s) => /^(?:\.|%2e)$/i.test(s))) return 'must not contain a "." segment';
  const encoded = /%[0-9a-f]{2}/i.exec(rest);
  if (encoded) return `must not contain percent-encoded characters (found ${encoded[0]})`;
  return null;
}

/** Reads a console OBS path (`/bucket/…` or `obs://bucket/…`); refuses traversal and control chars. */
export const ObsPathSchema = z
  .string({ error: 'path is required' })
  .max(1100, { error: 'path is longer than 1,024 characters' })
  .transform((v, ctx) => {
    if (v === '/') return v;
    const problem = obsPathProblem(v) ?? obsKeyProblem(v);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `path ${problem}` });
      return z.NEVER;
    }
    return v.startsWith('obs://') ? `/${v.slice(6)}` : v;
  });

export const ObsListQuerySchema = z.object({
  path: ObsPathSchema,
  /** The `next_marker` of the previous page. */
  marker: z.string().max(1100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  /** Only names containing this text (case-insensitive), within the folder. */
  search: z.string().max(200).optional(),
});
export type ObsListQuery = z.input<typeof ObsListQuerySchema>;

export const ObsFolderEntrySchema = z.object({
  /** The folder's own name (no slashes), e.g. `mnist-code`. */
  name: z.string(),
  /** Its full console path, ending with `/`. */
  path: z.string(),
});
export type ObsFolderEntry = z.infer<typeof ObsFolderEntrySchema>;

export const ObsFileEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  size: z.number().int().nonnegative(),
  /** ISO 8601. */
  last_modified: z.string(),
});
export type ObsFileEntry = z.infer<typeof ObsFileEntrySchema>;

export const ObsListingSchema = z.object({
  /** The folder listed (`/` for the buckets). */
  path: z.string(),
  folders: z.array(ObsFolderEntrySchema),
  files: z.array(ObsFileEntrySchema),
  /** Pass as `marker` for the next page; absent on the last page. */
  next_marker: z.string().optional(),
  /** In `oidc` mode: whether the user's role may upload, create folders and delete here. */
  writable: z.boolean(),
});
export type ObsListing = z.infer<typeof ObsListingSchema>;

export const ObsStatSchema = z.object({
  path: z.string(),
  /** `folder`: the path is a prefix of at least one object (or a folder marker). */
  kind: z.enum(['file', 'folder', 'missing']),
  size: z.number().int().nonnegative().optional(),
  last_modified: z.string().optional(),
  content_type: z.string().optional(),
});
export type ObsStat = z.infer<typeof ObsStatSchema>;

export const ObsPutResultSchema = z.object({
  path: z.string(),
  size: z.number().int().nonnegative(),
  etag: z.string().optional(),
});
export type ObsPutResult = z.infer<typeof ObsPutResultSchema>;

export const ObsUploadStartSchema = z.strictObject({
  /** The file's total size in bytes (checked against the BFF's upload limit before anything). */
  size: z.number().int().nonnegative(),
});
export type ObsUploadStart = z.infer<typeof ObsUploadStartSchema>;

export const ObsPartSchema = z.object({
  part_number: z.number().int().min(1).max(OBS_MAX_PARTS),
  etag: z.string(),
  size: z.number().int().nonnegative().optional(),
});
export type ObsPart = z.infer<typeof ObsPartSchema>;

export const ObsUploadSchema = z.object({
  upload_id: z.string().regex(OBS_UPLOAD_ID_PATTERN),
  path: z.string(),
  parts: z.array(ObsPartSchema),
});
export type ObsUpload = z.infer<typeof ObsUploadSchema>;

export const ObsUploadCompleteSchema = z.strictObject({
  parts: z
    .array(ObsPartSchema.pick({ part_number: true, etag: true }))
    .min(1)
    .max(OBS_MAX_PARTS),
});
export type ObsUploadComplete = z.infer<typeof ObsUploadCompleteSchema>;
