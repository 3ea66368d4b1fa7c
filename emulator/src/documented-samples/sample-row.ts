/**
 * One documented request sample, copied from a reference page
 * (`shared/reference/modelarts-api/<page>`), with what the test must fill in to send it.
 */
export interface DocumentedSample {
  /** The page, relative to `shared/reference/modelarts-api/`. */
  page: string;
  /** 1-based position of the sample among the page's request samples. */
  index: number;
  method: 'get' | 'post' | 'put' | 'delete';
  /** The path and query as printed after the host (`{project_id}` is filled by the test). */
  path: string;
  /** The body as printed (JSON), if the sample has one. */
  body?: unknown;
  /**
   * Path ids that stand for objects created earlier: the segment after the key (e.g.
   * `training-jobs`) is replaced by the id remembered under the value (see `saves`).
   */
  fill?: Record<string, string>;
  /** Body fields (dotted path) that reference an object created earlier, and the id to use. */
  fillBody?: Record<string, string>;
  /** Ids to remember from the 2xx answer: name → dotted path in the response body. */
  saves?: Record<string, string>;
  /** When the sample can only be refused: the documented status and error code. */
  refused?: { status: number; error_code: string };
}
