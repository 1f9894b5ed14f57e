// Pagination, uploads, binary bodies, errors and forward compatibility,
// through the generated methods on MoniteClient.
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
import { uniqueBaseUrl } from './helpers/mock-monite.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ENTITY = 'e39f87be-d499-411b-be6d-a806c500c139';
const NOW = '2026-11-23T10:00:00Z';
const client = (baseUrl: string, extra: Record<string, unknown> = {}) =>
  new MoniteClient({ baseUrl, token: 'test-token', maxRetries: 0, ...extra }).forEntity(ENTITY);
const role = (i: number) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Role ${i}`, created_at: NOW, updated_at: NOW, status: 'active', permissions: { objects: [] } });

describe('cursor pagination', () => {
  it('walks every page lazily with for await, repeating the query with pagination_token after the first page', async () => {
    const baseUrl = uniqueBaseUrl();
    const queries: string[] = [];
    server.use(
      http.get(`${baseUrl}/roles`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const token = url.searchParams.get('pagination_token');
        const page = token === null ? 0 : Number(token);
        const next = page < 2 ? String(page + 1) : null;
        return HttpResponse.json({ data: [role(page * 2), role(page * 2 + 1)], next_pagination_token: next, prev_pagination_token: null });
      }),
    );
    const roles = client(baseUrl).roles.list({ limit: 2, order: 'desc' });
    const names: string[] = [];
    for await (const r of roles) {
      names.push(r.name);
      if (names.length === 1) expect(queries).toHaveLength(1); // the next page is not fetched yet
    }
    expect(names).toEqual(['Role 0', 'Role 1', 'Role 2', 'Role 3', 'Role 4', 'Role 5']);
    expect(queries).toEqual(['?limit=2&order=desc', '?limit=2&order=desc&pagination_token=1', '?limit=2&order=desc&pagination_token=2']);
  });

  it('awaits to the first page and collects with a limit, fetching only the pages needed', async () => {
    const baseUrl = uniqueBaseUrl();
    let requests = 0;
    server.use(
      http.get(`${baseUrl}/roles`, ({ request }) => {
        requests++;
        const page = Number(new URL(request.url).searchParams.get('pagination_token') ?? 0);
        return HttpResponse.json({ data: [role(page * 2), role(page * 2 + 1)], next_pagination_token: String(page + 1), prev_pagination_token: null });
      }),
    );
    const first = await client(baseUrl).roles.list();
    expect(first.data).toHaveLength(2);
    expect(first.next_pagination_token).toBe('1');
    requests = 0;
    const three = await client(baseUrl).roles.list().toArray({ limit: 3 });
    expect(three.map((r) => r.name)).toEqual(['Role 0', 'Role 1', 'Role 2']);
    expect(requests).toBe(2);
  });
});

describe('offset pagination', () => {
  it('pages /accounting/payables by limit and offset until a short page', async () => {
    const baseUrl = uniqueBaseUrl();
    const offsets: string[] = [];
    server.use(
      http.get(`${baseUrl}/accounting/payables`, ({ request }) => {
        const url = new URL(request.url);
        offsets.push(`${url.searchParams.get('limit')}@${url.searchParams.get('offset')}`);
        const offset = Number(url.searchParams.get('offset'));
        const count = offset >= 4 ? 1 : 2;
        return HttpResponse.json({ data: Array.from({ length: count }, (_, i) => ({ id: `p${offset + i}` })) });
      }),
    );
    const ids: string[] = [];
    for await (const payable of client(baseUrl).accountingDataPull.listPayables({ limit: 2 })) ids.push(String(payable.id));
    expect(ids).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(offsets).toEqual(['2@0', '2@2', '2@4']);
  });
});

describe('files', () => {
  it('uploads a Blob as multipart/form-data with its fields', async () => {
    const baseUrl = uniqueBaseUrl();
    let received: { type: string | null; name: string | undefined; text: string; fileType: unknown } | undefined;
    server.use(
      http.post(`${baseUrl}/files`, async ({ request }) => {
        const type = request.headers.get('content-type');
        const form = await request.formData();
        const file = form.get('file') as File;
        received = { type, name: file.name, text: await file.text(), fileType: form.get('file_type') };
        return HttpResponse.json({ id: 'f1', file_type: 'payables', name: file.name, region: 'eu-central-1', md5: 'x', mimetype: 'application/pdf', url: 'https://files.test/f1', size: 3, created_at: NOW }, { status: 201 });
      }),
    );
    const file = new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' });
    const uploaded = await client(baseUrl).files.create({ file, file_type: 'payables' });
    expect(uploaded.id).toBe('f1');
    expect(received).toMatchObject({ name: 'invoice.pdf', text: '%PDF', fileType: 'payables' });
    expect(received!.type).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('rejects an upload without a file before sending', async () => {
    const baseUrl = uniqueBaseUrl();
    let requests = 0;
    server.use(http.post(`${baseUrl}/files`, () => (requests++, HttpResponse.json({}))));
    const error = await client(baseUrl)
      .files.create({ file_type: 'payables' } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(/file/);
    expect(requests).toBe(0);
  });

  it('returns a PDF preview as a binary body', async () => {
    const baseUrl = uniqueBaseUrl();
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    server.use(http.get(`${baseUrl}/document_templates/:id/preview`, () => new HttpResponse(pdf, { headers: { 'content-type': 'application/pdf' } })));
    const preview = await client(baseUrl).pdfTemplates.retrievePreview('00000000-0000-4000-8000-000000000001');
    expect(preview.contentType).toBe('application/pdf');
    expect(new Uint8Array(await preview.arrayBuffer())).toEqual(pdf);
  });
});

describe('request validation (strict, nothing sent)', () => {
  it('rejects unknown fields (additionalProperties: false), bad formats and lengths with readable paths', async () => {
    const baseUrl = uniqueBaseUrl();
    let requests = 0;
    server.use(http.post(`${baseUrl}/entities`, () => (requests++, HttpResponse.json({}))));
    const monite = client(baseUrl);
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
    expect(requests).toBe(0);
  });

  it('rejects a malformed path id before sending', async () => {
    const baseUrl = uniqueBaseUrl();
    const error = await client(baseUrl).roles.retrieve('not-a-uuid').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(/role_id/);
  });
});

describe('bodies that are unions', () => {
  it('sends POST /counterparts, whose spec body is an anyOf of organization and individual payloads', async () => {
    const baseUrl = uniqueBaseUrl();
    const bodies: unknown[] = [];
    server.use(http.post(`${baseUrl}/counterparts`, async ({ request }) => (bodies.push(await request.json()), HttpResponse.json({ id: 'cp1', type: 'organization' }, { status: 201 }))));
    const body = {
      type: 'organization' as const,
      organization: { legal_name: 'Acme GmbH', is_customer: true, is_vendor: false, address: { city: 'Berlin', country: 'DE' as const, line1: 'Main 1', postal_code: '10115' } },
    };
    await client(baseUrl).counterparts.create(body);
    expect(bodies).toEqual([body]);
    const wrong = await client(baseUrl)
      .counterparts.create({ type: 'organization', organization: { legal_name: 'x' } } as never)
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(RequestValidationError);
    expect((wrong as Error).message).toMatch(/organization\.(address|is_customer|is_vendor)/);
    expect(bodies).toHaveLength(1);
  });
});

describe('errors', () => {
  it('turns {error: {message}} with extra fields into a typed error with the request id', async () => {
    const baseUrl = uniqueBaseUrl();
    server.use(
      http.get(`${baseUrl}/roles/:id`, () =>
        HttpResponse.json({ error: { message: 'Role not found', type: 'not_found' } }, { status: 404, headers: { 'x-request-id': 'req-123' } }),
      ),
    );
    const error = await client(baseUrl).roles.retrieve('00000000-0000-4000-8000-000000000001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.requestId).toBe('req-123');
    expect(notFound.vendorMessage).toBe('Role not found');
    expect(notFound.message).toMatch(/^Monite API returned 404 for GET \/v1\/roles\/00000000-0000-4000-8000-000000000001: Role not found \(request id req-123\)/);
  });

  it('renders the 422 detail list as field: message', async () => {
    const baseUrl = uniqueBaseUrl();
    server.use(
      http.post(`${baseUrl}/roles`, () =>
        HttpResponse.json(
          { detail: [{ loc: ['body', 'permissions', 'objects', 0, 'object_type'], msg: 'Input should be a valid object type', type: 'enum' }] },
          { status: 422, headers: { 'x-request-id': 'req-422' } },
        ),
      ),
    );
    const error = await client(baseUrl)
      .roles.create({ name: 'r', permissions: { objects: [] } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as Error).message).toContain('permissions.objects.0.object_type: Input should be a valid object type');
    expect((error as UnprocessableEntityError).requestId).toBe('req-422');
  });
});

describe('forward compatibility', () => {
  const futureRole = { ...role(1), status: 'archived_in_2027', brand_new_field: { nested: true } };

  for (const validation of ['lenient', 'strict'] as const) {
    it(`keeps new fields and accepts a new enum value in ${validation} mode without a warning`, async () => {
      const baseUrl = uniqueBaseUrl();
      server.use(http.get(`${baseUrl}/roles/:id`, () => HttpResponse.json(futureRole)));
      const warnings: string[] = [];
      const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
      const result = await client(baseUrl, { validation, logger }).roles.retrieve(futureRole.id);
      expect(result.status).toBe('archived_in_2027');
      expect((result as unknown as Record<string, unknown>)['brand_new_field']).toEqual({ nested: true });
      expect(warnings).toEqual([]);
    });
  }

  it('a real mismatch warns in lenient mode and throws in strict mode', async () => {
    const baseUrl = uniqueBaseUrl();
    const broken = { ...role(1), name: 42 };
    server.use(http.get(`${baseUrl}/roles/:id`, () => HttpResponse.json(broken, { headers: { 'x-request-id': 'req-b' } })));
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} };
    await expect(client(baseUrl, { logger }).roles.retrieve(broken.id)).resolves.toMatchObject({ name: 42 });
    expect(warnings).toHaveLength(1);
    const error = await client(baseUrl, { validation: 'strict' }).roles.retrieve(broken.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toMatch(/name: expected string, got number/);
  });
});
