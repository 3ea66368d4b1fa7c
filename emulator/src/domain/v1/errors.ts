import type { z } from 'zod';
import { issuePath } from '@console/shared';

/** A ModelArts v1 failure: the §6 HTTP status with the v1 envelope (catalog §2.1). */
export class V1Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'V1Error';
  }
}

/** Formats a zod path as `config.parameter[0].label`. */
export function formatPath(pathParts: ReadonlyArray<PropertyKey>): string {
  return pathParts.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const name = String(part);
    return acc ? `${acc}.${name}` : name;
  }, '');
}

/** The first zod issue as ModelArts.0101 "Invalid Argument: <field path>: <message>". */
export function invalidArgument(error: z.ZodError): V1Error {
  const issue = error.issues[0];
  if (!issue) return new V1Error(400, 'ModelArts.0101', 'Invalid Argument.');
  const field = formatPath(issuePath(issue));
  return new V1Error(
    400,
    'ModelArts.0101',
    field ? `Invalid Argument: ${field}: ${issue.message}` : `Invalid Argument: ${issue.message}`,
  );
}

export const v1Errors = {
  jobNotFound: (jobId: string) =>
    new V1Error(404, 'ModelArts.2775', `TrainingJobNotFound: training job ${jobId} does not exist`),
  versionNotFound: (jobId: string, versionId: string) =>
    new V1Error(
      404,
      'ModelArts.2775',
      `TrainingJobNotFound: version ${versionId} of training job ${jobId} does not exist`,
    ),
  duplicateName: (name: string) =>
    new V1Error(400, 'ModelArts.0103', `Job name:${name} is existed`),
  flavorNotFound: (what: string) =>
    new V1Error(
      400,
      'ModelArts.2781',
      `FlavorNotFound: resource specification ${what} does not exist`,
    ),
  engineNotFound: (engineId: number) =>
    new V1Error(400, 'ModelArts.2780', `EngineNotFound: engine ${engineId} does not exist`),
  flavorOutOfRange: (workers: number, max: number, code: string) =>
    new V1Error(
      400,
      'ModelArts.2793',
      `FlavorOutOfRange: config.worker_server_num ${workers} exceeds max_num ${max} of ${code}`,
    ),
  noResource: (code: string) =>
    new V1Error(
      400,
      'ModelArts.3976',
      `No resources are available for the selected specification ${code}.`,
    ),
  poolNotFound: (poolId: string) =>
    new V1Error(404, 'ModelArts.2890', `PoolNotFound: resource pool ${poolId} does not exist`),
  bootFile: (detail: string) => new V1Error(400, 'ModelArts.2758', `BootFileDirError: ${detail}`),
  quota: (quota: number) =>
    new V1Error(400, 'ModelArts.0118', `QuotaInsufficient: at most ${quota} training jobs allowed`),
  invalidJson: () =>
    new V1Error(400, 'ModelArts.2787', 'InvalidJsonBody: the request body is not valid JSON'),
  notAllowed: (detail: string) =>
    new V1Error(409, 'ModelArts.2796', `NotAllowedToTerminate: ${detail}`),
  routeNotFound: () =>
    new V1Error(
      404,
      'APIGW.0101',
      'The API does not exist or has not been published in the environment',
    ),
};

/** Where a too-deep body went too deep: its first levels, e.g. `config.a.a…`. */
export const deepField = (at: ReadonlyArray<PropertyKey>): string =>
  formatPath(at.slice(0, 3)) + (at.length > 3 ? '…' : '');
