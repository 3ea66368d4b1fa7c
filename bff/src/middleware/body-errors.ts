import type { ConsoleError } from '../errors.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors.js';

/** body-parser errors carry `type` and `status` (and `limit` for entity.too.large). */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
  message: string;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { type?: unknown }).type === 'string' &&
    typeof (err as { status?: unknown }).status === 'number'
  );
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

/** Deep input that still reached recursive code (a stack overflow): the client's fault, not ours. */
function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/**
 * Client errors raised while reading a request body, as ConsoleErrors (413, 415, 400); undefined
 * for anything else. A client error never becomes a 500.
 */
export function bodyErrorToConsole(err: unknown): ConsoleError | undefined {
  if (isStackOverflow(err)) return new ValidationError('The request is nested too deeply');
  if (!isBodyParserError(err) || err.status < 400 || err.status >= 500) return undefined;
  switch (err.type) {
    case 'entity.too.large':
      return new PayloadTooLargeError(
        `The request body is larger than the limit of ${formatBytes(err.limit ?? 0)}`,
      );
    case 'entity.too.deep':
      return new ValidationError(err.message);
    case 'entity.parse.failed':
      return new ValidationError('The request body is not valid JSON');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeError(`The request body was refused: ${err.message}`);
    default:
      return new ValidationError(`The request body was rejected (${err.type})`);
  }
}
