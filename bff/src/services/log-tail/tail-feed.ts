import type { ConsoleErrorBody } from '@console/shared';
import type { PageChain } from './page-chain.js';
import type { PollerListener } from './log-poller.js';

/**
 * What a viewer follows: a chain of pages with the job's status, growing until the log ends or
 * fails. A local LogPoller is one (it reads the upstream itself); a RedisTail is another (it
 * mirrors the pages one replica's poller published to Redis).
 */
export interface TailFeed<S> {
  readonly chain: PageChain;
  readonly status: S | undefined;
  readonly ended: boolean;
  readonly error: ConsoleErrorBody | undefined;
  subscribe(listener: PollerListener<S>): () => void;
  /** Lines of page `index`, re-read from the upstream (with `token`) when evicted from the buffer. */
  linesOf(index: number, token: string): Promise<string[]>;
}
