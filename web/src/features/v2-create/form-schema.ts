import { CreateTrainingJobV2RequestSchema } from '@console/shared';
import { z } from 'zod';
import { msg } from '../../lib/i18n/msg.js';
import { autoSearchIssues } from './auto-search-rules.js';
import { formFieldForPath } from './form-field-path.js';
import type { V2JobFormValues } from './form-values.js';
import { toCreateV2Request } from './to-create-request.js';

interface LocalIssue {
  field: string;
  message: string;
}

/**
 * What only the form knows: which source is chosen and the chosen flavor's node bound. Messages are
 * in English, like the shared schema's; `issue-text.ts` shows them in the console's language.
 */
function localIssues(
  v: V2JobFormValues,
  maxNodes: (flavorId: string) => number | undefined,
  autoStopMax: number | undefined,
) {
  const issues: LocalIssue[] = [];
  const need = (field: keyof V2JobFormValues, message: string) => {
    const value = v[field];
    if (typeof value === 'string' && value.trim() === '') issues.push({ field, message });
  };
  switch (v.source) {
    case 'algorithm':
      need('algorithmId', msg('Choose one of your algorithms'));
      break;
    case 'subscription':
      need('subscriptionId', 'algorithm.subscription_id is required');
      need('itemVersionId', 'algorithm.item_version_id is required');
      break;
    case 'code':
      need('codeDir', 'algorithm.code_dir is required');
      need('bootFile', 'algorithm.boot_file is required');
      if (v.engineMode === 'preset') need('engineId', msg('Choose an engine'));
      else {
        need('engineName', 'algorithm.engine.engine_name is required');
        need('engineVersion', 'algorithm.engine.engine_version is required');
      }
      break;
    case 'image':
      need('imageUrl', 'algorithm.engine.image_url is required');
      need('command', 'algorithm.command is required with a custom image');
      break;
  }
  need('flavorId', msg('Choose a flavor'));
  if (v.poolKind === 'dedicated')
    need('poolId', 'spec.resource.pool_id is required for a dedicated pool');
  const max = maxNodes(v.flavorId.trim());
  if (!Number.isInteger(v.nodeCount) || v.nodeCount < 1)
    issues.push({ field: 'nodeCount', message: 'spec.resource.node_count must be at least 1' });
  else if (max !== undefined && v.nodeCount > max)
    issues.push({
      field: 'nodeCount',
      message: `This flavor allows at most ${max} node${max === 1 ? '' : 's'}`,
    });
  if (!Number.isInteger(v.autoStopHours) || v.autoStopHours < 0)
    issues.push({
      field: 'autoStopHours',
      message: msg('Auto stop is a whole number of hours (0 = off)'),
    });
  else if (autoStopMax !== undefined && (v.autoStopHours < 1 || v.autoStopHours > autoStopMax))
    issues.push({
      field: 'autoStopHours',
      message: `Your role's jobs must stop by themselves within 1 to ${autoStopMax} hours`,
    });
  issues.push(...autoSearchIssues(v.autoSearch));
  return issues;
}

/**
 * The v2 create form schema: the form-only rules, then the shared request schema applied to exactly
 * the body the form sends (`toCreateV2Request`), each issue put beside the field that produced it.
 */
export function makeV2FormSchema(
  maxNodes: (flavorId: string) => number | undefined,
  /** The portal role's bound: auto-stop is then required, 1 to this many hours. */
  autoStopMax?: number,
) {
  return z
    .custom<V2JobFormValues>(() => true)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      const add = (field: string, message: string) => {
        if (seen.has(field)) return;
        seen.add(field);
        ctx.addIssue({ code: 'custom', path: field.split('.'), message });
      };
      for (const issue of localIssues(values, maxNodes, autoStopMax))
        add(issue.field, issue.message);
      const parsed = CreateTrainingJobV2RequestSchema.safeParse(toCreateV2Request(values));
      if (parsed.success) return;
      let root: string | null = null;
      for (const issue of parsed.error.issues) {
        const field = formFieldForPath(issue.path, values);
        if (field) add(field, issue.message);
        else root ??= issue.message;
      }
      if (seen.size === 0 && root) add('root', root);
    });
}
