/**
 * OBS error codes the emulator answers, with their HTTP status, as OBS's error-code tables list
 * them (API reference "Error Codes", obs_04_0115; the S3-compatible API's table for
 * `InvalidSecurity` and `NotImplemented`); the messages are the tables' own words. The body is `<Error><Code/><Message/><RequestId/><HostId/>…</Error>` (http/obs/obs-xml.ts).
 */
export const OBS_ERRORS = {
  AccessDenied: [403, 'Access denied.'],
  BadDigest: [400, 'The specified value of Content-MD5 does not match the value received by OBS.'],
  BucketAlreadyOwnedByYou: [
    409,
    'Your previous request for creating the namesake bucket succeeded and you already own it.',
  ],
  BucketNotEmpty: [409, 'The bucket that you tried to delete is not empty.'],
  EntityTooLarge: [400, 'The object or part uploaded is larger than 5 GB.'],
  EntityTooSmall: [400, 'The part uploaded, except the last one, is smaller than 100 KB.'],
  IncompleteBody: [400, 'No complete request body is received due to network or other problems.'],
  InternalError: [500, 'An internal error occurs. Retry later.'],
  InvalidAccessKeyId: [
    403,
    'The access key ID provided by the customer does not exist in the system.',
  ],
  InvalidArgument: [400, 'Invalid parameter.'],
  InvalidBucketName: [400, 'The bucket name specified in the request is invalid.'],
  InvalidPart: [
    400,
    "One or more specified parts are not found. The parts may not be uploaded or the specified entity tags (ETags) do not match the parts' ETags.",
  ],
  InvalidPartOrder: [400, 'Parts are not listed in ascending order by part number.'],
  InvalidRange: [416, 'The requested range cannot be obtained.'],
  InvalidRequest: [400, 'Invalid request.'],
  InvalidSecurity: [403, 'The provided security credentials are invalid.'],
  KeyTooLongError: [400, 'The provided key is too long.'],
  MalformedXML: [400, 'The XML you provided was not well-formed.'],
  MethodNotAllowed: [405, 'The specified method is not allowed against the requested resource.'],
  MissingContentLength: [411, 'The HTTP header Content-Length is not provided.'],
  NoSuchBucket: [404, 'The specified bucket does not exist.'],
  NoSuchKey: [404, 'The specified key does not exist.'],
  NoSuchUpload: [
    404,
    'The specified multipart upload does not exist. The upload ID does not exist or the multipart upload has been terminated or completed.',
  ],
  NotImplemented: [501, 'The provided header implies a function that is unavailable.'],
  RequestTimeTooSkewed: [
    403,
    'There was a large time offset between the OBS server time and the time when the client initiated a request.',
  ],
  ServiceNotImplemented: [501, 'The request method is not implemented by the server.'],
  SignatureDoesNotMatch: [
    403,
    'The provided signature does not match the signature calculated by OBS.',
  ],
} as const satisfies Record<string, readonly [number, string]>;

export type ObsErrorCode = keyof typeof OBS_ERRORS;

/** An OBS failure: the code decides the status; extra fields (Key, BucketName…) go into the body. */
export class ObsError extends Error {
  readonly status: number;
  constructor(
    readonly code: ObsErrorCode,
    message?: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(message ?? OBS_ERRORS[code][1]);
    this.status = OBS_ERRORS[code][0];
    this.name = 'ObsError';
  }
}
