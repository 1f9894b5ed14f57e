// Monite-level checks of the hardening items, against the public sandbox (@x/monite/testing): a client
// without credentials, the request-validation escape hatch, request ids on results, and bounded cursor
// pagination (a repeating cursor, which the sandbox never sends, is a one-handler script).
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, MoniteClient, PaginationError, requestIdOf, UnprocessableEntityError } from '../src/index.js';
import { guideEntity, recordWire, seedEntity, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ENTITY_ID = 'e39f87be-d499-411b-be6d-a806c500c139';

describe('a Monite client without credentials', () => {
  it('fails each call with a ConfigurationError that says what to pass, and sends nothing', async () => {
    const sandbox = useSandbox(server);
    const monite = new MoniteClient({ baseUrl: sandbox.baseUrl });
    const error = await monite.entities.retrieve(ENTITY_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/no credentials\. Pass clientId and clientSecret/);
    expect(sandbox.log.entries).toHaveLength(0);
  });

  it('a misspelt option is a ConfigurationError at construction', () => {
    expect(() => new MoniteClient({ clientId: 'a', clientSecret: 'b', validation: 'loose' as never })).toThrow(/option validation must be one of/);
    expect(() => new MoniteClient({ clientId: 'a', clientSecret: 'b', maxRetries: -1 })).toThrow(/option maxRetries/);
  });
});

describe('the request-validation escape hatch', () => {
  it('validateRequests: false sends a body the spec refuses, as given (and Monite refuses it)', async () => {
    const sandbox = useSandbox(server);
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteClient(sandbox.clientOptions());
    const odd = { ...guideEntity, id: undefined, created_at: undefined, status: undefined, vendor_flag: true };
    await expect(monite.entities.create(odd as never)).rejects.toThrow(/vendor_flag/);
    expect(sandbox.log.count({ method: 'POST', path: '/v1/entities' })).toBe(0);
    const refused = await monite.entities.create(odd as never, { validateRequests: false }).catch((e: unknown) => e);
    expect((await wire.calls({ method: 'POST', path: '/entities' })).map((c) => c.body)).toEqual([expect.objectContaining({ vendor_flag: true })]);
    // The sandbox checks bodies with the same strict schemas: the unknown field comes back as Monite's 422.
    expect(refused).toBeInstanceOf(UnprocessableEntityError);
    expect((refused as Error).message).toContain('vendor_flag: Extra inputs are not permitted');
    expect(sandbox.data.entities).toHaveLength(0);
  });
});

describe('request ids and pacing', () => {
  it('results carry _request_id, not serialised', async () => {
    const sandbox = useSandbox(server);
    const { entity } = await seedEntity(sandbox);
    const wire = recordWire(server, sandbox.baseUrl);
    const monite = new MoniteClient(sandbox.clientOptions());
    const result = await monite.entities.retrieve(entity.id);
    const sent = (await wire.calls({ method: 'GET' }))[0]!.response!.headers.get('x-request-id');
    expect(sent).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(result)).toBe(sent);
    expect(JSON.stringify(result)).not.toContain(sent);
  });

  it('a repeated next_pagination_token stops with a PaginationError naming the operation', async () => {
    const sandbox = useSandbox(server);
    const { entity } = await seedEntity(sandbox);
    let pages = 0;
    server.use(http.get(`${sandbox.baseUrl}/entities`, () => (pages++, HttpResponse.json({ data: [entity], next_pagination_token: 'again', prev_pagination_token: null }))));
    const monite = new MoniteClient(sandbox.clientOptions());
    const error = await monite.entities.list().toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/GET \/entities/);
    expect(pages).toBe(2);
  });
});
