import { msg } from './msg.js';

/**
 * What the shared string and path rules (`shared/src/modelarts/safe-strings.ts`, the OBS, NFS and
 * image rules) say of any field: predicates every form reads.
 */
export const SHARED_PREDICATES = [
  msg('must not contain a NUL character'),
  msg('must be a single line (no line breaks)'),
  msg('must not contain control characters (found {{char}})'),
  msg('must be an OBS path such as /bucket/dir/ or obs://bucket/dir/'),
  msg('bucket name "{{bucket}}" {{problem}}'),
  msg('must be 3–63 characters long'),
  msg(
    'may contain only lowercase letters, digits, hyphens and periods, and must start and end with a letter or digit',
  ),
  msg('must not contain "..", ".-" or "-."'),
  msg('must not be an IP address'),
  msg('must not contain whitespace'),
  msg('must not contain a ".." segment'),
  msg('must be an absolute path'),
  msg('must be an NFS export such as 192.168.0.82:/ or nas.example:/share'),
  msg('must be an image such as organization/image:tag (letters, digits and . _ : / @ -)'),
];
