import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';

/** Retries of one notification: bounded attempts, exponential backoff between them. */
export interface WebhookRetry {
  /** Tries in all (the first included). */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** Per try. */
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_RETRY: WebhookRetry = {
  attempts: 6,
  initialDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 10_000,
};

/** The receiver answered something other than 2xx. `retryable`: 408, 429 and 5xx. */
export class WebhookStatusError extends Error {
  readonly retryable: boolean;
  constructor(readonly status: number) {
    super(`the webhook answered ${status}`);
    this.name = 'WebhookStatusError';
    this.retryable = status === 408 || status === 429 || status >= 500;
  }
}

export interface Delivery {
  delivered: boolean;
  attempts: number;
  /** The last failure, in words without the URL (it may carry a secret). */
  error?: string;
}

const retryable = (e: Error) => !(e instanceof WebhookStatusError) || e.retryable;

/**
 * POSTs JSON to the operator's webhook (NOTIFY_WEBHOOK_URL), with retries. The URL is never
 * logged, returned or shown to a browser: a chat webhook's URL is its secret.
 */
export class WebhookSender {
  private readonly policy;

  constructor(
    private readonly url: string,
    private readonly settings: WebhookRetry = DEFAULT_WEBHOOK_RETRY,
  ) {
    this.policy = retry(handleWhen(retryable), {
      maxAttempts: settings.attempts - 1,
      backoff: new ExponentialBackoff({
        initialDelay: settings.initialDelayMs,
        maxDelay: settings.maxDelayMs,
      }),
    });
  }

  async send(payload: unknown): Promise<Delivery> {
    let attempts = 0;
    const body = JSON.stringify(payload);
    try {
      await this.policy.execute(async () => {
        attempts += 1;
        const res = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'modelarts-console' },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(this.settings.timeoutMs),
        });
        await res.body?.cancel();
        if (res.status < 200 || res.status > 299) throw new WebhookStatusError(res.status);
      });
      return { delivered: true, attempts };
    } catch (err) {
      return { delivered: false, attempts, error: describe(err) };
    }
  }
}

/** A failure in words: a status, a timeout or a network error code; never the URL. */
function describe(err: unknown): string {
  if (err instanceof WebhookStatusError) return err.message;
  if (err instanceof DOMException && err.name === 'TimeoutError') return 'timed out';
  const cause = (err as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? `network error ${cause.code}` : 'network error';
}
