import type { Response } from 'express';
import { deepField, V1Error, v1Errors } from '../../domain/v1/errors.js';
import type { ClientError } from '../client-errors.js';
import { MAX_BODY_BYTES } from '../json-body.js';

export function sendV1Error(res: Response, err: V1Error): void {
  res.status(err.status).json({
    is_success: false,
    error_code: err.code,
    error_message: err.message,
    error_msg: err.message,
  });
}

/** The message of 413 ModelArts.4104 (error-code table) for a body over the emulator's limit. */
export const BODY_TOO_LARGE = `Invalid request body because the size exceeds the maximum size allowed (${MAX_BODY_BYTES / 1024 / 1024} MB).`;

/** A body error of the client in the v1 envelope: 413 ModelArts.4104, 400 2787 or 0101. */
export function v1ClientError(c: ClientError): V1Error {
  switch (c.kind) {
    case 'too_large':
      return new V1Error(413, 'ModelArts.4104', BODY_TOO_LARGE);
    case 'invalid_json':
      return v1Errors.invalidJson();
    case 'too_deep':
      return new V1Error(
        400,
        'ModelArts.0101',
        `Invalid Argument: ${deepField(c.at ?? [])}: ${c.detail}`,
      );
    default:
      return new V1Error(c.status, 'ModelArts.0101', `Invalid Argument: ${c.detail}`);
  }
}
