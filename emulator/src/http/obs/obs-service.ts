import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { verifyObsRequest } from '../../domain/obs/obs-auth.js';
import { ObsError } from '../../domain/obs/obs-errors.js';
import { checkBucketName, checkObjectKey } from '../../domain/obs/obs-names.js';
import type { ObsScheme } from '../../domain/obs/obs-signature.js';
import type { EmulatorContext } from '../context.js';
import type { ObsDeps } from './obs-deps.js';
import { listBuckets, listObjects } from './obs-list-handlers.js';
import { abort, complete, initiate, listParts, uploadPart } from './obs-multipart-handlers.js';
import { deleteObject, getObject, putObject } from './obs-objects-handlers.js';
import { commonHeaders, newRequestId, sendError, type ObsExchange } from './obs-xml.js';

/** The S3-compatible form when the caller signs `AWS …` or sends x-amz-* headers; OBS otherwise. */
function schemeOf(req: IncomingMessage): ObsScheme {
  if (/^AWS /.test(req.headers.authorization ?? '')) return 'AWS';
  return Object.keys(req.headers).some((h) => h.startsWith('x-amz-')) ? 'AWS' : 'OBS';
}

function decodePath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new ObsError('InvalidArgument', 'The request path is not valid URL encoding.');
  }
}

function bucketHandlers(
  deps: ObsDeps,
  x: ObsExchange,
  req: IncomingMessage,
  bucket: string,
  query: URLSearchParams,
) {
  const exists = deps.objects.bucketExists(bucket);
  if (req.method === 'PUT') {
    if (exists) throw new ObsError('BucketAlreadyOwnedByYou', undefined, { BucketName: bucket });
    deps.objects.createBucket(bucket);
    commonHeaders(x);
    x.res.writeHead(200, { Location: `/${bucket}`, 'Content-Length': 0 });
    return void x.res.end();
  }
  if (!exists) throw new ObsError('NoSuchBucket', undefined, { BucketName: bucket });
  if (req.method === 'HEAD') {
    commonHeaders(x);
    return void x.res.writeHead(200).end();
  }
  if (
    req.method === 'GET' &&
    [...query.keys()].every((k) =>
      ['prefix', 'marker', 'delimiter', 'max-keys', 'encoding-type'].includes(k),
    )
  )
    return listObjects(deps, x, bucket, query);
  throw new ObsError(
    'ServiceNotImplemented',
    `The emulator does not implement ${req.method} on a bucket with ?${[...query.keys()].join('&')}.`,
  );
}

async function objectHandlers(
  deps: ObsDeps,
  x: ObsExchange,
  req: IncomingMessage,
  bucket: string,
  key: string,
  query: URLSearchParams,
) {
  checkObjectKey(key);
  if (!deps.objects.bucketExists(bucket))
    throw new ObsError('NoSuchBucket', undefined, { BucketName: bucket });
  const uploadId = query.get('uploadId');
  const only = (...names: string[]) =>
    [...query.keys()].every((k) => names.includes(k) || k.startsWith('x-'));
  if (req.method === 'POST' && query.has('uploads')) return initiate(deps, x, bucket, key);
  if (req.method === 'POST' && uploadId !== null)
    return complete(deps, x, req, bucket, key, uploadId);
  if (req.method === 'PUT' && uploadId !== null)
    return uploadPart(deps, x, req, bucket, key, query);
  if (req.method === 'DELETE' && uploadId !== null) return abort(deps, x, bucket, key, uploadId);
  if (req.method === 'GET' && uploadId !== null) return listParts(deps, x, bucket, key, query);
  if (req.headers['x-obs-copy-source'] || req.headers['x-amz-copy-source'])
    throw new ObsError('NotImplemented', 'The emulator does not copy objects (x-obs-copy-source).');
  if ((req.method === 'GET' || req.method === 'HEAD') && only('versionId'))
    return getObject(deps, x, req, bucket, key);
  if (req.method === 'PUT' && only()) return putObject(deps, x, req, bucket, key);
  if (req.method === 'DELETE' && only('versionId')) return deleteObject(deps, x, bucket, key);
  throw new ObsError(
    'ServiceNotImplemented',
    `The emulator does not implement ${req.method} on an object with ?${[...query.keys()].join('&')}.`,
  );
}

async function dispatch(deps: ObsDeps, x: ObsExchange, req: IncomingMessage): Promise<void> {
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const rawQuery = q < 0 ? '' : target.slice(q + 1);
  x.resource = rawPath;
  x.scheme = verifyObsRequest(
    { method: req.method ?? 'GET', rawPath, rawQuery, headers: req.headers },
    deps.keys,
  ).scheme;
  const query = new URLSearchParams(rawQuery);
  const slash = rawPath.indexOf('/', 1);
  const bucket = decodePath(slash < 0 ? rawPath.slice(1) : rawPath.slice(1, slash));
  const key = slash < 0 ? '' : decodePath(rawPath.slice(slash + 1));
  if (bucket === '') {
    if (req.method !== 'GET') throw new ObsError('MethodNotAllowed');
    return listBuckets(deps, x);
  }
  checkBucketName(bucket);
  if (key === '') return bucketHandlers(deps, x, req, bucket, query);
  return objectHandlers(deps, x, req, bucket, key, query);
}

/**
 * The OBS-compatible object service (path-style `http://host:port/bucket/key`) over the
 * emulator's object store. Every request is signed (domain/obs/obs-auth.ts); errors answer the
 * OBS XML error body; a body not read because of an error closes the connection.
 */
export function obsRequestListener(deps: ObsDeps): RequestListener {
  const log = deps.log;
  return (req: IncomingMessage, res: ServerResponse) => {
    const x: ObsExchange = {
      requestId: newRequestId(),
      scheme: schemeOf(req),
      res,
      method: req.method ?? 'GET',
    };
    const started = Date.now();
    res.on('finish', () =>
      log.debug(
        {
          method: req.method,
          path: req.url?.split('?')[0],
          status: res.statusCode,
          ms: Date.now() - started,
        },
        'obs request',
      ),
    );
    dispatch(deps, x, req).catch((err: unknown) => {
      if (!req.complete) {
        res.setHeader('Connection', 'close');
        req.resume();
      }
      if (err instanceof ObsError) return sendError(x, err);
      if (req.destroyed || res.destroyed) return;
      log.error({ err, method: req.method }, 'obs request failed');
      sendError(x, new ObsError('InternalError'));
    });
  };
}

/** The OBS service over an emulator's context: its object store, its AK/SK, IAM's temporary keys. */
export function obsListenerFor(ctx: EmulatorContext): RequestListener {
  return obsRequestListener({
    objects: ctx.obs.objects,
    uploads: ctx.obs.uploads,
    keys: { permanent: ctx.accessKey, temporary: ctx.credentials },
    log: ctx.log.child({ module: 'obs' }),
  });
}
