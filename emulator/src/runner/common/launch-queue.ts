/**
 * Launches (plan, folders, spawn: all synchronous, and a fork of a large process takes tens of
 * milliseconds) run one per event-loop turn, in order: 50 jobs started at once interleave with
 * the API's requests instead of freezing it for the sum of their launches. The v1 and v2 runners
 * share one queue.
 */
export class LaunchQueue {
  private readonly queue: Array<() => void> = [];
  private scheduled = false;

  /** `onError`: a launch that throws (a bug: launches handle their own failures) is reported. */
  constructor(private readonly onError: (err: unknown) => void = () => {}) {}

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
    setImmediate(() => {
      this.scheduled = false;
      const launch = this.queue.shift();
      try {
        launch?.();
      } catch (err) {
        this.onError(err);
      }
      this.schedule();
    });
  }
}
