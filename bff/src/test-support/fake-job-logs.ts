import type { V2StatusEvent } from '@console/shared';
import type {
  AomPage,
  AomQuery,
  LogTarget,
  ModelArtsLogClient,
} from '../clients/modelarts-client.js';
import type {
  ModelArtsV2LogClient,
  TaskPreview,
  V2LogTarget,
} from '../clients/modelarts-v2-client.js';
import { FakeLogClient } from './fake-log-client.js';
import { ByteLog } from './fake-v2-log-client.js';

/** A v1 job version with one in-memory aom-log per log file (FakeLogClient's rules each). */
export class FakeV1JobLogs implements ModelArtsLogClient {
  readonly files = new Map<string, FakeLogClient>();
  status = 8;
  statusCalls = 0;

  file(name: string): FakeLogClient {
    const known = this.files.get(name);
    if (known) return known;
    const made = new FakeLogClient();
    this.files.set(name, made);
    return made;
  }

  readAomLog(t: LogTarget, token: string, q: AomQuery): Promise<AomPage> {
    return this.file(t.logFile).readAomLog(t, token, q);
  }

  async versionStatus(_t: LogTarget, _token: string): Promise<number> {
    this.statusCalls += 1;
    return this.status;
  }
}

/** A v2 job with one in-memory byte log per task; counts status reads. */
export class FakeV2JobLogs implements ModelArtsV2LogClient {
  readonly tasks = new Map<string, ByteLog>();
  status: V2StatusEvent = { phase: 'Running', secondary_phase: 'Running' };
  statusCalls = 0;
  /** Tokens the status was read with. */
  readonly statusTokens: string[] = [];
  refuse: ((token: string) => Error | undefined) | undefined;

  task(name: string): ByteLog {
    const known = this.tasks.get(name);
    if (known) return known;
    const made = new ByteLog();
    this.tasks.set(name, made);
    return made;
  }

  async preview(t: V2LogTarget, _token: string): Promise<TaskPreview> {
    return this.task(t.taskId).preview();
  }

  async jobStatus(_t: V2LogTarget, token: string): Promise<V2StatusEvent> {
    this.statusCalls += 1;
    this.statusTokens.push(token);
    const refused = this.refuse?.(token);
    if (refused) throw refused;
    return { ...this.status };
  }

  async logUrl(): Promise<string> {
    return 'http://127.0.0.1:9/never';
  }

  finish(phase = 'Completed'): void {
    this.status = { phase, secondary_phase: phase };
  }
}
