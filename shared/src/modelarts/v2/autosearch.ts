import { z } from 'zod';
import { controlCharProblem } from '../safe-strings.js';
import { looseNumber, looseText } from './common.js';

/**
 * Hyperparameter search ("auto search", catalog §4.1 AutoSearch and §4.15). Every field is optional
 * on the page; the rules below are the ones a search needs to run, each naming its field.
 */
export const RewardAttrSchema = z.looseObject({
  name: z.string().max(64, 'reward_attrs.name must be at most 64 characters').optional(),
  mode: z.enum(['max', 'min'], { error: 'reward_attrs.mode must be max or min' }).optional(),
  regex: z.string().max(512, 'reward_attrs.regex must be at most 512 characters').optional(),
});
export type RewardAttr = z.infer<typeof RewardAttrSchema>;

/** `discrete_values` is an array on the job pages and a comma-separated String on the algorithm pages (§7.4 #40). */
const discreteValues = z.union([z.array(looseText), z.string()]).transform((v) =>
  Array.isArray(v)
    ? v
    : v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
);

export const SearchParamSchema = z.looseObject({
  name: z.string().max(64, 'search_params.name must be at most 64 characters').optional(),
  param_type: z
    .enum(['continuous', 'discrete'], {
      error: 'search_params.param_type must be continuous or discrete',
    })
    .optional(),
  lower_bound: looseText.optional(),
  upper_bound: looseText.optional(),
  discrete_points_num: looseText.optional(),
  discrete_values: discreteValues.optional(),
});
export type SearchParam = z.infer<typeof SearchParamSchema>;

/** A parameter is discrete when it says so, or when it gives values and no type (all fields are optional). */
export function isDiscreteParam(p: SearchParam): boolean {
  return (
    p.param_type === 'discrete' ||
    (p.param_type === undefined && Boolean(p.discrete_values?.length))
  );
}

export const AlgoConfigParamSchema = z.looseObject({
  key: z.string().optional(),
  value: looseText.optional(),
  type: z.string().optional(),
});
export const AlgoConfigSchema = z.looseObject({
  name: z.string().max(64, 'algo_configs.name must be at most 64 characters').optional(),
  params: z.array(AlgoConfigParamSchema).optional(),
});
export type AlgoConfig = z.infer<typeof AlgoConfigSchema>;

const isNumber = (v: string | undefined) =>
  v !== undefined && v.trim() !== '' && Number.isFinite(Number(v));

export const AutoSearchSchema = z
  .looseObject({
    skip_search_params: z.string().optional(),
    reward_attrs: z.array(RewardAttrSchema).optional(),
    search_params: z.array(SearchParamSchema).optional(),
    algo_configs: z.array(AlgoConfigSchema).optional(),
  })
  .superRefine((a, ctx) => {
    a.search_params?.forEach((p, i) => {
      const path = ['search_params', i];
      // name and values become a process argument `--name=value`
      const nameProblem = p.name === undefined ? null : controlCharProblem(p.name, false);
      if (nameProblem)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'name'],
          message: `search_params.name ${nameProblem}`,
        });
      p.discrete_values?.forEach((v, j) => {
        const problem = controlCharProblem(v, false);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'discrete_values', j],
            message: `search_params.discrete_values ${problem}`,
          });
      });
      if (!p.name)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'name'],
          message: 'search_params.name is required',
        });
      const points = p.discrete_points_num;
      if (
        points !== undefined &&
        points.trim() !== '' &&
        !(/^\d+$/.test(points.trim()) && Number(points) >= 2)
      )
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'discrete_points_num'],
          message: 'search_params.discrete_points_num must be a whole number of at least 2',
        });
      if (isDiscreteParam(p)) {
        if (!p.discrete_values?.length)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'discrete_values'],
            message: 'search_params.discrete_values needs at least one value',
          });
        return;
      }
      if (!isNumber(p.lower_bound))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'lower_bound'],
          message: 'search_params.lower_bound must be a number',
        });
      if (!isNumber(p.upper_bound))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'upper_bound'],
          message: 'search_params.upper_bound must be a number',
        });
      else if (isNumber(p.lower_bound) && Number(p.lower_bound) >= Number(p.upper_bound))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'upper_bound'],
          message: 'search_params.upper_bound must be greater than lower_bound',
        });
    });
    a.reward_attrs?.forEach((r, i) => {
      if (r.regex === undefined) return;
      try {
        new RegExp(r.regex);
      } catch {
        ctx.addIssue({
          code: 'custom',
          path: ['reward_attrs', i, 'regex'],
          message: 'reward_attrs.regex is not a valid regular expression',
        });
      }
    });
  });
export type AutoSearch = z.infer<typeof AutoSearchSchema>;

/** Whether a job's auto_search makes it a search: something to search, and a metric (named or a regex) to judge by. */
export function isSearchJob(a: AutoSearch | null | undefined): a is AutoSearch {
  const reward = a?.reward_attrs?.[0];
  return Boolean(a?.search_params?.length && (reward?.name || reward?.regex));
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The reward regex for a metric given by name only (the console's and the emulator's default):
 * `<name>=<number>` or `<name>: <number>`, the name a word of its own (`acc` does not read
 * `val_acc=`), the number captured. One flat character class, no nested quantifiers.
 */
export function defaultRewardRegex(name: string): string {
  return `\\b${escapeRegex(name.trim())}\\s*[=:]\\s*([-+]?\\.?[0-9][0-9.eE+-]*)`;
}

/** `GET /v2/{project_id}/search-algorithms`. */
export const SearchAlgorithmListSchema = z.looseObject({
  search_algo_count: looseNumber,
  search_algo_list: z.array(
    z.looseObject({
      name: z.string(),
      params: z.array(z.looseObject({ key: z.string(), value: looseText, type: z.string() })),
      description: z.string().nullish(),
    }),
  ),
});
export type SearchAlgorithmList = z.infer<typeof SearchAlgorithmListSchema>;

/** A header + rows table (trials, one trial's history, parameter analysis); cells are strings or objects. */
export const ResultTableSchema = z.looseObject({
  header: z.array(z.string()),
  data: z.array(z.array(z.unknown())),
});
export type ResultTable = z.infer<typeof ResultTableSchema>;

/** `GET …/autosearch-trials`. */
export const AutosearchTrialsResponseSchema = z.looseObject({
  total: looseNumber,
  count: looseNumber,
  limit: looseNumber.nullish(),
  offset: looseNumber.nullish(),
  group_by: z.string().nullish(),
  items: ResultTableSchema,
});
export type AutosearchTrialsResponse = z.infer<typeof AutosearchTrialsResponseSchema>;

/** `POST …/autosearch-trial-earlystop/{trial_id}`. */
export const EarlystopResponseSchema = z.looseObject({ earlystop_trial: z.string() });
/** `GET …/autosearch-parameter-analysis/{parameter_name}`. */
export const ParameterAnalysisImageSchema = z.looseObject({ file_path: z.string() });

/** `GET …/training-jobs/autosearch/yaml-templates`. */
export const YamlTemplateListSchema = z.looseObject({
  yaml_templates: z.array(
    z.looseObject({
      algorithm_type_en: z.string(),
      algorithm_type_zh: z.string().nullish(),
      algorithm_names: z.array(z.string()),
    }),
  ),
});
/** `GET …/autosearch/yaml-templates/{algorithm_type}/{algorithm_name}`. */
export const YamlTemplateSchema = z.looseObject({ file_name: z.string(), content: z.string() });
