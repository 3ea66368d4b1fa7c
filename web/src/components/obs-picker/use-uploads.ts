import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { obsKeys } from '../../lib/obs/obs-queries.js';
import { UploadQueue, type UploadItem } from '../../lib/obs/upload-queue.js';
import { browserResumeStore } from '../../lib/obs/upload-resume-store.js';

/** Files uploaded at the same time (the others wait in the queue). */
const PARALLEL = 2;
const store = browserResumeStore();

/** The upload queue of one picker or browser: progress per file, retry of failed files. */
export function useUploads() {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [queue] = useState(
    () =>
      new UploadQueue({
        store,
        parallel: PARALLEL,
        onChange: setItems,
        onStored: () => void queryClient.invalidateQueries({ queryKey: obsKeys.all }),
      }),
  );
  useEffect(() => {
    queue.open();
    return () => queue.abort();
  }, [queue]);
  return {
    items,
    add: (folder: string, files: readonly File[]) => queue.add(folder, files),
    retry: (id: number) => queue.retry(id),
    clearDone: () => queue.clearDone(),
  };
}
