import type { SetupServer } from 'msw/node';
import { onTestFinished } from 'vitest';
import { MoniteClient, type CreateEntityRequest, type CreateRoleRequest, type EntityResponse, type EntityUserResponse, type RoleResponse } from '../../src/index.js';
import { createMoniteSandbox, type MoniteSandbox, type MoniteSandboxOptions } from '../../src/testing/index.js';

let counter = 0;

/** A unique sandbox base URL per test, so msw handlers of different tests never meet. */
export function sandboxUrl(): string {
  return `https://monite-sandbox-${++counter}.test/v1`;
}

/** The entity of Monite's server-side guide (seed 000). */
export const guideEntity: CreateEntityRequest = {
  type: 'organization',
  email: 'contact@dare-cronin.example',
  address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115', state: 'BE' },
  organization: { legal_name: 'Dare - Cronin' },
};

/** The guide's "Basic role": entity users may read and create entity users, payables, receivables. */
export const basicRole: CreateRoleRequest = {
  name: 'Basic role',
  permissions: {
    objects: [
      { object_type: 'entity_user', actions: [{ action_name: 'read', permission: 'allowed' }, { action_name: 'create', permission: 'allowed' }] },
      { object_type: 'payable', actions: [{ action_name: 'create', permission: 'allowed' }, { action_name: 'read', permission: 'allowed_for_own' }] },
      { object_type: 'receivable', actions: [{ action_name: 'create', permission: 'allowed' }, { action_name: 'read', permission: 'allowed_for_own' }] },
    ],
  },
};

/** A role that may only read itself among entity users, and create nothing. */
export const ownOnlyRole: CreateRoleRequest = {
  name: 'Own only',
  permissions: { objects: [{ object_type: 'entity_user', actions: [{ action_name: 'read', permission: 'allowed_for_own' }, { action_name: 'create', permission: 'not_allowed' }] }] },
};

/** One exchange with the sandbox as msw saw it: what the SDK sent, and what came back. */
export interface WireCall {
  method: string;
  /** The path after the base URL, e.g. `/auth/token`. */
  path: string;
  /** The query string, `''` or starting with `?`. */
  search: string;
  headers: Headers;
  /** The request body parsed as JSON (`undefined` when empty, the raw text when not JSON). */
  body: unknown;
  /** The answer; `undefined` when the connection was dropped. */
  response?: { status: number; headers: Headers; body: unknown };
}

const parsed = (text: string): unknown => {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * Records every request msw sees under `baseUrl` (headers and bodies the sandbox's own log never keeps) until the
 * test ends. `calls()` waits for the bodies; `tokens()` lists the access tokens the token endpoint handed out, in order.
 */
export function recordWire(server: SetupServer, baseUrl: string): { calls(filter?: { method?: string; path?: string | RegExp }): Promise<WireCall[]>; tokens(): Promise<string[]> } {
  const pending: Promise<WireCall>[] = [];
  const answers = new Map<string, (answer: WireCall['response']) => void>();
  const base = new URL(baseUrl);
  const onStart = ({ request, requestId }: { request: Request; requestId: string }) => {
    if (!request.url.startsWith(baseUrl)) return;
    const url = new URL(request.url);
    const answer = new Promise<WireCall['response']>((resolve) => answers.set(requestId, resolve));
    const copy = request.clone();
    pending.push(
      Promise.all([copy.text(), answer]).then(([text, response]) => ({
        method: request.method,
        path: url.pathname.slice(base.pathname.replace(/\/+$/, '').length),
        search: url.search,
        headers: request.headers,
        body: parsed(text),
        ...(response ? { response } : {}),
      })),
    );
  };
  const onMocked = ({ response, requestId }: { response: Response; requestId: string }) => {
    const resolve = answers.get(requestId);
    if (!resolve) return;
    answers.delete(requestId);
    if (response.type === 'error') return resolve(undefined);
    void response.clone().text().then((text) => resolve({ status: response.status, headers: response.headers, body: parsed(text) }));
  };
  const onEnd = ({ requestId }: { requestId: string }) => {
    // A dropped connection (or an unmocked request) ends without a mocked response.
    setTimeout(() => answers.get(requestId)?.(undefined), 0);
  };
  server.events.on('request:start', onStart);
  server.events.on('response:mocked', onMocked);
  server.events.on('request:end', onEnd);
  onTestFinished(() => {
    server.events.removeListener('request:start', onStart);
    server.events.removeListener('response:mocked', onMocked);
    server.events.removeListener('request:end', onEnd);
  });
  const calls = async (filter: { method?: string; path?: string | RegExp } = {}) =>
    (await Promise.all(pending)).filter(
      (c) => (!filter.method || c.method === filter.method) && (filter.path === undefined || (typeof filter.path === 'string' ? c.path === filter.path : filter.path.test(c.path))),
    );
  return {
    calls,
    tokens: async () => (await calls({ method: 'POST', path: '/auth/token' })).flatMap((c) => (c.response?.status === 200 ? [(c.response.body as { access_token: string }).access_token] : [])),
  };
}

/**
 * A sandbox on a unique base URL whose handlers `server` uses, with its per-second limit off unless asked
 * (tests that count requests must not meet a 429 they did not ask for on a loaded machine).
 */
export function useSandbox(server: SetupServer, options: MoniteSandboxOptions = {}): MoniteSandbox {
  const sandbox = createMoniteSandbox({ baseUrl: sandboxUrl(), requestsPerSecond: false, ...options });
  server.use(...sandbox.handlers);
  return sandbox;
}

/**
 * Creates the guide's entity, the "Basic role" and entity users with the given logins through a separate
 * client (its own partner token), so a test's client starts with an empty token cache.
 */
export async function seedEntity(sandbox: MoniteSandbox, logins: string[] = []): Promise<{ entity: EntityResponse; role: RoleResponse; users: EntityUserResponse[] }> {
  const setup = new MoniteClient({ ...sandbox.clientOptions(), rateLimit: false });
  const entity = await setup.entities.create(guideEntity);
  const scoped = setup.forEntity(entity.id);
  const role = await scoped.roles.create(basicRole);
  const users: EntityUserResponse[] = [];
  for (const login of logins) users.push(await scoped.entityUsers.create({ login, first_name: login, role_id: role.id }));
  return { entity, role, users };
}
