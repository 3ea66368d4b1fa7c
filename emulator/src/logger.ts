import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Paths pino blanks out wherever they appear in a log object: tokens, passwords, cookies. */
export const REDACT_PATHS = [
  'req.headers["x-auth-token"]',
  'req.headers["x-subject-token"]',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["x-subject-token"]',
  'headers["x-auth-token"]',
  'headers["x-subject-token"]',
  'token',
  'password',
  '*.password',
  '*.token',
];

export function createLogger(level = 'info'): Logger {
  return pino({ name: 'emulator', level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}
