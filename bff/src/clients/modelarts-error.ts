import type { ConsoleErrorBody } from '@console/shared';

/** Failure of a ModelArts call, already in the console error shape. */
export class ModelArtsCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: ConsoleErrorBody,
    /** Network trouble or a 5xx: worth a retry. */
    readonly transient: boolean,
  ) {
    super(body.error_msg);
    this.name = 'ModelArtsCallError';
  }
}
