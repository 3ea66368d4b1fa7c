import type { z } from 'zod';
import { issuePath } from '@console/shared';
import { formatPath } from '../v1/errors.js';

/** A ModelArts v2 failure: the §6 HTTP status with `{error_code, error_msg, error_solution?}` (§2.2). */
export class V2Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly solution?: string,
  ) {
    super(message);
    this.name = 'V2Error';
  }
}

/** The first zod issue as 400 ModelArts.2788 "InvalidParam: <field>: <message>". */
export function invalidParam(error: z.ZodError, prefix = ''): V2Error {
  const issue = error.issues[0];
  const field = issue ? formatPath([...(prefix ? [prefix] : []), ...issuePath(issue)]) : prefix;
  const text = issue?.message ?? 'invalid request';
  return new V2Error(
    400,
    'ModelArts.2788',
    field ? `InvalidParam: ${field}: ${text}` : `InvalidParam: ${text}`,
    'Check the request parameters.',
  );
}

/** 400 ModelArts.2788 naming a field that a rule beyond the schema rejected. */
export function invalidField(field: string, message: string): V2Error {
  return new V2Error(
    400,
    'ModelArts.2788',
    `InvalidParam: ${field}: ${message}`,
    'Check the request parameters.',
  );
}

export const v2Errors = {
  jobNotFound: (id: string) =>
    new V2Error(400, 'ModelArts.2775', `TrainingJobNotFound: training job ${id} does not exist`),
  taskNotFound: (id: string, task: string) =>
    new V2Error(
      400,
      'ModelArts.2788',
      `InvalidParam: task_id: training job ${id} has no task ${task}`,
    ),
  algorithmNotFound: (id: string) =>
    new V2Error(
      400,
      'ModelArts.2755',
      `algorithm not found: ${id}`,
      'Check whether the training project information in the request is valid.',
    ),
  duplicateJobName: (name: string) =>
    new V2Error(
      400,
      'ModelArts.2751',
      `DuplicateTrainingJobName: training job ${name} already exists`,
    ),
  duplicateAlgorithmName: (name: string) =>
    new V2Error(400, 'ModelArts.2821', `DuplicateAlgorithmName: algorithm ${name} already exists`),
  noResource: (id: string) =>
    new V2Error(
      400,
      'ModelArts.3976',
      `No resources are available for the selected flavor ${id}.`,
      'Choose another flavor or try again later.',
    ),
  flavorNotFound: (id: string) =>
    new V2Error(400, 'ModelArts.2781', `FlavorNotFound: flavor ${id} does not exist`),
  flavorOutOfRange: (n: number, max: number, id: string) =>
    new V2Error(
      400,
      'ModelArts.2793',
      `FlavorOutOfRange: spec.resource.node_count ${n} exceeds max_num ${max} of ${id}`,
    ),
  engineNotFound: (what: string) =>
    new V2Error(400, 'ModelArts.2780', `EngineNotFound: engine ${what} does not exist`),
  poolNotFound: (id: string) =>
    new V2Error(404, 'ModelArts.2890', `PoolNotFound: resource pool ${id} does not exist`),
  codeDir: (detail: string) => new V2Error(400, 'ModelArts.2757', `CodeDirError: ${detail}`),
  bootFile: (detail: string) => new V2Error(400, 'ModelArts.2758', `BootFileDirError: ${detail}`),
  obsPath: (detail: string) => new V2Error(400, 'ModelArts.2791', `InvalidObsPath: ${detail}`),
  datasetNotFound: (id: string) =>
    new V2Error(400, 'ModelArts.2783', `DatasetNotFound: dataset ${id} does not exist`),
  datasetVersionNotFound: (id: string) =>
    new V2Error(
      400,
      'ModelArts.2782',
      `DatasetVersionNotFound: dataset version ${id} does not exist`,
    ),
  notAllowedToTerminate: (phase: string) =>
    new V2Error(
      409,
      'ModelArts.2796',
      `NotAllowedToTerminate: a training job in phase ${phase} cannot be terminated`,
    ),
  unsupportedAction: (action: string) =>
    new V2Error(400, 'ModelArts.2812', `UnsupportedActionType: ${action}`),
  unsupportedFilter: (detail: string) =>
    new V2Error(400, 'ModelArts.2789', `UnsupportedFilterBy: ${detail}`),
  unsupportedSort: (key: string) =>
    new V2Error(400, 'ModelArts.2790', `UnsupportedSortBy: sort_by ${key} is not supported`),
  eventsBadRequest: (detail: string) =>
    new V2Error(400, 'ModelArts.50004000', `Bad request. ${detail}`),
  logNotGenerated: (task: string) =>
    new V2Error(400, 'ModelArts.2818', `LogFileNotGenerated: no log for ${task} yet`),
  queryParam: (detail: string) => new V2Error(400, 'ModelArts.2764', `QueryParamsError: ${detail}`),
  trialNotFound: (jobId: string, trialId: string) =>
    new V2Error(
      404,
      'ModelArts.5058',
      `ObjectNotFound: training job ${jobId} has no auto-search trial ${trialId}`,
    ),
  trialEnded: (trialId: string, status: string) =>
    new V2Error(
      400,
      'ModelArts.2788',
      `InvalidParam: trial_id: trial ${trialId} already ended (${status}); only PENDING or RUNNING trials can be stopped early`,
    ),
  parameterNotSearched: (jobId: string, name: string) =>
    new V2Error(
      404,
      'ModelArts.5058',
      `ObjectNotFound: parameter_name: ${name} is not a searched hyperparameter of training job ${jobId}`,
    ),
  templateNotFound: (type: string, name: string) =>
    new V2Error(
      404,
      'ModelArts.3021',
      `Template (${type}/${name}) does not exist.`,
      'List the templates with GET training-jobs/autosearch/yaml-templates.',
    ),
  invalidJson: () =>
    new V2Error(400, 'ModelArts.2787', 'InvalidJsonBody: the request body is not valid JSON'),
  routeNotFound: () =>
    new V2Error(
      404,
      'APIGW.0101',
      'The API does not exist or has not been published in the environment',
    ),
};
