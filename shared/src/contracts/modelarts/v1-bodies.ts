import {
  CreateJobConfigRequestSchema,
  UpdateJobConfigRequestSchema,
} from '../../modelarts/v1/job-configs.js';
import { CreateTrainingJobRequestSchema } from '../../modelarts/v1/create-job.js';
import { CreateVersionRequestSchema } from '../../modelarts/v1/create-version.js';
import { UpdateJobDescriptionRequestSchema } from '../../modelarts/v1/job-actions.js';
import {
  CreateVisualizationJobRequestSchema,
  UpdateVisualizationJobRequestSchema,
} from '../../modelarts/v1/visualization-jobs.js';
import { NoBodyRequestSchema } from '../../modelarts/no-body.js';
import type { BodyTable } from '../endpoint.js';
import type { v1Endpoints } from './v1.js';

/**
 * The request body of each v1 endpoint that takes one (`v1.ts` defines the endpoints): checked by
 * the BFF before the upstream is called, by the emulator and by the web's forms. Apart from the
 * endpoint table so that a page which only builds URLs does not carry every body schema.
 */
export const v1Bodies = {
  createJob: CreateTrainingJobRequestSchema,
  updateJobDescription: UpdateJobDescriptionRequestSchema,
  createVersion: CreateVersionRequestSchema,
  stopVersion: NoBodyRequestSchema,
  createConfig: CreateJobConfigRequestSchema,
  updateConfig: UpdateJobConfigRequestSchema,
  createVisualizationJob: CreateVisualizationJobRequestSchema,
  updateVisualizationJob: UpdateVisualizationJobRequestSchema,
  stopVisualizationJob: NoBodyRequestSchema,
  restartVisualizationJob: NoBodyRequestSchema,
} satisfies BodyTable<typeof v1Endpoints>;
