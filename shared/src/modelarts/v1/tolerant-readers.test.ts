import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BuiltInAlgorithmSchema } from './built-in-algorithms.js';
import { EngineListResponseSchema, EngineSchema } from './engines.js';
import { configName, JobConfigListQuerySchema } from './job-configs.js';
import { AomLogResponseSchema, LogFileNamesResponseSchema } from './logs.js';
import { JobTypeQuerySchema, ResourceSpecListResponseSchema } from './specs.js';
import { v1StatusInfo } from './status.js';
import { TrainingJobVersionSchema } from './version.js';
import { CreateVisualizationJobRequestSchema } from './visualization-jobs.js';

// What the v1 readers make of the documented oddities (catalog §7.2, §7.3), and request rules.

const messages = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('v1 tolerant readers', () => {
  it('log_file_list: one string is a list of one, a list stays', () => {
    const read = (v: unknown) =>
      LogFileNamesResponseSchema.parse({ is_success: true, log_file_list: v });
    expect(read('a.log').log_file_list).toEqual(['a.log']);
    expect(read(['a.log', 'b.log']).log_file_list).toEqual(['a.log', 'b.log']);
    expect(
      LogFileNamesResponseSchema.safeParse({ is_success: true, log_file_list: 5 }).success,
    ).toBe(false);
  });

  it('aom-log content: null or absent is empty, text stays', () => {
    const read = (content: unknown) =>
      AomLogResponseSchema.parse({ is_success: true, content, lines: '2' }).content;
    expect(read(null)).toBe('');
    expect(read(undefined)).toBe('');
    expect(read('a\nb')).toBe('a\nb');
  });

  it('system_metric_list: a JSON string is decoded, blank or broken JSON is empty', () => {
    const metrics = TrainingJobVersionSchema.shape.system_metric_list;
    expect(metrics.parse('  ')).toEqual({});
    expect(metrics.parse('{"interval": "5"}')).toEqual({ interval: 5 });
    expect(metrics.parse(' {"interval": 1} ')).toEqual({ interval: 1 });
    expect(metrics.parse('{broken')).toEqual({});
    expect(metrics.parse({ interval: 2 })).toEqual({ interval: 2 });
  });

  it('built-in parameter: a JSON string or an array; blank, broken or absent is none', () => {
    const params = BuiltInAlgorithmSchema.shape.parameter;
    const one = [{ label: 'lr', value: '0.1' }];
    expect(params.parse(' ')).toEqual([]);
    expect(params.parse('[{"label": "lr", "value": 0.1}]')).toEqual(one);
    expect(params.parse(' [] ')).toEqual([]);
    expect(params.parse('[oops')).toEqual([]);
    expect(params.parse(undefined)).toEqual([]);
    expect(params.parse(null)).toEqual([]);
    expect(params.parse(one)).toEqual(one);
  });

  it('an unknown status code gets a name and label of its own', () => {
    expect(v1StatusInfo(99)).toEqual({
      code: 99,
      name: 'STATUS_99',
      label: 'Status 99',
      bucket: 'unknown',
    });
  });
});

describe('v1 request rules', () => {
  it('config names: required, letters, digits, - and _', () => {
    const name = configName();
    expect(messages(name, 'cfg_1-a')).toEqual([]);
    expect(messages(name, undefined)).toEqual(['config_name is required']);
    expect(messages(name, '')).toContain('config_name is required');
    expect(messages(name, 'a b')).toEqual([
      'config_name may contain only letters, digits, hyphens (-) and underscores (_)',
    ]);
  });

  it('sample configurations cannot be sorted by create_time', () => {
    const q = (query: object) => messages(JobConfigListQuerySchema, query);
    expect(q({ config_type: 'sample', sortBy: 'create_time' })).toEqual([
      'sortBy=create_time is not allowed with config_type=sample',
    ]);
    expect(q({ config_type: 'sample', sortBy: 'config_name' })).toEqual([]);
    expect(q({ config_type: 'custom', sortBy: 'create_time' })).toEqual([]);
    expect(q({ sortBy: 'create_time' })).toEqual([]);
  });

  it('visualization job_type is TensorBoard or MindInsight in any case', () => {
    const body = { job_name: 'vis-1', train_url: '/bkt/out/' };
    for (const job_type of ['TensorBoard', 'tensorboard', 'MINDINSIGHT'])
      expect(messages(CreateVisualizationJobRequestSchema, { ...body, job_type })).toEqual([]);
    for (const job_type of ['Tensor', 'board', ''])
      expect(messages(CreateVisualizationJobRequestSchema, { ...body, job_type })).toEqual([
        'job_type must be TensorBoard or MindInsight',
      ]);
  });
});

describe('v1 lists of specs and engines', () => {
  it('reads spec defaults and the engines list', () => {
    const spec = { spec_id: '1', core: 2, cpu: '8', spec_code: 'modelarts.vm.cpu.2u', max_num: 4 };
    const specs = ResourceSpecListResponseSchema.parse({ is_success: true, specs: [spec] });
    expect(specs.specs[0]).toMatchObject({ spec_id: 1, gpu_num: 0, no_resource: false });
    expect(ResourceSpecListResponseSchema.safeParse({ is_success: false, specs: [] }).success).toBe(
      false,
    );
    const engine = { engine_type: 1, engine_id: '2', engine_name: 'TF', engine_version: '1.8' };
    const engines = EngineListResponseSchema.parse({ is_success: true, engines: [engine] });
    expect(engines.engines).toEqual([{ ...engine, engine_id: 2 }]);
    expect(EngineSchema.safeParse({ ...engine, engine_name: 1 }).success).toBe(false);
    expect(JobTypeQuerySchema.parse({ job_type: 'inference' })).toEqual({ job_type: 'inference' });
    expect(JobTypeQuerySchema.safeParse({ job_type: 'serve' }).success).toBe(false);
  });
});
