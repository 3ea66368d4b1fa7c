/**
 * Multipart uploads started and not yet completed, by file (target path, size, modified time), so
 * a retry — or the same file chosen again after a reload — continues the upload instead of
 * starting over. Only upload ids are kept (no credential); a browser without storage keeps them
 * for the page's life.
 */
export interface ResumeStore {
  get(key: string): string | undefined;
  set(key: string, uploadId: string): void;
  delete(key: string): void;
}

const STORAGE_KEY = 'console.obs-uploads';

export function resumeKey(path: string, file: { size: number; lastModified: number }): string {
  return `${path}\n${file.size}\n${file.lastModified}`;
}

export function memoryResumeStore(): ResumeStore {
  const map = new Map<string, string>();
  return {
    get: (k) => map.get(k),
    set: (k, v) => void map.set(k, v),
    delete: (k) => void map.delete(k),
  };
}

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function write(entries: Record<string, string>): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // storage full or refused: the memory copy still serves retries on this page
  }
}

/** The browser's store (localStorage, with a memory copy). */
export function browserResumeStore(): ResumeStore {
  const memory = memoryResumeStore();
  return {
    get: (k) => memory.get(k) ?? read()[k],
    set: (k, v) => {
      memory.set(k, v);
      write({ ...read(), [k]: v });
    },
    delete: (k) => {
      memory.delete(k);
      const { [k]: _gone, ...rest } = read();
      write(rest);
    },
  };
}
