import { seed003CatalogFreeFlavorBody } from '@console/shared/fixtures';
import { EMPTY_V2_FORM, type V2JobFormValues } from '../form-values.js';

/**
 * Form values that produce the two seed-003 samples as API catalog §4.1 prints them
 * (`seed003CatalogFreeFlavorBody`, `seed003CatalogCustomImageBody`): what a user enters in the form.
 */
export const SEED_003_FORM_1: V2JobFormValues = {
  ...EMPTY_V2_FORM,
  name: 'TestModelArtsJob',
  description: 'This is a ModelArts job',
  source: 'algorithm',
  algorithmId: '3f5d6706-7b67-408d-8ba0-ec08048c45ed',
  parameters: seed003CatalogFreeFlavorBody.algorithm.parameters.map((p) => ({ ...p })),
  flavorId: 'modelarts.p3.large.public.free',
};

export const SEED_003_FORM_2: V2JobFormValues = {
  ...EMPTY_V2_FORM,
  name: 'TestModelArtsJob2',
  description: 'This is a ModelArts job2',
  source: 'image',
  imageUrl: 'xxxxxxxx/fastseq:1.2',
  command: 'cd /home/ma-user/ddp_demo && sh run_ddp.sh',
  environments: [
    { name: 'NCCL_DEBUG', value: 'INFO' },
    { name: 'NCCL_IB_DISABLE', value: '0' },
  ],
  poolKind: 'dedicated',
  poolId: 'poolfaf38d76',
  flavorId: 'modelarts.pool.visual.xlarge',
  logExportPath: '/training-test/limou/ddp-demo-log/',
  volumes: [{ serverPath: '192.168.0.82:/', localPath: '/home/ma-user/nfs/', readOnly: false }],
};
