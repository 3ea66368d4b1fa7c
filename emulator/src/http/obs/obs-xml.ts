import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ObsError } from '../../domain/obs/obs-errors.js';
import { HEADER_PREFIX, type ObsScheme } from '../../domain/obs/obs-signature.js';

/** The namespace OBS answers with, and the S3 one when the request came in the S3-compatible form. */
export const XMLNS: Record<ObsScheme, string> = {
  OBS: 'http://obs.myhwclouds.com/doc/2015-06-30/',
  AWS: 'http://s3.amazonaws.com/doc/2006-03-01/',
};

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** `<Name>value</Name>` with the value escaped. */
export const el = (name: string, value: string | number | boolean) =>
  `<${name}>${esc(String(value))}</${name}>`;

/** One request's answer context: its id and the header prefix of the caller's scheme. */
export interface ObsExchange {
  requestId: string;
  scheme: ObsScheme;
  res: ServerResponse;
  method: string;
  /** The bucket or object the request named (the error body's `Resource`). */
  resource?: string;
}

export const newRequestId = () => randomBytes(8).toString('hex').toUpperCase();

/** Headers every OBS answer carries: request id, id-2, Server. */
export function commonHeaders(x: ObsExchange): void {
  const p = HEADER_PREFIX[x.scheme];
  x.res.setHeader(`${p}request-id`, x.requestId);
  x.res.setHeader(`${p}id-2`, `${x.requestId}-emulator`);
  x.res.setHeader('Server', 'OBS');
}

export function sendXml(x: ObsExchange, status: number, body: string): void {
  const xml = XML_DECL + body;
  commonHeaders(x);
  x.res.writeHead(status, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(xml),
  });
  x.res.end(x.method === 'HEAD' ? undefined : xml);
}

/**
 * `<Error><Code/><Message/><Resource/><RequestId/><HostId/>…</Error>` with the error's status
 * (OBS "Error Codes", obs_04_0115: its sample and element table); the code and message also in `x-obs-error-code` /
 * `x-obs-error-message` (a HEAD answer has no body).
 */
export function sendError(x: ObsExchange, err: ObsError): void {
  if (x.res.headersSent) {
    x.res.destroy();
    return;
  }
  const p = HEADER_PREFIX[x.scheme];
  x.res.setHeader(`${p}error-code`, err.code);
  // as sent, unless it holds characters a header cannot carry
  const printable = /^[\x20-\x7e]*$/.test(err.message);
  x.res.setHeader(`${p}error-message`, printable ? err.message : encodeURIComponent(err.message));
  const extra = Object.entries(err.extra)
    .map(([k, v]) => el(k, v))
    .join('');
  sendXml(
    x,
    err.status,
    `<Error>${el('Code', err.code)}${el('Message', err.message)}` +
      `${x.resource ? el('Resource', x.resource) : ''}${el('RequestId', x.requestId)}` +
      `${el('HostId', `${x.requestId}-emulator`)}${extra}</Error>`,
  );
}

/** A lone `<Tag>…</Tag>` value from a small XML body (the multipart part list), unescaped. */
export function xmlText(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export { ObsError };
