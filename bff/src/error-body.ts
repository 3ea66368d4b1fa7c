import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';
import { ConsoleError, ValidationError } from './errors.js';
import { bodyErrorToConsole } from './middleware/body-errors.js';

/** What the console answers for an error: its status and body; `known` is false for a bug. */
export interface ErrorAnswer {
  status: number;
  body: ConsoleErrorBody;
  known: boolean;
}

/**
 * The one mapping from an error to the console's error body, for HTTP answers (the error
 * middleware), log downloads, SSE `error` events and log pollers alike: every ConsoleError (the
 * console's own with their code and field, upstream failures as ModelArts answered them), a client's bad body
 * or path as 4xx, anything else as 500 Console.0500 (without its details).
 */
export function toErrorAnswer(err: unknown): ErrorAnswer {
  if (err instanceof ConsoleError) return { status: err.status, known: true, body: err.toBody() };
  const bodyError = bodyErrorToConsole(err) ?? pathErrorToConsole(err);
  if (bodyError) return toErrorAnswer(bodyError);
  return {
    status: 500,
    known: false,
    body: {
      error_code: ConsoleErrorCode.internal,
      error_msg: 'Internal error in the console backend',
    },
  };
}

/**
 * A path whose percent-encoding does not decode (`/api/logs/v1/%E0/1`): the router's URIError
 * with status 400, the client's error (it was a 500 "unhandled error"). Its message, which
 * quotes the path, is not passed on.
 */
function pathErrorToConsole(err: unknown): ConsoleError | undefined {
  if (!(err instanceof URIError) || (err as { status?: unknown }).status !== 400) return undefined;
  return new ValidationError('The address is not valid percent-encoding');
}

export const toErrorBody = (err: unknown): ConsoleErrorBody => toErrorAnswer(err).body;
