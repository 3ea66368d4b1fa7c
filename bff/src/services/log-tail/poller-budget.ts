import { TooManyRequestsError } from '../../errors.js';

/** Why a poller slot was refused: the whole BFF is full, or the account has its share. */
export type BudgetRefusal = 'total' | 'account';

/**
 * How many slots may be taken at once, in total and per account (user + domain, across all its
 * sessions): in this process a slot is a followed job (JobSlots), with Redis a polled log; one
 * budget can be shared by several registries (v1 and v2).
 */
export class PollerBudget {
  private used = 0;
  private readonly byAccount = new Map<string, number>();

  constructor(
    readonly limit: number,
    readonly perAccount = Number.POSITIVE_INFINITY,
  ) {}

  get inUse(): number {
    return this.used;
  }

  inUseBy(account: string): number {
    return this.byAccount.get(account) ?? 0;
  }

  /** Takes a slot for `account`; returns undefined on success, else why not. */
  tryTake(account: string): BudgetRefusal | undefined {
    if (this.used >= this.limit) return 'total';
    const mine = this.inUseBy(account);
    if (mine >= this.perAccount) return 'account';
    this.used += 1;
    this.byAccount.set(account, mine + 1);
    return undefined;
  }

  release(account: string): void {
    if (this.used > 0) this.used -= 1;
    const mine = this.inUseBy(account);
    if (mine <= 1) this.byAccount.delete(account);
    else this.byAccount.set(account, mine - 1);
  }
}

/**
 * The 429 of a refused slot, in the user's words; `unit`: what a slot is (a followed job in this
 * process, a log with Redis).
 */
export function refusal(
  why: BudgetRefusal,
  perAccount: number,
  unit: 'logs' | 'jobs' = 'logs',
): TooManyRequestsError {
  return new TooManyRequestsError(
    why === 'total'
      ? 'Too many live log streams on this console right now; try again in a minute'
      : `Too many live log streams for this account: at most ${perAccount} ${unit === 'jobs' ? "jobs' logs" : 'logs'} at once across ` +
          'its sessions; close another log view first',
  );
}
