import { APIError, type APIErrorInit } from '@x/core';
import type { SignUpSessionId } from '../values/ids.js';

const BRAND = Symbol.for('@x/monetizenow/SignUpError');

/**
 * The Sign-Up API refused a step: its body was `{sessionId, error: true, message}`. Thrown whatever HTTP status
 * carried that body, including a 2xx (then `status` is that 2xx). It is an {@link APIError}, so `status`, `body`,
 * `vendorMessage` and `requestId` are there as on any API error.
 */
export class SignUpError extends APIError {
  override name = 'SignUpError';
  /** The session the failed step belongs to, when MonetizeNow saved one: continue or cancel it with `signUp.session(id)`. */
  readonly sessionId: SignUpSessionId | undefined;
  /** MonetizeNow sends no code with a sign-up error. */
  readonly vendorCode: string | undefined = undefined;

  constructor(init: APIErrorInit, sessionId: string | undefined) {
    super({ ...init, hint: init.hint ?? signUpHint(sessionId) });
    this.sessionId = sessionId;
  }
}
// instanceof by brand, like @x/core's errors; an own Symbol.hasInstance is needed anyway, because the one
// SignUpError would inherit from APIError accepts every APIError.
Object.defineProperty(SignUpError.prototype, BRAND, { value: true, enumerable: false });
Object.defineProperty(SignUpError, Symbol.hasInstance, {
  value: (instance: unknown): boolean => typeof instance === 'object' && instance !== null && (instance as Record<symbol, unknown>)[BRAND] === true,
});

function signUpHint(sessionId: string | undefined): string {
  return sessionId
    ? `Sign-up session ${sessionId} was saved: fix the request and continue it with signUp.session('${sessionId}'), or cancel it`
    : 'No sign-up session was saved';
}
