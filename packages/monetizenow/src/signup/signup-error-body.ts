/** Whether a body is the Sign-Up error shape `{sessionId, error: true, message}`. */
export function isSignUpErrorBody(body: unknown): body is { error: true; sessionId?: unknown; message?: unknown } {
  return typeof body === 'object' && body !== null && (body as Record<string, unknown>)['error'] === true;
}
