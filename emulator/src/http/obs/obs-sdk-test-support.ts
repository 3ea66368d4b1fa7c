import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { pipeline } from 'node:stream/promises';
import { setImmediate as tick } from 'node:timers/promises';
import { DEMO_ACCESS_KEY } from '../iam/aksk-auth.js';
import { authorizationHeader, type ObsScheme } from '../../domain/obs/obs-signature.js';

/** What every esdk-obs-nodejs call resolves with. */
export interface SdkResult {
  CommonMsg: { Status: number; Code: string; Message: string; RequestId: string };
  InterfaceResult: Record<string, unknown> & {
    Contents?: { Key: string; Size: string; ETag: string }[];
    CommonPrefixes?: { Prefix: string }[];
    IsTruncated?: string;
    NextMarker?: string;
    Content?: unknown;
    ETag?: string;
    ContentLength?: string;
    UploadId?: string;
  };
}

type Call = (params?: Record<string, unknown>) => Promise<SdkResult>;
/** The official Huawei OBS SDK for Node.js (CommonJS, untyped): the calls the tests make. */
export type ObsSdkClient = Record<
  | 'createBucket'
  | 'listBuckets'
  | 'listObjects'
  | 'putObject'
  | 'getObject'
  | 'getObjectMetadata'
  | 'deleteObject'
  | 'initiateMultipartUpload'
  | 'uploadPart'
  | 'listParts'
  | 'completeMultipartUpload'
  | 'abortMultipartUpload',
  Call
> & { close(): void };

const require = createRequire(import.meta.url);
const ObsClient = require('esdk-obs-nodejs') as new (opts: Record<string, unknown>) => ObsSdkClient;

/**
 * An SDK client against the emulator's OBS service, path-style (the SDK then signs the
 * S3-compatible `AWS AK:sig` form), no retries. Its constructor finishes set-up asynchronously.
 */
export async function obsClient(
  server: string,
  key: { ak: string; sk: string; token?: string } = DEMO_ACCESS_KEY,
): Promise<ObsSdkClient> {
  const client = new ObsClient({
    access_key_id: key.ak,
    secret_access_key: key.sk,
    ...(key.token ? { security_token: key.token } : {}),
    server,
    path_style: true,
    max_retry_count: 0,
    timeout: 120,
  });
  await tick();
  await tick();
  return client;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request signed by hand (the `OBS AK:sig` form by default), its path sent exactly as given
 * (no URL normalisation, so `..` and `%00` reach the server).
 */
export function signedRequest(
  baseUrl: string,
  opts: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    key?: { ak: string; sk: string };
    scheme?: ObsScheme;
    date?: Date;
    /** Sign this path instead of the one sent (a tampered request). */
    signPath?: string;
  },
): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  const method = opts.method ?? 'GET';
  const [rawPath = '/', rawQuery = ''] = (opts.signPath ?? opts.path).split(/\?(.*)/s);
  const headers: Record<string, string> = {
    Date: (opts.date ?? new Date()).toUTCString(),
    ...opts.headers,
  };
  headers.Authorization = authorizationHeader(
    { method, rawPath, rawQuery, headers },
    opts.key ?? DEMO_ACCESS_KEY,
    opts.scheme ?? 'OBS',
  );
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method, path: opts.path, headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The `<Code>` of an OBS error body. */
export const errorCode = (body: string) => /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
