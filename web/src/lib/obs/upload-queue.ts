import { describeError } from '../api-error.js';
import { uploadObsFile } from './obs-upload.js';
import { uploadTarget } from './obs-paths.js';
import type { ResumeStore } from './upload-resume-store.js';

export type UploadStatus = 'queued' | 'uploading' | 'done' | 'failed';

export interface UploadItem {
  id: number;
  /** Target console path. */
  path: string;
  /** The name shown: the path inside the chosen folder, e.g. `code/train.py`. */
  label: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  error?: string | undefined;
}

interface QueueOptions {
  store: ResumeStore;
  /** Files uploaded at the same time (the others wait). */
  parallel: number;
  onChange: (items: UploadItem[]) => void;
  /** A file was stored (listings may refresh). */
  onStored: (path: string) => void;
}

/** The files waiting, uploading, stored or failed in one picker or browser (no React in here). */
export class UploadQueue {
  private items: UploadItem[] = [];
  private readonly files = new Map<number, File>();
  private readonly waiting: number[] = [];
  private running = 0;
  private nextId = 1;
  private aborter = new AbortController();

  constructor(private readonly options: QueueOptions) {}

  /** Queues files for `folder` (a chosen folder's files keep their relative paths). */
  add(folder: string, chosen: readonly File[]): void {
    for (const file of chosen) {
      const id = this.nextId++;
      this.files.set(id, file);
      this.waiting.push(id);
      this.items = [
        ...this.items,
        {
          id,
          path: uploadTarget(folder, file),
          label: file.webkitRelativePath || file.name,
          size: file.size,
          loaded: 0,
          status: 'queued',
        },
      ];
    }
    this.options.onChange(this.items);
    this.pump();
  }

  retry(id: number): void {
    this.patch(id, { status: 'queued', error: undefined });
    this.waiting.push(id);
    this.pump();
  }

  clearDone(): void {
    this.items = this.items.filter((it) => it.status !== 'done');
    this.options.onChange(this.items);
  }

  /** Stops every upload (the page is left); a multipart upload can resume later. */
  abort(): void {
    this.aborter.abort();
  }

  /** Takes uploads again after `abort` (a component shown again). */
  open(): void {
    if (this.aborter.signal.aborted) this.aborter = new AbortController();
  }

  private patch(id: number, change: Partial<UploadItem>): void {
    this.items = this.items.map((it) => (it.id === id ? { ...it, ...change } : it));
    this.options.onChange(this.items);
  }

  private pump(): void {
    while (this.running < this.options.parallel && this.waiting.length > 0) {
      const id = this.waiting.shift() as number;
      const file = this.files.get(id);
      const item = this.items.find((it) => it.id === id);
      if (file && item) void this.run(item, file);
    }
  }

  private async run(item: UploadItem, file: File): Promise<void> {
    this.running++;
    const signal = this.aborter.signal;
    this.patch(item.id, { status: 'uploading', error: undefined });
    try {
      await uploadObsFile({
        file,
        path: item.path,
        resume: this.options.store,
        signal,
        onProgress: (loaded) => this.patch(item.id, { loaded }),
      });
      this.patch(item.id, { status: 'done', loaded: file.size });
      this.options.onStored(item.path);
    } catch (error) {
      if (!signal.aborted)
        this.patch(item.id, { status: 'failed', error: describeError(error).message });
    } finally {
      this.running--;
      this.pump();
    }
  }
}
