// The token endpoint is a dependency that fails: its 5xx, resets and hangs are
// retried like any safe request, one failure reaches waiters only after the
// retries are spent, and each caller's own deadlines bound its wait.
import { describe, expect, it } from 'vitest';
import { APITimeoutError, AuthenticationError, InternalServerError, NotFoundError, clientCredentials, type APIError } from '../src/index.js';
import { makeClient, startRealServer } from './helpers/client.js';

const SECRET = 'client-secret-9f8e7d';

function credentials() {
  return clientCredentials({ path: '/oauth/token', clientId: 'my-id', clientSecret: SECRET });
}

/** A real server: `/oauth/token` answers by `tokenAnswer(n)` for the n-th token request; `/whoami` echoes auth. */
async function server(tokenAnswer: (n: number, res: import('node:http').ServerResponse) => void) {
  let tokenRequests = 0;
  let apiRequests = 0;
  const real = await startRealServer((req, res) => {
    if (req.url === '/oauth/token') {
      tokenRequests++;
      tokenAnswer(tokenRequests, res);
      return;
    }
    apiRequests++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ auth: req.headers.authorization }));
  });
  return {
    ...real,
    get tokenRequests() {
      return tokenRequests;
    },
    get apiRequests() {
      return apiRequests;
    },
  };
}

const okToken = (n: number, res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: `tok-${n}`, expires_in: 3600 }));

