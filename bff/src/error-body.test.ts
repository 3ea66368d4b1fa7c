import { describe, expect, it } from 'vitest';
import { ModelArtsCallError } from './clients/modelarts-error.js';
import { toErrorAnswer } from './error-body.js';
import { ConsoleError, TooManyRequestsError, ValidationError } from './errors.js';

describe('toErrorAnswer: one error body for HTTP, downloads, SSE and pollers', () => {
  it('answers the console’s own errors with their status, code and field', () => {
    expect(toErrorAnswer(new ValidationError('job_name is required', 'job_name'))).toEqual({
      status: 400,
      known: true,
      body: { error_code: 'Console.0400', error_msg: 'job_name is required', field: 'job_name' },
    });
    expect(toErrorAnswer(new TooManyRequestsError('slow down')).status).toBe(429);
  });

  it('hands an upstream failure on as ModelArts answered it', () => {
    const body = { error_code: 'ModelArts.2775', error_msg: 'TrainingJobNotFound' };
    const err = new ModelArtsCallError(404, body, false);
    expect(err).toBeInstanceOf(ConsoleError);
    expect([err.status, err.code, err.message]).toEqual([404, body.error_code, body.error_msg]);
    expect(toErrorAnswer(err)).toEqual({ status: 404, known: true, body });
  });

  it('turns a client’s bad body into 4xx, and anything else into 500 without details', () => {
    const tooBig = Object.assign(new Error('request entity too large'), {
      type: 'entity.too.large',
      status: 413,
      limit: 1024 * 1024,
    });
    expect(toErrorAnswer(tooBig)).toMatchObject({ status: 413, known: true });
    const bug = toErrorAnswer(new TypeError('x is undefined (internal detail)'));
    expect(bug).toEqual({
      status: 500,
      known: false,
      body: { error_code: 'Console.0500', error_msg: 'Internal error in the console backend' },
    });
  });
});
