import { Router, type Response } from 'express';
import type { DataPaths } from '../../paths.js';
import { hostVolumePath, nfsVolumePath } from '../../runner/common/volumes.js';

/**
 * `/__control/volumes/…` (tests only): where a volume lands on this machine, so a test can check
 * a file a job wrote there. `GET volumes/host?src_path=/root/work` → `{path}`;
 * `GET volumes/nfs?id=…&src_path=192.168.8.150:/` → `{path}`.
 */
export function volumeControlRouter(paths: DataPaths): Router {
  const router = Router();
  const answer = (res: Response, resolve: () => string) => {
    try {
      res.json({ path: resolve() });
    } catch (err) {
      res.status(400).json({ error: (err as Error).message });
    }
  };
  router.get('/volumes/host', (req, res) => {
    const src = req.query.src_path;
    if (typeof src !== 'string' || src === '')
      return void res.status(400).json({ error: 'src_path is required' });
    answer(res, () => hostVolumePath(paths, src));
  });
  router.get('/volumes/nfs', (req, res) => {
    const { id, src_path: src } = req.query;
    if (typeof id !== 'string' || id === '' || typeof src !== 'string')
      return void res.status(400).json({ error: 'id and src_path are required' });
    answer(res, () => nfsVolumePath(paths, id, src));
  });
  return router;
}
