/**
 * OBS error codes the emulator answers, with their HTTP status and message as the OBS error-code
 * table ("OBS Server-Side Error Codes", SDK reference obs_29_1601; API reference obs_04_0115) lists
 * them. The body is `<Error><Code/><Message/><RequestId/><HostId/>…</Error>` (http/obs/obs-xml.ts).
 */
export const OBS_ERRORS = {
  AccessDenied: [403, 'Access Denied'],
  BucketAlreadyOwnedByYou: [
    409,
    'Your previous request to create the named bucket succeeded and you already own it.',
  ],
  BucketNotEmpty: [409, 'The bucket you tried to delete is not empty.'],
  BadDigest: [400, 'The Content-MD5 you specified did not match what we received.'],
  EntityTooLarge: [400, 'Your proposed upload exceeds the maximum allowed object size.'],
  EntityTooSmall: [400, 'Your proposed upload is smaller than the minimum allowed object size.'],
  IncompleteBody: [
    400,
    'You did not provide the number of bytes specified by the Content-Length HTTP header.',
  ],
  InternalError: [500, 'We encountered an internal error. Please try again.'],
  InvalidAccessKeyId: [403, 'The AWS Access Key Id you provided does not exist in our records.'],
  InvalidArgument: [400, 'Invalid Argument'],
  InvalidBucketName: [400, 'The specified bucket is not valid.'],
  InvalidPart: [400, 'One or more of the specified parts could not be found.'],
  InvalidPartOrder: [400, 'The list of parts was not in ascending order.'],
  InvalidRange: [416, 'The requested range cannot be satisfied.'],
  InvalidRequest: [400, 'Invalid Request'],
  KeyTooLongError: [400, 'Your key is too long.'],
  MalformedXML: [
    400,
    'The XML you provided was not well-formed or did not validate against our published schema.',
  ],
  MethodNotAllowed: [405, 'The specified method is not allowed against this resource.'],
  MissingContentLength: [411, 'You must provide the Content-Length HTTP header.'],
  NoSuchBucket: [404, 'The specified bucket does not exist.'],
  NoSuchKey: [404, 'The specified key does not exist.'],
  NoSuchUpload: [404, 'The specified multipart upload does not exist.'],
  NotImplemented: [501, 'A header you provided implies functionality that is not implemented.'],
  RequestTimeTooSkewed: [
    403,
    'The difference between the request time and the server time is too large.',
  ],
  SignatureDoesNotMatch: [
    403,
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
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
