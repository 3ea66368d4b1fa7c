export {
  V2_NAME_PATTERN,
  V2ErrorBodySchema,
  type V2ErrorBody,
  ParameterConstraintSchema,
  I18nDescriptionSchema,
  ParameterRequestSchema,
  type ParameterRequest,
  ParameterResponseSchema,
  type ParameterResponse,
  ObsRemoteSchema,
} from './common.js';
export * from './status.js';
export * from './channels.js';
export * from './source-rules.js';
export * from './create-job.js';
export * from './job.js';
export * from './search.js';
export * from './actions.js';
export * from './logs.js';
export * from './metrics.js';
export * from './events.js';
export * from './flavors.js';
export * from './engines.js';
export * from './algorithms.js';
export * from './autosearch.js';
export * from './autosearch-table.js';
