/**
 * Launches (plan, folders, spawn: all synchronous, and a fork of a large process takes
 * milliseconds to tens of them) run one at a time, at least `gapMs` apart, in order: 50 jobs
 * started at once interleave with the API's requests instead of freezing it for the sum of
 * their launches, and their interpreters do not all start in the same instant. The v1 and v2
 * runners share one queue.
 */
export class LaunchQueue {
  private readonly queue: Array<() => void> = [];
  private scheduled = false;

  /** `onError`: a launch that throws (a bug: launches handle their own failures) is reported. */
  constructor(
    private readonly onError: (err: unknown) => void = () => {},
    private readonly gapMs = 0,
  ) {}

  /** Runs `launch` on a later turn (it must check that its job still wants to start). */
  enqueue(launch: () => void): void {
    this.queue.push(launch);
    this.schedule();
  }

  get pending(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    const next = () => {
      this.scheduled = false;
      const launch = this.queue.shift();
      try {
        launch?.();
      } catch (err) {
        this.onError(err);
      }
      this.schedule();
    };
    // a gap of 0: the next turn of the event loop, after the I/O that is waiting
    if (this.gapMs > 0) setTimeout(next, this.gapMs);
    else setImmediate(next);
  }
}
