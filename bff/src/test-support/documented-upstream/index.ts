export { startDocumentedUpstream, type DocumentedUpstream } from './server.js';
export { PROJECT_ID, SUBJECT_TOKEN } from './iam-sample.js';
export { AOM_END_LINE, AOM_START_LINE } from './routes.js';
