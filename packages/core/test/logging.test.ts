import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { LevelLogger } from '../src/index.js';
import { captureLogger, makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

/** A call that exercises every log site: a retry, a validation mismatch, a debug line per attempt. */
function noisy(options: Parameters<typeof makeClient>[0] = {}) {
  const client = makeClient({ maxRetries: 1, ...options });
  let count = 0;
  server.use(
    http.get(`${client.options.baseUrl}/things`, () =>
      ++count === 1
        ? HttpResponse.json({ message: 'busy' }, { status: 503, headers: { 'retry-after-ms': '0', 'x-request-id': 'r1' } })
        : HttpResponse.json({ id: 1 }, { headers: { 'x-request-id': 'r2' } }),
    ),
  );
  return () => client.request({ method: 'GET', path: '/things', query: { q: 'a' }, responseSchema: z.object({ id: z.string() }) });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('logging', () => {
  it('is off by default: the SDK never calls console itself', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    await noisy()();
    await noisy({ logLevel: 'debug' })();
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.json({ error: { message: 'no' } }, { status: 500 })));
    await client.request({ method: 'GET', path: '/x' }).catch(() => undefined);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('at debug level logs one line per attempt with method, URL, status, attempt and duration', async () => {
    const { logger, lines } = captureLogger();
    await noisy({ logger, logLevel: 'debug' })();
    const debug = lines.filter((l) => l.level === 'debug');
    expect(debug).toHaveLength(2);
    expect(debug.map((l) => l.fields?.['attempt'])).toEqual([1, 2]);
    expect(debug.map((l) => l.fields?.['status'])).toEqual([503, 200]);
    expect(debug.map((l) => l.fields?.['requestId'])).toEqual(['r1', 'r2']);
    for (const line of debug) {
      expect(line.fields).toMatchObject({ method: 'GET', url: expect.stringMatching(/^https:\/\/api-\d+\.test\/things\?q=a$/) });
      expect(typeof line.fields?.['durationMs']).toBe('number');
      expect(line.fields?.['durationMs']).toBeGreaterThanOrEqual(0);
      expect(line.message).toContain('GET https://');
      expect(line.message).toMatch(/attempt \d/);
    }
    expect(debug[0]!.message).toContain('503');
    expect(lines.some((l) => l.level === 'info' && /retrying in 0 ms \(retry 1 of 1\)/.test(l.message))).toBe(true);
    expect(lines.some((l) => l.level === 'warn' && l.message.includes('does not match'))).toBe(true);
  });

  it('logs the failure name when an attempt gets no response', async () => {
    const { logger, lines } = captureLogger();
    const client = makeClient({ logger, logLevel: 'debug' });
    server.use(http.get(`${client.options.baseUrl}/x`, () => HttpResponse.error()));
    await client.request({ method: 'GET', path: '/x' }).catch(() => undefined);
    const debug = lines.filter((l) => l.level === 'debug');
    expect(debug).toHaveLength(1);
    expect(debug[0]!.message).toContain('APIConnectionError');
    expect(debug[0]!.fields?.['status']).toBeUndefined();
  });

  it.each([
    ['debug', ['debug', 'info', 'warn']],
    ['info', ['info', 'warn']],
    ['warn', ['warn']],
    ['error', []],
    ['off', []],
  ] as const)('level %s passes only %j', async (level, expected) => {
    const { logger, lines } = captureLogger();
    await noisy({ logger, logLevel: level })();
    expect([...new Set(lines.map((l) => l.level))].sort()).toEqual([...expected].sort());
  });

  it("defaults to 'warn' when a logger is given", async () => {
    const { logger, lines } = captureLogger();
    await noisy({ logger })();
    expect(lines.map((l) => l.level)).toEqual(['warn']);
  });

  it('LevelLogger filters and reports enabled levels', () => {
    const { logger, lines } = captureLogger();
    const level = new LevelLogger(logger, 'info');
    expect(level.enabled('debug')).toBe(false);
    expect(level.enabled('error')).toBe(true);
    level.debug('d');
    level.info('i', { a: 1 });
    level.error('e');
    expect(lines).toEqual([
      { level: 'info', message: 'i', fields: { a: 1 } },
      { level: 'error', message: 'e', fields: undefined },
    ]);
    expect(new LevelLogger(undefined, 'debug').enabled('error')).toBe(false);
  });
});
