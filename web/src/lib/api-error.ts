import { normaliseErrorBody } from '@console/shared';

/** Every failed console API call surfaces as one ApiError: HTTP status + upstream or BFF code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    field?: string | undefined;
    requestId?: string | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.requestId = init.requestId;
  }

  static fromBody(status: number, body: unknown): ApiError {
    const n = normaliseErrorBody(body, status);
    return new ApiError({
      status,
      code: n.code,
      message: n.message,
      field: n.field,
      requestId: n.requestId,
    });
  }
}

/** Code + message of any thrown value, for inline alerts and notifications. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'Console.Client', message: error.message };
  return { code: 'Console.Client', message: String(error) };
}
