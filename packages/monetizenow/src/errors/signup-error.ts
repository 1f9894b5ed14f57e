import { APIError, brandClass, type APIErrorInit } from '@x/core';
import type { SignUpSessionId } from '../values/ids.js';

/**
 * The Sign-Up API refused a step: its body was `{sessionId, error: true, message}`. Thrown whatever HTTP status
 * carried that body, including a 2xx (then `status` is that 2xx). It is an {@link APIError}, so `status`, `body`,
 * `vendorMessage` and `requestId` are there as on any API error.
 */
export class SignUpError extends APIError {
  override name = 'SignUpError';
  /** The session the failed step belongs to, when MonetizeNow saved one: continue or cancel it with `signUp.session(id)`. */
  readonly sessionId: SignUpSessionId | undefined;

  constructor(init: APIErrorInit, sessionId: string | undefined) {
    super({ ...init, hint: init.hint ?? signUpHint(sessionId) });
    this.sessionId = sessionId;
  }
}
// instanceof by brand, like @x/core's errors (the Symbol.hasInstance inherited from APIError accepts every APIError).
brandClass(SignUpError, 'monetizenow/SignUpError');

function signUpHint(sessionId: string | undefined): string {
  return sessionId
    ? `Sign-up session ${sessionId} was saved: fix the request and continue it with signUp.session('${sessionId}'), or cancel it`
    : 'No sign-up session was saved';
}
