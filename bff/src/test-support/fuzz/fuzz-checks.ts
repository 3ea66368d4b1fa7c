import { Agent, request } from 'undici';
import type { Json, JsonPath } from './hostile-json.js';

export interface Answer {
  status: number;
  body: Record<string, unknown> | undefined;
  text: string;
}

/** A keep-alive HTTP client that always reads the whole answer (JSON when it is JSON). */
export function client(base: string, headers: Record<string, string>) {
  const dispatcher = new Agent({ connections: 8, keepAliveTimeout: 2_000 });
  return {
    async send(method: string, path: string, body?: string): Promise<Answer> {
      const res = await request(`${base}${path}`, {
        method: method as 'GET',
        dispatcher,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body }),
      });
      const text = await res.body.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      return {
        status: res.statusCode,
        body: isObject ? (parsed as Record<string, unknown>) : undefined,
        text,
      };
    },
    close: () => dispatcher.close(),
  };
}

/** How deep objects and arrays nest in `v` (a scalar is 0). */
export function depthOf(v: Json): number {
  let max = 0;
  const stack: [Json, number][] = [[v, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    max = Math.max(max, d + 1);
    for (const child of Object.values(node)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * Whether an error that names `field` (dotted, as the BFF reports it) is about the change at `path`:
 * the field is the changed place, inside it, one of its parents, or a sibling (a rule that ties
 * two fields together names either).
 */
export function namesChangedField(field: string, path: JsonPath): boolean {
  const parts = field === '' ? [] : field.split('.');
  const at = path.map(String);
  let common = 0;
  while (common < parts.length && common < at.length && parts[common] === at[common]) common += 1;
  return common >= Math.min(parts.length, at.length) || common >= at.length - 1;
}

/** The error message of a 4xx answer in any of the shapes the console reads (BFF, v1, v2, IAM). */
export function errorMessage(a: Answer): string {
  const b = a.body ?? {};
  const inner = (b.error as Record<string, unknown> | undefined) ?? {};
  const m = b.error_msg ?? b.error_message ?? inner.message;
  return typeof m === 'string' ? m : '';
}

export function errorCode(a: Answer): string {
  const b = a.body ?? {};
  const inner = (b.error as Record<string, unknown> | undefined) ?? {};
  const c = b.error_code ?? inner.code;
  return typeof c === 'string' ? c : '';
}

/** A short description of an answer for a failure message (never the whole 1 MB body). */
export const show = (a: Answer) => `${a.status} ${a.text.slice(0, 300)}`;
