import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { CheckInput, CheckResult } from '../fixtures/checks.ts';

import { packageDir } from './paths.ts';

export { bundleDir, coreDir, fixturesDir, packageDir } from './paths.ts';

export interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  userAgent: string | undefined;
  apiVersion: string | undefined;
}

/**
 * A small vendor API on 127.0.0.1 (port 0): an OAuth token endpoint, one
 * resource, and a 404. Counts tokens per client id, so each runtime's
 * "token fetched once" can be checked on the server side.
 */
export async function startApi() {
  const tokens = new Map<string, number>();
  const seen: Seen[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? '/').split('?')[0]!;
    seen.push({
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization,
      userAgent: req.headers['user-agent'],
      apiVersion: header(req, 'x-api-version'),
    });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    if (req.method === 'POST' && path === '/oauth/token') {
      const form = new URLSearchParams(body);
      const clientId = form.get('client_id') ?? '';
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_secret') !== `secret-${clientId}`) {
        return json(401, { error: 'invalid_client' });
      }
      tokens.set(clientId, (tokens.get(clientId) ?? 0) + 1);
      return json(200, { access_token: `tok-${clientId}`, expires_in: 3600, token_type: 'Bearer' });
    }
    if (!req.headers.authorization?.startsWith('Bearer tok-')) return json(401, { error: { message: 'No token' } });
    if (req.method === 'GET' && path === '/things/1') {
      return json(200, { id: '1', name: 'Widget', auth: req.headers.authorization, extra: { kept: true } }, { 'x-request-id': 'req-123' });
    }
    return json(404, { error: { message: 'No such thing' } }, { 'x-request-id': 'req-404' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tokens,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** The check input for one runtime; the webhook is signed here with node:crypto, not with @x/core. */
export function checkInput(apiUrl: string, runtime: string): CheckInput {
  const secret = 'whsec_runtime_tests';
  const payload = JSON.stringify({ id: 'evt_1', type: 'thing.updated', data: { id: '1' } });
  const nowSeconds = 1_790_000_000;
  const signature = createHmac('sha256', secret).update(`${nowSeconds}.${payload}`).digest('hex');
  return { apiUrl, runtime, webhook: { payload, header: `t=${nowSeconds},v1=${signature}`, secret, nowSeconds } };
}

/** The same expectations for every runtime. */
export function expectChecksPassed(result: CheckResult, runtime: string): void {
  expect(result.get).toEqual({
    data: { id: '1', name: 'Widget', auth: `Bearer tok-${runtime}`, extra: { kept: true } },
    status: 200,
    requestId: 'req-123',
    secondAuth: `Bearer tok-${runtime}`,
  });
  expect(result.webhook).toEqual({
    verifiedTimestamp: 1_790_000_000,
    tampered: { isWebhookVerificationError: true, reason: 'no_matching_signature' },
  });
  expect(result.notFound).toMatchObject({
    isNotFoundError: true,
    isAPIError: true,
    isSDKError: true,
    isError: true,
    name: 'NotFoundError',
    status: 404,
  });
  expect(result.notFound.message).toContain('No such thing');
}

/** Server-side view: one token for this runtime, the bearer on every resource call, and the runtime in User-Agent. */
export function expectServerSaw(api: Awaited<ReturnType<typeof startApi>>, runtime: string, userAgentPart: string): void {
  expect(api.tokens.get(runtime)).toBe(1);
  const calls = api.seen.filter((s) => s.path !== '/oauth/token' && s.authorization === `Bearer tok-${runtime}`);
  expect(calls.map((c) => c.path)).toEqual(['/things/1', '/things/1', '/things/missing']);
  for (const call of calls) {
    expect(call.userAgent).toContain('@x/core/');
    expect(call.userAgent).toContain(userAgentPart);
    expect(call.apiVersion).toBe('2025-01-01');
  }
}

/** Runs a program without blocking this process's event loop (the API server lives here). */
export function run(file: string, args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  return new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(file, args, { cwd: options.cwd ?? packageDir, env: { ...process.env, ...options.env }, timeout: 50_000, maxBuffer: 8 << 20 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { message: `${error.message}\n--- stdout\n${stdout}\n--- stderr\n${stderr}` }));
      else resolve({ stdout, stderr });
    });
  });
}

/** The last line of a program's output, parsed. */
export function lastJsonLine<T>(stdout: string): T {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}
