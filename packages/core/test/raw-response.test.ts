import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BinaryBody } from '../src/index.js';
import { makeClient, useMswServer } from './helpers/client.js';

const server = useMswServer();

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('withResponse and asResponse', () => {
  it('withResponse() gives data, status, headers and request id from exactly one request', async () => {
    const client = makeClient();
    let count = 0;
    server.use(
      http.post(`${client.options.baseUrl}/things`, () => {
        count++;
        return HttpResponse.json({ id: 't1' }, { status: 201, headers: { 'x-request-id': 'rid-1', 'x-ratelimit-remaining': '99' } });
      }),
    );
    const promise = client.request<{ id: string }>({ method: 'POST', path: '/things', body: { name: 'n' } });
    const { data, response, requestId } = await promise.withResponse();
    expect(data).toEqual({ id: 't1' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('99');
    expect(requestId).toBe('rid-1');
    // awaiting the same promise again reuses the response
    await expect(promise).resolves.toEqual({ id: 't1' });
    await promise.withResponse();
    expect(count).toBe(1);
  });

  it('asResponse() gives the raw Response', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/r`, () => HttpResponse.json({ a: 1 }, { headers: { etag: 'W/"1"' } })));
    const response = await client.request({ method: 'GET', path: '/r' }).asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.ok).toBe(true);
    expect(response.headers.get('etag')).toBe('W/"1"');
    expect(response.headers.get('content-type')).toContain('application/json');
  });

  it('withResponse() rejects with the same typed error as awaiting', async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/r`, () => HttpResponse.json({ message: 'gone' }, { status: 404 })));
    await expect(client.request({ method: 'GET', path: '/r' }).withResponse()).rejects.toMatchObject({ status: 404, vendorMessage: 'gone' });
  });
});

describe('response types', () => {
  function pdfClient() {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/invoice.pdf`, () => new HttpResponse(PDF, { headers: { 'content-type': 'application/pdf' } })));
    return () => client.request<BinaryBody>({ method: 'GET', path: '/invoice.pdf', responseType: 'binary' });
  }

  it('binary: blob()', async () => {
    const body = await pdfClient()();
    expect(body).toBeInstanceOf(BinaryBody);
    expect(body.contentType).toBe('application/pdf');
    const blob = await body.blob();
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(PDF);
  });

  it('binary: arrayBuffer()', async () => {
    const body = await pdfClient()();
    const bytes = new Uint8Array(await body.arrayBuffer());
    expect(bytes).toEqual(PDF);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('binary: stream()', async () => {
    const body = await pdfClient()();
    const chunks: Uint8Array[] = [];
    for await (const chunk of body.stream()) chunks.push(chunk);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(PDF));
  });

  it("responseType 'none' for a 204", async () => {
    const client = makeClient();
    let count = 0;
    server.use(http.delete(`${client.options.baseUrl}/things/1`, () => (count++, new HttpResponse(null, { status: 204 }))));
    const { data, response } = await client.request({ method: 'DELETE', path: '/things/1', responseType: 'none' }).withResponse();
    expect(data).toBeUndefined();
    expect(response.status).toBe(204);
    expect(count).toBe(1);
  });

  it('a JSON 204 without a body resolves to undefined', async () => {
    const client = makeClient();
    server.use(http.delete(`${client.options.baseUrl}/things/1`, () => new HttpResponse(null, { status: 204 })));
    await expect(client.request({ method: 'DELETE', path: '/things/1' })).resolves.toBeUndefined();
  });

  it("responseType 'text'", async () => {
    const client = makeClient();
    server.use(http.get(`${client.options.baseUrl}/csv`, () => HttpResponse.text('a,b\n1,2\n')));
    await expect(client.request({ method: 'GET', path: '/csv', responseType: 'text' })).resolves.toBe('a,b\n1,2\n');
  });
});

describe('request bodies', () => {
  it('multipart with a file arrives with its file name, type and fields', async () => {
    const client = makeClient();
    const got: { contentType: string | null; form: FormData }[] = [];
    server.use(
      http.post(`${client.options.baseUrl}/files`, async ({ request }) => {
        got.push({ contentType: request.headers.get('content-type'), form: await request.formData() });
        return HttpResponse.json({ ok: true });
      }),
    );
    const file = new File([PDF], 'invoice-42.pdf', { type: 'application/pdf' });
    await client.request({
      method: 'POST',
      path: '/files',
      bodyType: 'multipart',
      body: { file, description: 'March invoice', meta: { a: 1 }, tags: ['x', 'y'], skipped: undefined },
    });
    expect(got).toHaveLength(1);
    expect(got[0]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const form = got[0]!.form;
    const sent = form.get('file') as File;
    expect(sent.name).toBe('invoice-42.pdf');
    expect(sent.type).toBe('application/pdf');
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(PDF);
    expect(form.get('description')).toBe('March invoice');
    expect(form.get('meta')).toBe('{"a":1}');
    expect(form.getAll('tags')).toEqual(['x', 'y']);
    expect(form.has('skipped')).toBe(false);
  });

  it('multipart with a plain Blob uses the field name as file name', async () => {
    const client = makeClient();
    let name: string | undefined;
    server.use(
      http.post(`${client.options.baseUrl}/files`, async ({ request }) => {
        name = ((await request.formData()).get('attachment') as File).name;
        return HttpResponse.json({});
      }),
    );
    await client.request({ method: 'POST', path: '/files', bodyType: 'multipart', body: { attachment: new Blob(['hi'], { type: 'text/plain' }) } });
    expect(name).toBe('attachment');
  });

  it('form encoding sends application/x-www-form-urlencoded', async () => {
    const client = makeClient();
    const got: [string | null, string][] = [];
    server.use(
      http.post(`${client.options.baseUrl}/form`, async ({ request }) => {
        got.push([request.headers.get('content-type'), await request.text()]);
        return HttpResponse.json({});
      }),
    );
    await client.request({ method: 'POST', path: '/form', bodyType: 'form', body: { a: 'x y', b: 2, c: null } });
    expect(got).toEqual([['application/x-www-form-urlencoded', 'a=x+y&b=2']]);
  });
});
