import { formatIssues, RequestValidationError, type ValidationIssue } from '@x/core';
import type * as z from 'zod/mini';
import { SIGN_UP_CREATE_ACTIONS, SIGN_UP_UPDATE_ACTIONS, type SignUpAction } from './requests.js';
import { signUpBodySchema } from './schemas.js';

type Part = 'customer' | 'billGroup' | 'quote' | 'paymentMethod';
const PARTS: readonly Part[] = ['customer', 'billGroup', 'quote', 'paymentMethod'];

// Which actions are create steps and which are later steps: SIGN_UP_CREATE_ACTIONS and SIGN_UP_UPDATE_ACTIONS.
interface ActionRule {
  requires?: readonly Part[];
  /** At least one of these (UPDATE needs something to update). */
  requiresOneOf?: readonly Part[];
  refuses?: readonly Part[];
  why?: Partial<Record<Part, string>>;
}

// The run-time twin of the request types in requests.ts.
const RULES: Record<SignUpAction, ActionRule> = {
  CREATE_AND_FINALIZE: {
    requires: ['customer', 'quote'],
    refuses: ['paymentMethod'],
    why: { paymentMethod: 'CREATE_AND_FINALIZE does not take a payment method; use CREATE_WITH_PAYMENT_METHOD to collect one' },
  },
  CREATE_WITH_PAYMENT_METHOD: { requires: ['customer', 'quote'] },
  CREATE_IN_PENDING: { requires: ['customer', 'quote'] },
  ESTIMATE: { requires: ['quote'] },
  INIT_PAYMENT_METHOD: {},
  UPDATE: { requiresOneOf: PARTS },
  FINALIZE: {},
  CANCEL: { refuses: PARTS },
};

/**
 * Checks a Sign-Up request against the rules of its action before anything is sent.
 * Throws {@link RequestValidationError} listing every problem and how to fix it.
 * With `full: false` (the `validateRequests: false` escape hatch) only the action is checked, since it picks
 * the HTTP method; the parts are sent as given.
 */
export function assertSignUpRequest(kind: 'create' | 'update', body: unknown, full = true): void {
  const what = `sign-up ${kind === 'create' ? 'create (POST /api/selfService/signup)' : 'step (PATCH /api/selfService/signup/{sessionId})'} request`;
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new RequestValidationError(what, [{ path: '', message: 'expected an object with an action, e.g. { action: "ESTIMATE", quote }' }]);
  }
  const record = body as Record<string, unknown>;
  const action = record['action'];
  const allowed: readonly string[] = kind === 'create' ? SIGN_UP_CREATE_ACTIONS : SIGN_UP_UPDATE_ACTIONS;
  // A non-string action is not in the list either.
  if (!allowed.includes(action as string)) {
    throw new RequestValidationError(what, [{ path: 'action', message: actionMessage(kind, action, allowed) }]);
  }
  if (!full) return;
  const rule = RULES[action as SignUpAction];
  const issues: ValidationIssue[] = [];
  if (kind === 'create' && record['sessionId'] !== undefined) {
    issues.push({ path: 'sessionId', message: `${action} starts a new session and takes no session id; continue an existing session with signUp.update(sessionId, ...)` });
  }
  if (kind === 'update' && record['sessionId'] !== undefined) {
    issues.push({ path: 'sessionId', message: 'the session id goes in the path (signUp.update(sessionId, body)), not in the body' });
  }
  for (const part of PARTS) {
    if (record[part] === undefined && rule.requires?.includes(part)) issues.push({ path: part, message: `required for ${action}` });
  }
  if (rule.requiresOneOf && !rule.requiresOneOf.some((part) => record[part] !== undefined)) {
    issues.push({ path: '', message: `${action} needs something to update: one of ${rule.requiresOneOf.join(', ')}` });
  }
  for (const part of PARTS) {
    if (record[part] !== undefined && rule.refuses?.includes(part)) issues.push({ path: part, message: rule.why?.[part] ?? `${action} takes nothing but the action; remove ${part}` });
  }
  const shape = (signUpBodySchema as z.ZodMiniType).safeParse(body, { reportInput: true });
  if (!shape.success) issues.push(...formatIssues(shape.error.issues));
  if (issues.length) throw new RequestValidationError(`sign-up ${action} request`, issues);
}

function actionMessage(kind: 'create' | 'update', action: unknown, allowed: readonly string[]): string {
  const other = kind === 'create' ? SIGN_UP_UPDATE_ACTIONS : SIGN_UP_CREATE_ACTIONS;
  if ((other as readonly string[]).includes(action as string)) {
    return kind === 'create'
      ? `${action} continues an existing session: call signUp.update(sessionId, { action: '${action}', ... })`
      : `${action} starts a new session: call signUp.create({ action: '${action}', ... })`;
  }
  return `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(action) ?? 'nothing'}`;
}