describe('token endpoint faults with 100 concurrent waiters', () => {
  it('a 503 then success: all 100 calls succeed on 2 token requests', async () => {
    const s = await server((n, res) => (n === 1 ? res.writeHead(503, { 'retry-after': '0' }).end('{"error":"busy"}') : okToken(n, res)));
    try {
      const client = makeClient({ baseUrl: s.url, auth: credentials(), maxRetries: 2 });
      const results = await Promise.all(Array.from({ length: 100 }, () => client.request<{ auth: string }>({ method: 'GET', path: '/whoami' })));
      expect(results.every((r) => r.auth === 'Bearer tok-2')).toBe(true);
      expect(s.tokenRequests).toBe(2);
      expect(s.apiRequests).toBe(100);
    } finally {
      await s.close();
    }
  });

  it('a connection reset then success: all 100 calls succeed on 2 token requests', async () => {
    const s = await server((n, res) => (n === 1 ? res.socket?.destroy() : okToken(n, res)));
    try {
      const client = makeClient({ baseUrl: s.url, auth: credentials(), maxRetries: 2 });
      const results = await Promise.all(Array.from({ length: 100 }, () => client.request<{ auth: string }>({ method: 'GET', path: '/whoami' })));
      expect(new Set(results.map((r) => r.auth))).toEqual(new Set(['Bearer tok-2']));
      expect(s.tokenRequests).toBe(2);
    } finally {
      await s.close();
    }
  });

  it('a hang then success: the token request times out, is retried, and all calls succeed', async () => {
    const s = await server((n, res) => (n === 1 ? undefined : okToken(n, res)));
    try {
      // The token request runs with the client's 300 ms timeout; each waiter allows itself 5 s.
      const client = makeClient({ baseUrl: s.url, auth: credentials(), maxRetries: 2, timeout: 300 });
      const results = await Promise.all(
        Array.from({ length: 100 }, () => client.request<{ auth: string }>({ method: 'GET', path: '/whoami' }, { timeout: 5000 })),
      );
      expect(results.every((r) => r.auth === 'Bearer tok-2')).toBe(true);
      expect(s.tokenRequests).toBe(2);
    } finally {
      await s.close();
    }
  });

  it('after the retries are spent, every waiter gets the one failure, which does not blame the credentials', async () => {
    const s = await server((_n, res) => res.writeHead(503, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"error":"down"}'));
    try {
      const client = makeClient({ baseUrl: s.url, auth: credentials(), maxRetries: 2 });
      const errors = await Promise.all(Array.from({ length: 100 }, () => client.request({ method: 'GET', path: '/whoami' }).catch((e: unknown) => e)));
      expect(errors.every((e) => e instanceof InternalServerError)).toBe(true);
      expect(new Set(errors).size).toBe(1);
      expect(s.tokenRequests).toBe(3);
      expect(s.apiRequests).toBe(0);
      const message = (errors[0] as Error).message;
      expect(message).toMatch(/token endpoint is failing; retry later/);
      expect(message).not.toMatch(/credentials/);
      expect(message).not.toContain(SECRET);
    } finally {
      await s.close();
    }
  });
});

describe('what a token failure blames', () => {
  const answer = (status: number, body: string, type = 'application/json') => (_n: number, res: import('node:http').ServerResponse) =>
    res.writeHead(status, { 'content-type': type }).end(body);

  it.each([400, 401, 403])('a %i blames the credentials and is not retried', async (status) => {
    const s = await server(answer(status, '{"error":"invalid_client"}'));
    try {
      const client = makeClient({ baseUrl: s.url, auth: credentials(), maxRetries: 2 });
      const error = (await client.request({ method: 'GET', path: '/whoami' }).catch((e: unknown) => e)) as APIError;
      expect(error.status).toBe(status);
      expect(error.message).toMatch(/check the credentials/);
      expect(s.tokenRequests).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('a 404 points at baseUrl', async () => {
    const s = await server(answer(404, '{"detail":"Not Found"}'));
    try {
      const client = makeClient({ baseUrl: s.url, auth: credentials() });
      const error = await client.request({ method: 'GET', path: '/whoami' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toMatch(/Check baseUrl/);
      expect((error as Error).message).not.toMatch(/credentials/);
    } finally {
      await s.close();
    }
  });

  it('an HTML page (a proxy or a wrong host) points at baseUrl, with a 4xx or a 200', async () => {
    const html = '<!doctype html><html><body>Welcome</body></html>';
    const s4 = await server(answer(405, html, 'text/html'));
    const s2 = await server(answer(200, html, 'text/html'));
    try {
      const e4 = await makeClient({ baseUrl: s4.url, auth: credentials() }).request({ method: 'GET', path: '/whoami' }).catch((e: unknown) => e);
      expect((e4 as Error).message).toMatch(/Check baseUrl/);
      const e2 = await makeClient({ baseUrl: s2.url, auth: credentials() }).request({ method: 'GET', path: '/whoami' }).catch((e: unknown) => e);
      expect((e2 as Error).message).toMatch(/HTML page usually means baseUrl/);
      expect((e2 as Error).message).not.toMatch(/lenient/);
    } finally {
      await s4.close();
      await s2.close();
    }
  });
});

describe("the caller's deadlines cover the wait for a token", () => {
  it('a per-call totalTimeout of 1000 ms ends the wait on a hanging token endpoint at about 1 s', async () => {
    const s = await server(() => undefined);
    try {
      const client = makeClient({ baseUrl: s.url, auth: credentials(), maxRetries: 2 });
      const started = Date.now();
      const error = await client.request({ method: 'GET', path: '/whoami' }, { totalTimeout: 1000 }).catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(APITimeoutError);
      expect((error as Error).message).toMatch(/total timeout.*access token/);
      expect(elapsed).toBeGreaterThanOrEqual(900);
      expect(elapsed).toBeLessThan(2500);
      expect(s.apiRequests).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('a per-call timeout bounds the wait too, while the shared fetch goes on for others', async () => {
    const s = await server((n, res) => setTimeout(() => okToken(n, res), 800));
    try {
      const client = makeClient({ baseUrl: s.url, auth: credentials() });
      const impatient = client.request({ method: 'GET', path: '/whoami' }, { timeout: 200 }).catch((e: unknown) => e);
      const patient = client.request<{ auth: string }>({ method: 'GET', path: '/whoami' });
      expect(await impatient).toBeInstanceOf(APITimeoutError);
      await expect(patient).resolves.toEqual({ auth: 'Bearer tok-1' });
      expect(s.tokenRequests).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('an AuthenticationError from the token endpoint is not turned into a timeout', async () => {
    const s = await server((_n, res) => res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"nope"}'));
    try {
      const error = await makeClient({ baseUrl: s.url, auth: credentials() }).request({ method: 'GET', path: '/whoami' }, { totalTimeout: 5000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
    } finally {
      await s.close();
    }
  });
});
