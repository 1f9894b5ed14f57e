import { brandClass } from '../internal/brand.js';
import { SDKError } from './sdk-error.js';

/** One problem found by a schema, with the path to the offending field. */
export interface ValidationIssue {
  /** Dotted path, e.g. `address.country` or `permissions.objects[0].actions`. */
  path: string;
  message: string;
}

/** The input of a call failed its schema. Nothing was sent. */
export class RequestValidationError extends SDKError {
  override name = 'RequestValidationError';
  readonly issues: ValidationIssue[];

  constructor(what: string, issues: ValidationIssue[]) {
    super(`Invalid ${what}; nothing was sent. ${describeIssues(issues)}`);
    this.issues = issues;
  }
}
brandClass(RequestValidationError, 'RequestValidationError');

/** A response did not match its schema (thrown in `strict` validation mode only). */
export class ResponseValidationError extends SDKError {
  override name = 'ResponseValidationError';
  readonly issues: ValidationIssue[];
  /** The request id of the response, to report the mismatch to the vendor. */
  readonly requestId: string | undefined;

  /**
   * @param options.strict - the error comes from `validation: 'strict'`, so the message offers `'lenient'`
   *   (which would accept the body with a warning); other mismatches (no body, not JSON) leniency cannot fix.
   */
  constructor(what: string, issues: ValidationIssue[], requestId?: string, options: { strict?: boolean } = {}) {
    super(
      `The response of ${what} does not match the SDK's schema. ${describeIssues(issues)}` +
        (options.strict ? ` Use validation: 'lenient' to accept it with a warning${requestId ? ` (request id ${requestId})` : ''}.` : '') +
        (!options.strict && requestId ? ` Request id ${requestId}.` : ''),
    );
    this.issues = issues;
    this.requestId = requestId;
  }
}
brandClass(ResponseValidationError, 'ResponseValidationError');

/** Client options or arguments that cannot work, found before anything was sent. */
export class ConfigurationError extends SDKError {
  override name = 'ConfigurationError';
}
brandClass(ConfigurationError, 'ConfigurationError');

/** A webhook's signature, timestamp or header failed verification. */
export class WebhookVerificationError extends SDKError {
  override name = 'WebhookVerificationError';
  /** Why verification failed. */
  readonly reason: 'missing_header' | 'malformed_header' | 'no_matching_signature' | 'timestamp_out_of_tolerance' | 'invalid_payload';

  constructor(reason: WebhookVerificationError['reason'], message: string) {
    super(message);
    this.reason = reason;
  }
}
brandClass(WebhookVerificationError, 'WebhookVerificationError');

function describeIssues(issues: ValidationIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `${shown.join('; ')}${more}.`;
}
