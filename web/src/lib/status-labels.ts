import { msg } from './i18n/msg.js';

/**
 * The status labels of `@console/shared` (v1 status table, v2 phases and secondary phases), marked
 * for translation here because the shared package has no languages: where a label is shown it
 * goes through `t(label)` (a label not listed here shows in English).
 */
export const STATUS_LABELS = [
  msg('Unknown'),
  msg('Initializing'),
  msg('Creating image'),
  msg('Image failed'),
  msg('Submitting'),
  msg('Submit failed'),
  msg('Delete failed'),
  msg('Queuing'),
  msg('Running'),
  msg('Stopping'),
  msg('Completed'),
  msg('Failed'),
  msg('Stopped'),
  msg('Canceled'),
  msg('Lost'),
  msg('Scaling'),
  msg('Model submit failed'),
  msg('Deploy failed'),
  msg('Review initializing'),
  msg('Under review'),
  msg('Review completed'),
  msg('Review failed'),
  msg('Mount failed'),
  msg('Creating'),
  msg('Pending'),
  msg('Terminating'),
  msg('Terminated'),
  msg('Abnormal'),
  msg('Run failed'),
  msg('Creation failed'),
  msg('Termination failed'),
] as const;
