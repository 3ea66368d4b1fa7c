import { TrainingJobActionRequestSchema } from '../../modelarts/v2/actions.js';
import { ModifyTrainingJobDescriptionRequestSchema } from '../../modelarts/v2/actions.js';
import { CreateAlgorithmRequestSchema } from '../../modelarts/v2/algorithms.js';
import { CreateTrainingJobV2RequestSchema } from '../../modelarts/v2/create-job.js';
import { TrainingJobSearchRequestSchema } from '../../modelarts/v2/search.js';
import { NoBodyRequestSchema } from '../../modelarts/no-body.js';
import type { BodyTable } from '../endpoint.js';
import type { v2Endpoints } from './v2.js';

/**
 * The request body of each v2 endpoint that takes one (`v2.ts` defines the endpoints): checked by
 * the BFF before the upstream is called, by the emulator and by the web's forms. Apart from the
 * endpoint table so that a page which only builds URLs does not carry every body schema.
 */
export const v2Bodies = {
  createJob: CreateTrainingJobV2RequestSchema,
  searchJobs: TrainingJobSearchRequestSchema,
  updateJobDescription: ModifyTrainingJobDescriptionRequestSchema,
  jobAction: TrainingJobActionRequestSchema,
  createAlgorithm: CreateAlgorithmRequestSchema,
  updateAlgorithm: CreateAlgorithmRequestSchema,
  earlyStopTrial: NoBodyRequestSchema,
} satisfies BodyTable<typeof v2Endpoints>;
