import { ConfigurationError } from '../errors/validation-errors.js';

const VALIDATION_MODES = ['lenient', 'strict', 'off'];
const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'];
const LOGGER_METHODS = ['error', 'warn', 'info', 'debug'];

/**
 * Checks the options shared by clients and calls, so a typo (`timeout: 'abc'`,
 * `validation: 'loose'`) fails at once with the option's name and what it
 * takes, instead of being ignored. `where` says which call or client.
 */
export function checkSharedOptions(options: object, where: string): void {
  const o = options as Record<string, unknown>;
  const fail = (name: string, expected: string): never => {
    throw new ConfigurationError(`${where}: option ${name} must be ${expected}, got ${describe(o[name])}.`);
  };
  const number = (name: string, min: number, expected: string, integer = false) => {
    const value = o[name];
    if (value === undefined) return;
    if (typeof value !== 'number' || Number.isNaN(value) || value < min || (integer && !Number.isInteger(value))) fail(name, expected);
  };
  number('timeout', 1, 'a number of milliseconds >= 1 (e.g. 30000)');
  number('totalTimeout', 1, 'a number of milliseconds >= 1 (e.g. 120000)');
  number('maxRetries', 0, 'a whole number >= 0 (0 turns retries off)', true);
  number('maxRetryAfter', 0, 'a number of milliseconds >= 0');
  oneOf(o, 'validation', VALIDATION_MODES, fail);
  oneOf(o, 'logLevel', LOG_LEVELS, fail);
  if (o['validateRequests'] !== undefined && typeof o['validateRequests'] !== 'boolean') fail('validateRequests', 'true or false');
  if (o['logger'] !== undefined) {
    const logger = o['logger'] as Record<string, unknown> | null;
    if (!logger || typeof logger !== 'object' || LOGGER_METHODS.some((m) => typeof logger[m] !== 'function')) {
      fail('logger', 'an object with error, warn, info and debug methods (console works)');
    }
  }
  if (o['signal'] !== undefined && !(o['signal'] instanceof AbortSignal)) fail('signal', 'an AbortSignal');
  if (o['headers'] !== undefined) {
    const headers = o['headers'];
    if (!headers || typeof headers !== 'object' || Array.isArray(headers)) fail('headers', 'an object of header names to string values');
    for (const [name, value] of Object.entries(headers as object)) {
      if (value !== undefined && value !== null && typeof value !== 'string') {
        throw new ConfigurationError(`${where}: header ${JSON.stringify(name)} must be a string (or null/undefined to remove it), got a ${typeof value}.`);
      }
    }
  }
  for (const name of ['apiVersion', 'idempotencyKey', 'baseUrl']) {
    const value = o[name];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) fail(name, 'a non-empty string');
  }
  if (o['fetch'] !== undefined && typeof o['fetch'] !== 'function') fail('fetch', 'a function with the signature of fetch');
}

function oneOf(o: Record<string, unknown>, name: string, allowed: string[], fail: (name: string, expected: string) => never): void {
  const value = o[name];
  if (value !== undefined && !allowed.includes(value as string)) fail(name, `one of ${allowed.map((v) => `'${v}'`).join(', ')}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
