const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/**
 * Exponential backoff with jitter for retry number `retry` (1-based):
 * 0.5 s, 1 s, 2 s ... capped at 8 s, each shortened by up to 25 % at random
 * so that many clients failing together do not retry together.
 */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** (retry - 1), MAX_BACKOFF_MS);
  return Math.round(base * (1 - random() * 0.25));
}

/**
 * How long the server asked to wait, in ms: `retry-after-ms`, else
 * `Retry-After` as seconds or as an HTTP date. `undefined` when neither says.
 */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  // Header values arrive trimmed (Headers strips surrounding whitespace), so blank means ''.
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
