import { z } from 'zod';

/** The output: the shape's fields, any other fields, the kept items and how many were dropped. */
export type TolerantList<S extends z.ZodRawShape, K extends string, I extends z.ZodType> = z.output<
  z.ZodObject<S>
> & { [field: string]: unknown } & Record<K, z.output<I>[]> & { dropped_items: number };

/**
 * A list response read tolerantly (ARCHITECTURE.md: tolerant reader): items of `key` that do not
 * match `item` are left out and counted in `dropped_items`, so one odd item — the documented v2
 * engine list holds a `"......"` placeholder — never fails a whole screen. The other fields are
 * read as `shape` says.
 */
export function tolerantList<S extends z.ZodRawShape, K extends string, I extends z.ZodType>(
  shape: S,
  key: K,
  item: I,
) {
  const listed = { ...shape, [key]: z.array(z.unknown()) } as S &
    Record<K, z.ZodArray<z.ZodUnknown>>;
  return z.looseObject(listed).transform((v) => {
    const raw = v[key] as unknown[];
    const kept: z.output<I>[] = [];
    for (const r of raw) {
      const parsed = item.safeParse(r);
      if (parsed.success) kept.push(parsed.data);
    }
    return { ...v, [key]: kept, dropped_items: raw.length - kept.length } as TolerantList<S, K, I>;
  });
}
