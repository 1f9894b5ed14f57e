import { brandClass } from '../internal/brand.js';
import { SDKError } from './sdk-error.js';

/**
 * A list stopped making progress: the server repeated a page cursor, or kept
 * answering the same page. Iteration stops instead of requesting pages forever.
 */
export class PaginationError extends SDKError {
  override name = 'PaginationError';
  /** The list operation, e.g. `GET /payables`. */
  readonly operation: string | undefined;

  constructor(message: string, operation: string | undefined) {
    super(message);
    this.operation = operation;
  }
}
brandClass(PaginationError, 'PaginationError');
