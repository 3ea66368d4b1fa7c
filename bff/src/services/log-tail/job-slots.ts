import { JobPacer } from './job-pacer.js';
import type { BudgetRefusal, PollerBudget } from './poller-budget.js';

interface JobGroup {
  /** The account charged for the job's slot (the one that started its first poller). */
  account: string;
  pollers: number;
  pacer: JobPacer;
}

/**
 * The poller budget counted per followed job (issue 11): the first poller of a job (any of its
 * logs: v1 files, v2 tasks; shared or exact) takes one slot of the budget, charged to the
 * opener's account; the job's other pollers join it for free and share its JobPacer, so a job
 * costs at most one request per interval upstream however many workers it has. The slot is
 * released with the job's last poller.
 */
export class JobSlots {
  private readonly groups = new Map<string, JobGroup>();

  constructor(
    private readonly budget: PollerBudget,
    private readonly intervalMs: number,
  ) {}

  has(jobKey: string): boolean {
    return this.groups.has(jobKey);
  }

  accountOf(jobKey: string): string | undefined {
    return this.groups.get(jobKey)?.account;
  }

  pollersOf(jobKey: string): number {
    return this.groups.get(jobKey)?.pollers ?? 0;
  }

  /** Jobs followed now. */
  jobs(): string[] {
    return [...this.groups.keys()];
  }

  /** A new poller of `jobKey`: its job's pacer, or why the budget refuses a new job. */
  tryJoin(jobKey: string, account: string): JobPacer | BudgetRefusal {
    let group = this.groups.get(jobKey);
    if (!group) {
      const refused = this.budget.tryTake(account);
      if (refused) return refused;
      group = { account, pollers: 0, pacer: new JobPacer(this.intervalMs) };
      this.groups.set(jobKey, group);
    }
    group.pollers += 1;
    group.pacer.join();
    return group.pacer;
  }

  /** Whether a new job could be followed by `account` now (nothing is taken). */
  wouldRefuse(account: string): BudgetRefusal | undefined {
    const refused = this.budget.tryTake(account);
    if (!refused) this.budget.release(account);
    return refused;
  }

  /** A poller of `jobKey` stopped; the last one frees the job's slot. */
  leave(jobKey: string): void {
    const group = this.groups.get(jobKey);
    if (!group) return;
    group.pollers -= 1;
    if (group.pollers > 0) return;
    group.pacer.dispose();
    this.groups.delete(jobKey);
    this.budget.release(group.account);
  }
}
