import express from 'express';
import { z } from 'zod';

// The building blocks of the BFF's environment schema: each names its variable in its messages.

export const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0–65535`)
    .max(65535, `${name} must be 0–65535`);

export const millis = (name: string, min: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`);

export const httpUrl = (name: string) =>
  z
    .url({ error: `${name} must be an http(s) URL`, protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''));

export const count = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`);

/** Host suffixes whose https links the v2 log download may fetch (besides MODELARTS_ENDPOINT). */
export const DEFAULT_OBS_DOWNLOAD_HOSTS = [
  '.myhuaweicloud.com',
  '.otc.t-systems.com',
  '.myhuaweicloud.eu',
];

export const hostSuffixes = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
  )
  .pipe(
    z.array(
      z.string().regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'OBS_DOWNLOAD_HOSTS must list host names'),
    ),
  );

/**
 * Express `trust proxy`: false, a hop count, or a comma list of addresses / CIDRs / `loopback`,
 * `linklocal`, `uniquelocal`. `true` means ONE hop (the proxy right in front), not Express's
 * "trust every hop": with that, a client-chosen `X-Forwarded-For: 1.2.3.4` would pick the client IP
 * that the login limiter counts, and a client-chosen `X-Forwarded-Proto` would pass for https.
 */
export const trustProxy = z
  .string()
  .trim()
  .transform((v): number | string | false => {
    if (v === '' || v === 'false' || v === '0') return false;
    if (v === 'true') return 1;
    if (/^\d+$/.test(v)) return Number(v);
    return v;
  })
  .refine((v) => typeof v !== 'string' || validTrustList(v), {
    error: 'TRUST_PROXY must be true, false, a hop count or a comma list of addresses/CIDRs',
  });

function validTrustList(v: string): boolean {
  try {
    // Express compiles the list with proxy-addr when it is set, and throws on a bad entry.
    express().set('trust proxy', v);
    return true;
  } catch {
    return false;
  }
}

/** The origin browsers use (`https://console.example.com`): no path, query or trailing slash. */
export const publicOrigin = z
  .url({ error: 'PUBLIC_ORIGIN must be an http(s) origin', protocol: /^https?$/ })
  .refine((v) => /^https?:\/\/[^/?#]+\/?$/.test(v), {
    error: 'PUBLIC_ORIGIN must be an origin only (scheme://host[:port]), without a path',
  })
  .transform((v) => new URL(v).origin);

export const flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'must be 1/true or 0/false' })
  .transform((v) => v === '1' || v === 'true');
