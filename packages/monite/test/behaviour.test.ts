// Pagination, uploads, binary bodies, errors and forward compatibility, through the generated methods on
// MoniteClient against the public sandbox (@x/monite/testing). What the sandbox does not implement (files,
// PDFs, counterparts, accounting) or never answers (new fields, broken bodies) is a one-handler script in
// front of it; tokens always come from the sandbox.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  MoniteClient,
  NotFoundError,
  RequestValidationError,
  ResponseValidationError,
  UnprocessableEntityError,
  type Logger,
} from '../src/index.js';
import { guideEntity, recordWire, useSandbox } from './helpers/sandbox-fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const NOW = '2026-11-23T10:00:00Z';

/** A sandbox holding one entity and `roles` roles named `Role 0`, `Role 1`...; `client()` acts for that entity. */
async function start(roles = 0) {
  const sandbox = useSandbox(server);
  const setup = new MoniteClient({ ...sandbox.clientOptions(), rateLimit: false });
  const entity = await setup.entities.create(guideEntity);
  for (let i = 0; i < roles; i++) await setup.forEntity(entity.id).roles.create({ name: `Role ${i}`, permissions: { objects: [] } });
  const wire = recordWire(server, sandbox.baseUrl);
  const client = (extra: Record<string, unknown> = {}) => new MoniteClient({ ...sandbox.clientOptions(), maxRetries: 0, ...extra }).forEntity(entity.id);
  return { sandbox, entity, wire, client, url: sandbox.baseUrl };
}

