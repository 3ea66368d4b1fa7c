import type { ObsKeyRing } from '../../domain/obs/obs-auth.js';
import type { Logger } from '../../logger.js';
import type { ObjectFiles } from '../../store/obs-objects.js';
import type { UploadFiles } from '../../store/obs-uploads.js';

/** What the OBS service needs; built by the composition root (emulator.ts). */
export interface ObsDeps {
  objects: ObjectFiles;
  uploads: UploadFiles;
  keys: ObsKeyRing;
  log: Logger;
}
