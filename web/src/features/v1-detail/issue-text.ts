import { FIELD_PROBLEM, issueTexts } from '../../lib/i18n/issue-text.js';
import { msg } from '../../lib/i18n/msg.js';

/** What the description editor's schema (`UpdateJobDescriptionRequestSchema`) says, in the user's words. */
export const { useIssueText } = issueTexts({
  whole: [FIELD_PROBLEM],
  predicates: [msg('must be at most {{n}} characters'), msg('must be a string')],
  fields: { job_desc: msg('Description') },
});
