import { z } from 'zod';
import type { ConsoleErrorBody } from '@console/shared';

/**
 * What the polling replica publishes to a log's Redis stream, one JSON value per stream entry, in
 * the order it happened. Pages are contiguous: each page's `from` is the previous page's `to` (or
 * the `root` entry's cursor). `S` (the status) is carried as JSON as the API version reads it.
 */
export type TailEntry =
  | { t: 'root'; cursor: string }
  | { t: 'page'; from: string; to: string; count: number; lines: string[] }
  | { t: 'status'; status: unknown }
  | { t: 'retrying'; body: ConsoleErrorBody; delayMs: number }
  | { t: 'end' }
  | { t: 'error'; body: ConsoleErrorBody };

const Body = z.object({
  error_code: z.string(),
  error_msg: z.string(),
  field: z.string().optional(),
});

const EntrySchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('root'), cursor: z.string() }),
  z.object({
    t: z.literal('page'),
    from: z.string(),
    to: z.string(),
    count: z.number().int().nonnegative(),
    lines: z.array(z.string()),
  }),
  z.object({ t: z.literal('status'), status: z.unknown() }),
  z.object({ t: z.literal('retrying'), body: Body, delayMs: z.number().nonnegative() }),
  z.object({ t: z.literal('end') }),
  z.object({ t: z.literal('error'), body: Body }),
]);

export function encodeEntry(e: TailEntry): string {
  return JSON.stringify(e);
}

/** The entry, or undefined for a value this version cannot read (skipped, never a crash). */
export function decodeEntry(raw: string): TailEntry | undefined {
  try {
    const parsed = EntrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as TailEntry) : undefined;
  } catch {
    return undefined;
  }
}
