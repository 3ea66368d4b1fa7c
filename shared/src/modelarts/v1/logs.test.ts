import { describe, expect, it } from 'vitest';
import { AomLogQuerySchema, AomLogResponseSchema, LogFileNamesResponseSchema } from './logs.js';
import { TrainingJobVersionSchema } from './version.js';
import { isV1Terminal, v1StatusInfo } from './status.js';

describe('aom-log shapes', () => {
  it('keeps 19-digit cursors exact whether they arrive as strings or numbers', () => {
    const r = AomLogResponseSchema.parse({
      is_success: true,
      start_line: '1609121886518240330',
      end_line: '1609121900042593083',
      lines: '8',
      content: 'a\n',
    });
    expect(r).toMatchObject({
      start_line: '1609121886518240330',
      end_line: '1609121900042593083',
      lines: 8,
    });
  });

  it('limits lines to 0–500 and names the field', () => {
    const r = AomLogQuerySchema.safeParse({ log_file: 'job-a.0', lines: '501' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['lines'], message: 'lines must be 0–500' });
  });

  it('reads log_file_list given as a bare string', () => {
    expect(
      LogFileNamesResponseSchema.parse({ is_success: true, log_file_list: 'a.0' }).log_file_list,
    ).toEqual(['a.0']);
  });
});

describe('version details', () => {
  it('decodes system_metric_list given as a JSON string (version list form)', () => {
    const v = TrainingJobVersionSchema.parse({
      version_id: 1,
      version_name: 'V0001',
      status: 8,
      create_time: 1,
      system_metric_list: '{"cpuUsage":["3.10"],"interval":1}',
    });
    expect(v.system_metric_list?.cpuUsage).toEqual(['3.10']);
  });
});

describe('v1 status table', () => {
  it('maps codes to names and terminal buckets', () => {
    expect(v1StatusInfo(10)).toMatchObject({ name: 'JOBSTAT_COMPLETED', bucket: 'succeeded' });
    expect(isV1Terminal(8)).toBe(false);
    expect(isV1Terminal(11)).toBe(true);
    expect(isV1Terminal(12)).toBe(true);
    expect(v1StatusInfo(99)).toMatchObject({ bucket: 'unknown' });
  });
});
