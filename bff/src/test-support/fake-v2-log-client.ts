import type { V2StatusEvent } from '@console/shared';
import type {
  ModelArtsV2LogClient,
  TaskPreview,
  V2LogTarget,
} from '../clients/modelarts-v2-client.js';

/** A task log of raw bytes whose preview holds the newest `window` bytes (the real one: 5 MB). */
export class ByteLog {
  bytes = Buffer.alloc(0);
  constructor(readonly window = 5 * 1024 * 1024) {}

  write(b: Buffer | string): void {
    this.bytes = Buffer.concat([this.bytes, typeof b === 'string' ? Buffer.from(b) : b]);
  }

  /** Like the upstream: the newest bytes decoded as UTF-8 (a cut character becomes U+FFFD). */
  preview(): TaskPreview {
    const current = this.bytes.subarray(Math.max(0, this.bytes.length - this.window));
    return {
      content: current.toString('utf8'),
      currentSize: current.length,
      fullSize: this.bytes.length,
    };
  }
}

/** In-memory v2 job + task log for unit tests of the v2 log tail. */
export class FakeV2LogClient implements ModelArtsV2LogClient {
  readonly log: ByteLog;
  status: V2StatusEvent = { phase: 'Running', secondary_phase: 'Running' };
  previews = 0;
  obsUrl = 'http://127.0.0.1:9/never';

  constructor(window?: number) {
    this.log = new ByteLog(window);
  }

  async preview(_t: V2LogTarget, _token: string): Promise<TaskPreview> {
    this.previews += 1;
    return this.log.preview();
  }

  async jobStatus(_t: V2LogTarget, _token: string): Promise<V2StatusEvent> {
    return { ...this.status };
  }

  async logUrl(_t: V2LogTarget, _token: string): Promise<string> {
    return this.obsUrl;
  }

  finish(phase = 'Completed'): void {
    this.status = { phase, secondary_phase: phase };
  }
}
