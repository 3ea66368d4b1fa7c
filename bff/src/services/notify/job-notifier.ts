import { JOB_NOTIFICATION_LOG_LINES } from '@console/shared';
import type { Logger } from '../../logger.js';
import { jobKey, type JobFacts, type JobRef } from './job-facts.js';
import { MemoryClaims, type NotifyClaims } from './notify-claims.js';
import type { NotifyReads } from './notify-reads.js';
import { buildNotification } from './notification.js';
import type { Delivery } from './webhook-sender.js';

/** The credential of a session that saw the job; undefined once that session has ended. */
export type Credential = () => string | undefined;

/** A job seen in an answer: its facts, or only its ref when it was just created (not finished). */
export type Sighting = JobFacts | { ref: JobRef; terminal: false };

export interface NotifierSettings {
  /** How often a watched (running) job's status is read. */
  pollMs: number;
  /** A job first seen already finished is notified only if it ended this recently. */
  maxAgeMs: number;
  /** Running jobs watched at most at once (beyond: new ones are not watched). */
  maxWatches: number;
  /** A watched job whose status cannot be read this many times in a row is dropped. */
  maxReadFailures: number;
}

export const DEFAULT_NOTIFIER_SETTINGS: NotifierSettings = {
  pollMs: 15_000,
  maxAgeMs: 15 * 60_000,
  maxWatches: 2000,
  maxReadFailures: 20,
};

export interface NotifierDeps {
  reads: NotifyReads;
  claims: NotifyClaims;
  sender: { send(payload: unknown): Promise<Delivery> };
  logger: Logger;
  publicOrigin?: string;
  settings?: Partial<NotifierSettings>;
  now?: () => number;
}

interface Watch {
  ref: JobRef;
  credential: Credential;
  failures: number;
}

/**
 * Sends the webhook once per job that reaches a terminal status. It learns of jobs from the answers
 * the BFF hands to browsers (details, lists, creates: `routes/notify-tap.ts`), watches the running
 * ones with the credential of a session that saw them while that session lives, and claims each
 * finished job (NotifyClaims: Redis across replicas) before it sends, so one replica sends, once.
 */
export class JobNotifier {
  private readonly s: NotifierSettings;
  private readonly now: () => number;
  private readonly watches = new Map<string, Watch>();
  /** Jobs already claimed or given up here: later sightings cost nothing. */
  private readonly settled = new MemoryClaims(undefined, 50_000);
  private readonly inFlight = new Set<string>();
  private readonly timer: NodeJS.Timeout;
  private polling = false;

  constructor(private readonly d: NotifierDeps) {
    this.s = { ...DEFAULT_NOTIFIER_SETTINGS, ...d.settings };
    this.now = d.now ?? Date.now;
    this.timer = setInterval(() => void this.poll(), this.s.pollMs);
    this.timer.unref();
  }

  /** Jobs watched now (for tests and metrics). */
  watching(): number {
    return this.watches.size;
  }

  sight(s: Sighting, credential: Credential): void {
    const key = jobKey(s.ref);
    if (this.inFlight.has(key)) return;
    if (!s.terminal) {
      const w = this.watches.get(key);
      if (w) w.credential = credential;
      else if (this.watches.size < this.s.maxWatches) {
        this.watches.set(key, { ref: s.ref, credential, failures: 0 });
      }
      return;
    }
    this.watches.delete(key);
    const old = s.endedAt !== undefined && this.now() - s.endedAt > this.s.maxAgeMs;
    if (old) return;
    void this.finish(key, s, credential);
  }

  /** Reads every watched job once (one at a time); finished ones are notified. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      for (const [key, w] of [...this.watches]) {
        const token = w.credential();
        if (token === undefined) {
          this.watches.delete(key);
          continue;
        }
        try {
          const facts = await this.d.reads.facts(w.ref, token);
          w.failures = 0;
          if (facts.terminal) {
            this.watches.delete(key);
            await this.finish(key, facts, w.credential);
          }
        } catch {
          w.failures += 1;
          if (w.failures >= this.s.maxReadFailures) this.watches.delete(key);
        }
      }
    } finally {
      this.polling = false;
    }
  }

  private async finish(key: string, seen: JobFacts, credential: Credential): Promise<void> {
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    try {
      if (!(await this.settled.claim(key))) return;
      if (!(await this.d.claims.claim(key))) return;
      const token = credential();
      // A v1 list says no version name: the detail does.
      const facts =
        seen.ref.api === 'v1' && seen.version === undefined && token !== undefined
          ? await this.d.reads.facts(seen.ref, token).catch(() => seen)
          : seen;
      const lines =
        token === undefined
          ? []
          : await this.d.reads
              .lastLines(facts.ref, token, JOB_NOTIFICATION_LOG_LINES)
              .catch(() => []);
      const payload = buildNotification(facts, lines, this.d.publicOrigin, new Date(this.now()));
      const delivery = await this.d.sender.send(payload);
      const log = { job: key, status: facts.status, ...delivery };
      if (delivery.delivered) this.d.logger.info(log, 'job notification sent');
      else this.d.logger.warn(log, 'job notification not delivered');
    } catch (err) {
      // Redis unreachable: the claim is unknown; a later sighting tries again.
      this.d.logger.warn(
        { job: key, err: { message: (err as Error).message } },
        'job notification skipped',
      );
      this.settled.forget(key);
    } finally {
      this.inFlight.delete(key);
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.watches.clear();
  }
}
