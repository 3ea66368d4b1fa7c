import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type ApiVersion = 'v1' | 'v2';

/**
 * One ModelArts endpoint the console uses: the single definition that the BFF's allow-list and
 * pre-flight validation (with the body schemas of `v{1,2}-bodies.ts`), the web's fetchers and the
 * drift test (emulator) are derived from.
 * `path` is relative to `/{version}/{project_id}/`, with `{name}` for path parameters; each
 * parameter's pattern comes from the API's parameter table (never `.`, `%` or `/`: no traversal).
 */
export interface Endpoint<P extends string = string> {
  api: ApiVersion;
  method: HttpMethod;
  path: string;
  /** Catalog section (`reference/API-CATALOG.md`), for readers. */
  ref: string;
  /** The upstream also accepts the path with a trailing slash (a documented sample uses it). */
  trailingSlash?: boolean;
  /** Why the web does not call it (the drift test requires every other endpoint in the web). */
  notInWeb?: string;
  /** Phantom: the names of the path parameters, for typed `pathOf` calls. */
  readonly _params?: P;
}

/**
 * The request body schema of each endpoint of a table that takes one (`v1-bodies.ts`,
 * `v2-bodies.ts`), keyed by the endpoint's name.
 */
export type BodyTable<E> = Partial<Record<keyof E, z.ZodType>>;

/** Names of the `{params}` in a path template, as a string union type. */
export type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamsOf<Rest>
  : never;

/** Patterns of the path parameters an API knows (regex sources, no anchors). */
export type ParamPatterns = Readonly<Record<string, string>>;

/** Defines an endpoint; `{name}` placeholders become its typed parameters. */
export function endpoint<const S extends string>(
  e: Omit<Endpoint, 'path' | '_params'> & { path: S },
): Endpoint<ParamsOf<S>> {
  return e;
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** The names of the path parameters of `e`, in order. */
export function paramNames(e: Endpoint): string[] {
  return [...e.path.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** The path as a regex source matching exactly the allowed relative paths (no anchors). */
export function pathPattern(e: Endpoint, patterns: ParamPatterns): string {
  const source = e.path
    .split(PLACEHOLDER)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const p = patterns[part];
      if (p === undefined) throw new Error(`${e.method} ${e.path}: no pattern for {${part}}`);
      return p;
    })
    .join('');
  return e.trailingSlash ? `${source}/?` : source;
}

/** The relative path of `e` with its parameters filled in (each one percent-encoded). */
export function pathOf<P extends string>(
  e: Endpoint<P>,
  params: Record<P, string | number> = {} as Record<P, string | number>,
): string {
  return e.path.replace(PLACEHOLDER, (_m, name: string) => {
    const v = (params as Record<string, string | number | undefined>)[name];
    if (v === undefined) throw new Error(`${e.method} ${e.path}: {${name}} is missing`);
    return encodeURIComponent(String(v));
  });
}
