/**
 * The first index in [lo, hi] where `isPast` holds, for a predicate that is false then true
 * (`hi` when it never holds below `hi`; `isPast(hi)` is never asked). Each probe may be a request,
 * so the search gallops out from `guess` (a remembered or estimated answer) before it bisects:
 * an answer near the guess costs a few probes, a wild guess at most twice a plain bisection.
 */
export async function firstPast(
  lo: number,
  hi: number,
  isPast: (i: number) => Promise<boolean>,
  guess?: number,
): Promise<number> {
  if (lo >= hi) return lo;
  const g = Math.min(Math.max(guess ?? lo, lo), hi - 1);
  if (await isPast(g)) {
    // answer in [lo, g]: gallop down
    let step = 1;
    let upper = g;
    while (upper - step >= lo && (await isPast(upper - step))) {
      upper -= step;
      step *= 2;
    }
    hi = upper;
    lo = Math.max(lo, upper - step + 1);
  } else {
    // answer in (g, hi]: gallop up
    let step = 1;
    let lower = g;
    while (lower + step < hi && !(await isPast(lower + step))) {
      lower += step;
      step *= 2;
    }
    lo = lower + 1;
    hi = Math.min(hi, lower + step);
  }
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (await isPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