describe('cursor pagination', () => {
  it('walks every page lazily with for await, repeating the query with pagination_token after the first page', async () => {
    const { sandbox, wire, client } = await start(6);
    const roles = client().roles.list({ limit: 2, order: 'desc' });
    const names: string[] = [];
    for await (const r of roles) {
      names.push(r.name);
      if (names.length === 1) expect(sandbox.log.count({ method: 'GET', path: '/v1/roles' })).toBe(1); // the next page is not fetched yet
    }
    expect(names).toEqual(['Role 5', 'Role 4', 'Role 3', 'Role 2', 'Role 1', 'Role 0']);
    const pages = await wire.calls({ method: 'GET', path: '/roles' });
    const next = pages.map((p) => (p.response!.body as { next_pagination_token: string | null }).next_pagination_token);
    expect(next[2]).toBeNull();
    expect(pages.map((p) => p.search)).toEqual(['?limit=2&order=desc', `?limit=2&order=desc&pagination_token=${next[0]}`, `?limit=2&order=desc&pagination_token=${next[1]}`]);
  });

  it('awaits to the first page and collects with a limit, fetching only the pages needed', async () => {
    const { sandbox, client } = await start(6);
    const first = await client().roles.list({ limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.next_pagination_token).toEqual(expect.any(String));
    const before = sandbox.log.count({ method: 'GET', path: '/v1/roles' });
    const three = await client().roles.list({ limit: 2 }).toArray({ limit: 3 });
    expect(three.map((r) => r.name)).toEqual(['Role 0', 'Role 1', 'Role 2']);
    expect(sandbox.log.count({ method: 'GET', path: '/v1/roles' }) - before).toBe(2);
  });
});

describe('offset pagination', () => {
  it('pages /accounting/payables by limit and offset until a short page', async () => {
    const { url, client } = await start();
    const offsets: string[] = [];
    server.use(
      http.get(`${url}/accounting/payables`, ({ request }) => {
        const query = new URL(request.url).searchParams;
        offsets.push(`${query.get('limit')}@${query.get('offset')}`);
        const offset = Number(query.get('offset'));
        const count = offset >= 4 ? 1 : 2;
        return HttpResponse.json({ data: Array.from({ length: count }, (_, i) => ({ id: `p${offset + i}` })) });
      }),
    );
    const ids: string[] = [];
    for await (const payable of client().accountingDataPull.listPayables({ limit: 2 })) ids.push(String(payable.id));
    expect(ids).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(offsets).toEqual(['2@0', '2@2', '2@4']);
  });
});

describe('files', () => {
  it('uploads a Blob as multipart/form-data with its fields', async () => {
    const { url, client } = await start();
    let received: { type: string | null; name: string | undefined; text: string; fileType: unknown } | undefined;
    server.use(
      http.post(`${url}/files`, async ({ request }) => {
        const type = request.headers.get('content-type');
        const form = await request.formData();
        const file = form.get('file') as File;
        received = { type, name: file.name, text: await file.text(), fileType: form.get('file_type') };
        return HttpResponse.json({ id: 'f1', file_type: 'payables', name: file.name, region: 'eu-central-1', md5: 'x', mimetype: 'application/pdf', url: 'https://files.test/f1', size: 3, created_at: NOW }, { status: 201 });
      }),
    );
    const file = new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' });
    const uploaded = await client().files.create({ file, file_type: 'payables' });
    expect(uploaded.id).toBe('f1');
    expect(received).toMatchObject({ name: 'invoice.pdf', text: '%PDF', fileType: 'payables' });
    expect(received!.type).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('rejects an upload without a file before sending', async () => {
    const { sandbox, client } = await start();
    const error = await client()
      .files.create({ file_type: 'payables' } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(/file/);
    expect(sandbox.log.count({ path: '/v1/files' })).toBe(0);
  });

  it('returns a PDF preview as a binary body', async () => {
    const { url, client } = await start();
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    server.use(http.get(`${url}/document_templates/:id/preview`, () => new HttpResponse(pdf, { headers: { 'content-type': 'application/pdf' } })));
    const preview = await client().pdfTemplates.retrievePreview('00000000-0000-4000-8000-000000000001');
    expect(preview.contentType).toBe('application/pdf');
    expect(new Uint8Array(await preview.arrayBuffer())).toEqual(pdf);
  });
});

describe('request validation (strict, nothing sent)', () => {
  it('rejects unknown fields (additionalProperties: false), bad formats and lengths with readable paths', async () => {
    const { sandbox, client } = await start();
    const monite = client();
    const base = { type: 'organization' as const, email: 'a@b.example', address: { city: 'Berlin', country: 'DE' as const, line1: 'x', postal_code: '10115' }, organization: { legal_name: 'Acme' } };
    const unknown = await monite.entities.create({ ...base, legal_name: 'oops' } as never).catch((e: unknown) => e);
    expect((unknown as Error).message).toMatch(/unknown field "legal_name"/);
    const badEmail = await monite.entities.create({ ...base, email: 'not-an-email' }).catch((e: unknown) => e);
    expect((badEmail as Error).message).toMatch(/email: must be a valid email/);
    const tooLong = await monite.entities.create({ ...base, address: { ...base.address, postal_code: '12345678901' } }).catch((e: unknown) => e);
    expect((tooLong as Error).message).toMatch(/address\.postal_code: must be at most 10 characters/);
    const badCountry = await monite.entities.create({ ...base, address: { ...base.address, country: 'XX' as never } }).catch((e: unknown) => e);
    expect((badCountry as Error).message).toMatch(/address\.country: must be one of/);
    for (const error of [unknown, badEmail, tooLong, badCountry]) expect(error).toBeInstanceOf(RequestValidationError);
    expect(sandbox.log.count({ method: 'POST', path: '/v1/entities' })).toBe(1); // start()'s own entity only
  });

  it('rejects a malformed path id before sending', async () => {
    const { sandbox, client } = await start();
    const error = await client().roles.retrieve('not-a-uuid').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(/role_id/);
    expect(sandbox.log.count({ path: /\/roles/ })).toBe(0);
  });
});

describe('bodies that are unions', () => {
  it('sends POST /counterparts, whose spec body is an anyOf of organization and individual payloads', async () => {
    const { url, client } = await start();
    const bodies: unknown[] = [];
    server.use(http.post(`${url}/counterparts`, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({ id: 'cp1', type: 'organization' }, { status: 201 }))));
    const body = {
      type: 'organization' as const,
      organization: { legal_name: 'Acme GmbH', is_customer: true, is_vendor: false, address: { city: 'Berlin', country: 'DE' as const, line1: 'Main 1', postal_code: '10115' } },
    };
    await client().counterparts.create(body);
    expect(bodies).toEqual([body]);
    const wrong = await client()
      .counterparts.create({ type: 'organization', organization: { legal_name: 'x' } } as never)
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(RequestValidationError);
    expect((wrong as Error).message).toMatch(/organization\.(address|is_customer|is_vendor)/);
    expect(bodies).toHaveLength(1);
  });
});

describe('errors', () => {
  it("turns the sandbox's 404 into a NotFoundError with Monite's message and the request id", async () => {
    const { wire, client } = await start();
    const id = '00000000-0000-4000-8000-000000000001';
    const error = await client().roles.retrieve(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const requestId = (await wire.calls({ method: 'GET' }))[0]!.response!.headers.get('x-request-id');
    const notFound = error as NotFoundError;
    expect(notFound.requestId).toBe(requestId);
    expect(notFound.vendorMessage).toBe(`Role ${id} was not found.`);
    expect(notFound.message).toMatch(new RegExp(`^Monite API returned 404 for GET /v1/roles/${id}: Role ${id} was not found\\.? \\(request id ${requestId}\\)`));
  });

  it('turns {error: {message}} with extra fields into a typed error with the request id', async () => {
    const { url, client } = await start();
    server.use(
      http.get(`${url}/roles/:id`, () =>
        HttpResponse.json({ error: { message: 'Role not found', type: 'not_found' } }, { status: 404, headers: { 'x-request-id': 'req-123' } }),
      ),
    );
    const error = await client().roles.retrieve('00000000-0000-4000-8000-000000000001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.requestId).toBe('req-123');
    expect(notFound.vendorMessage).toBe('Role not found');
    expect(notFound.message).toMatch(/^Monite API returned 404 for GET \/v1\/roles\/00000000-0000-4000-8000-000000000001: Role not found \(request id req-123\)/);
  });

  it('renders the 422 detail list as field: message', async () => {
    const { wire, client } = await start();
    // Sent unchecked, so the sandbox's own schema check answers with Monite's (FastAPI's) 422.
    const permissions = { objects: [{ object_type: 'payables', actions: [{ action_name: 'create', permission: 'allowed' }] }] };
    const error = await client()
      .roles.create({ name: 'r', permissions } as never, { validateRequests: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const [answer] = await wire.calls({ method: 'POST', path: '/roles' });
    const detail = (answer!.response!.body as { detail: { loc: (string | number)[]; msg: string }[] }).detail;
    expect(detail[0]!.loc).toEqual(['body', 'permissions', 'objects', 0, 'object_type']);
    expect((error as Error).message).toContain(`permissions.objects.0.object_type: ${detail[0]!.msg}`);
    expect((error as UnprocessableEntityError).requestId).toBe(answer!.response!.headers.get('x-request-id'));
  });
});

describe('forward compatibility', () => {
  for (const validation of ['lenient', 'strict'] as const) {
    it(`keeps new fields and accepts a new enum value in ${validation} mode without a warning`, async () => {
      const { sandbox, url, client } = await start(1);
      const futureRole = { ...sandbox.data.roles[0]!, status: 'archived_in_2027', brand_new_field: { nested: true } };
      server.use(http.get(`${url}/roles/:id`, () => HttpResponse.json(futureRole)));
      const warnings: string[] = [];
      const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
      const result = await client({ validation, logger }).roles.retrieve(futureRole.id);
      expect(result.status).toBe('archived_in_2027');
      expect((result as unknown as Record<string, unknown>)['brand_new_field']).toEqual({ nested: true });
      expect(warnings).toEqual([]);
    });
  }

  it('a real mismatch warns in lenient mode and throws in strict mode', async () => {
    const { sandbox, url, client } = await start(1);
    const broken = { ...sandbox.data.roles[0]!, name: 42 };
    server.use(http.get(`${url}/roles/:id`, () => HttpResponse.json(broken, { headers: { 'x-request-id': 'req-b' } })));
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
    await expect(client({ logger }).roles.retrieve(broken.id)).resolves.toMatchObject({ name: 42 });
    expect(warnings).toHaveLength(1);
    const error = await client({ validation: 'strict' }).roles.retrieve(broken.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/name: expected string, got number/);
  });
});
