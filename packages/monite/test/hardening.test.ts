// Monite-level checks of the hardening items: a client without credentials,
// the request-validation escape hatch, request ids on results, rate pacing
// shared by derived clients, and bounded cursor pagination.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, MoniteClient, PaginationError, requestIdOf } from '../src/index.js';
import { mockTokenEndpoint, uniqueBaseUrl } from './helpers/mock-monite.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ENTITY_ID = 'e39f87be-d499-411b-be6d-a806c500c139';
const NOW = '2026-11-23T10:00:00Z';
const entity = {
  id: ENTITY_ID,
  created_at: NOW,
  updated_at: NOW,
  type: 'organization',
  status: 'active',
  email: 'contact@dare-cronin.example',
  address: { city: 'Berlin', country: 'DE', line1: 'Flughafenstrasse 52', postal_code: '10115' },
  organization: { legal_name: 'Dare - Cronin' },
};

describe('a Monite client without credentials', () => {
  it('fails each call with a ConfigurationError that says what to pass, and sends nothing', async () => {
    const baseUrl = uniqueBaseUrl();
    let sent = 0;
    server.use(http.all(`${baseUrl}/*`, () => (sent++, HttpResponse.json({}))));
    const monite = new MoniteClient({ baseUrl });
    const error = await monite.entities.retrieve(ENTITY_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/no credentials\. Pass clientId and clientSecret/);
    expect(sent).toBe(0);
  });

  it('a misspelt option is a ConfigurationError at construction', () => {
    expect(() => new MoniteClient({ clientId: 'a', clientSecret: 'b', validation: 'loose' as never })).toThrow(/option validation must be one of/);
    expect(() => new MoniteClient({ clientId: 'a', clientSecret: 'b', maxRetries: -1 })).toThrow(/option maxRetries/);
  });
});

describe('the request-validation escape hatch', () => {
  it('validateRequests: false sends a body the spec refuses, as given', async () => {
    const baseUrl = uniqueBaseUrl();
    mockTokenEndpoint(server, baseUrl);
    const bodies: unknown[] = [];
    server.use(http.post(`${baseUrl}/entities`, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json(entity, { status: 201 }))));
    const monite = new MoniteClient({ clientId: 'id', clientSecret: 'secret', baseUrl });
    const odd = { ...entity, id: undefined, created_at: undefined, updated_at: undefined, status: undefined, vendor_flag: true };
    await expect(monite.entities.create(odd as never)).rejects.toThrow(/vendor_flag/);
    expect(bodies).toHaveLength(0);
    await monite.entities.create(odd as never, { validateRequests: false });
    expect(bodies).toEqual([expect.objectContaining({ vendor_flag: true })]);
  });
});

describe('request ids and pacing', () => {
  it('results carry _request_id, not serialised', async () => {
    const baseUrl = uniqueBaseUrl();
    mockTokenEndpoint(server, baseUrl);
    server.use(http.get(`${baseUrl}/entities/${ENTITY_ID}`, () => HttpResponse.json(entity, { headers: { 'x-request-id': 'monite-req-1' } })));
    const monite = new MoniteClient({ clientId: 'id', clientSecret: 'secret', baseUrl });
    const result = await monite.entities.retrieve(ENTITY_ID);
    expect(requestIdOf(result)).toBe('monite-req-1');
    expect(JSON.stringify(result)).not.toContain('monite-req-1');
  });

  it('a repeated next_pagination_token stops with a PaginationError naming the operation', async () => {
    const baseUrl = uniqueBaseUrl();
    mockTokenEndpoint(server, baseUrl);
    let pages = 0;
    server.use(http.get(`${baseUrl}/entities`, () => (pages++, HttpResponse.json({ data: [entity], next_pagination_token: 'again', prev_pagination_token: null }))));
    const monite = new MoniteClient({ clientId: 'id', clientSecret: 'secret', baseUrl });
    const error = await monite.entities.list().toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/GET \/entities/);
    expect(pages).toBe(2);
  });
});
