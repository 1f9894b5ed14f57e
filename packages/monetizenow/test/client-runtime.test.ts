// The client around the generated operations: what it sends besides the operation's own data (User-Agent, the
// PDF Accept header), how it refuses bad path parameters, its resource groups, copies, and what it shows of itself.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, MonetizeNowClient, RequestValidationError, VERSION } from '../src/index.js';
import { page, useWireServer, wireClient } from './helpers/billing-wire.js';
import { API_KEY, uniqueBaseUrl } from './helpers/mock-monetizenow.js';

const server = useWireServer();

describe('what every request carries', () => {
  it('names this package and its version in User-Agent', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: { id: 'acct_1' } }));
    await monetizeNow.accounts.retrieve('acct_1');
    expect(seen[0]!.headers.get('user-agent')).toMatch(new RegExp(`^@x/monetizenow/${VERSION.replaceAll('.', '\\.')} @x/core/\\S+ `));
  });

  it('asks for a PDF on the downloads, and for JSON elsewhere', async () => {
    const { seen, monetizeNow } = wireClient(server, ({ path }) =>
      path.endsWith('/print') ? { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), contentType: 'application/pdf' } : { json: { id: 'invce_1' } },
    );
    await monetizeNow.invoices.downloadPdf('invce_1');
    await monetizeNow.creditNotes.downloadPdf('crnt_1');
    await monetizeNow.invoices.retrieve('invce_1');
    expect(seen.map((r) => [r.path, r.headers.get('accept')])).toEqual([
      ['/api/invoices/invce_1/print', 'application/pdf'],
      ['/api/creditNotes/crnt_1/print', 'application/pdf'],
      ['/api/invoices/invce_1', expect.stringContaining('application/json')],
    ]);
  });
});

describe('retries after a 503', () => {
  it('repeat the reads (GET, HEAD, OPTIONS) and no write (POST, PUT, PATCH, DELETE): MonetizeNow may have acted on it', async () => {
    let calls = 0;
    const { seen, monetizeNow } = wireClient(server, () => (++calls % 2 === 1 ? { status: 503, json: { status: 503, message: 'busy' } } : { json: {} }), { maxRetries: 1 });
    for (const method of ['GET', 'HEAD', 'OPTIONS'] as const) {
      calls = 0;
      await monetizeNow.request({ method, path: '/api/accounts' });
    }
    expect(seen.map((r) => r.method)).toEqual(['GET', 'GET', 'HEAD', 'HEAD', 'OPTIONS', 'OPTIONS']);
    seen.length = 0;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      calls = 0;
      await expect(monetizeNow.request({ method, path: '/api/accounts/acct_1', body: {} })).rejects.toMatchObject({ status: 503 });
    }
    expect(seen.map((r) => r.method)).toEqual(['POST', 'PUT', 'PATCH', 'DELETE']);
  });
});

describe('path parameters', () => {
  it('refuses an id that is not a string with a rejected call (never a synchronous throw), and sends nothing', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: {} }));
    let call: Promise<unknown> | undefined;
    expect(() => {
      call = monetizeNow.accounts.retrieve(42 as never);
    }).not.toThrow();
    const error = await call!.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(/path parameters for GET \/api\/accounts\/\{accountId\}/);
    expect((error as Error).message).toMatch(/accountId/);
    await expect(monetizeNow.billGroups.retrieve(undefined as never)).rejects.toThrow(/billGroupId/);
    expect(seen).toHaveLength(0);
  });

  it('refuses an empty id or ".." even with request validation off: each would change which URL is called', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: {} }));
    const unchecked = monetizeNow.withOptions({ validateRequests: false });
    for (const client of [monetizeNow, unchecked]) {
      await expect(client.accounts.retrieve('')).rejects.toThrow(/accountId: must not be empty/);
      await expect(client.accounts.cancel('..')).rejects.toBeInstanceOf(RequestValidationError);
    }
    expect(seen).toHaveLength(0);
  });

  it('refuses a bad id in a list the same way, before the first page', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: page([], 0, 0) }));
    await expect(monetizeNow.contacts.listForAccount(null as never).toArray()).rejects.toBeInstanceOf(RequestValidationError);
    expect(seen).toHaveLength(0);
  });
});

describe('resource groups', () => {
  it('are built once per client, and a copy has its own that use its options', async () => {
    // The first two requests fail with a 503: the original client (no retries) gives up, the copy retries once.
    let calls = 0;
    const { seen, monetizeNow } = wireClient(server, () => (++calls <= 2 ? { status: 503, json: { status: 503, message: 'busy' } } : { json: { id: 'acct_1' } }));
    expect(monetizeNow.accounts).toBe(monetizeNow.accounts);
    expect(monetizeNow.usage).toBe(monetizeNow.usage);
    const patient = monetizeNow.withOptions({ maxRetries: 1 });
    expect(patient.accounts).not.toBe(monetizeNow.accounts);
    await expect(monetizeNow.accounts.retrieve('acct_1')).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(1);
    await expect(patient.accounts.retrieve('acct_1')).resolves.toEqual({ id: 'acct_1' });
    expect(seen).toHaveLength(3);
  });

  it("methods keep the standalone functions' names and take the same arguments less the client", () => {
    const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl: uniqueBaseUrl() });
    expect(monetizeNow.accounts.retrieve.name).toBe('accountsRetrieve');
    expect(monetizeNow.accounts.retrieve).toHaveLength(2);
    expect(monetizeNow.accounts.list.name).toBe('accountsList');
    expect(monetizeNow.usage.listEvents.name).toBe('usageListEvents');
  });
});

describe('withOptions', () => {
  it('keeps the key and the base URL unless told otherwise; baseUrl wins over environment', async () => {
    const { seen, monetizeNow } = wireClient(server, () => ({ json: { id: 'acct_1' } }));
    const copy = monetizeNow.withOptions({ timeout: 5_000 });
    expect(copy.baseUrl).toBe(monetizeNow.baseUrl);
    await copy.accounts.retrieve('acct_1');
    expect(seen[0]!.headers.get('x-api-key')).toBe(API_KEY);
    const elsewhere = uniqueBaseUrl();
    expect(monetizeNow.withOptions({ environment: 'eu', baseUrl: elsewhere }).baseUrl).toBe(elsewhere);
    expect(monetizeNow.withOptions({ environment: 'eu' }).baseUrl).toBe('https://api-eu.monetizeplatform.com');
    expect(monetizeNow.withOptions({ environment: 'eu' }).withOptions({ timeout: 1_000 }).baseUrl).toBe('https://api-eu.monetizeplatform.com');
  });

  it('explains an unknown environment', () => {
    const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY });
    expect(() => monetizeNow.withOptions({ environment: 'sandbox' as never })).toThrow(ConfigurationError);
    expect(() => monetizeNow.withOptions({ environment: 'sandbox' as never })).toThrow(/unknown environment "sandbox"; use 'us' or 'eu', or pass baseUrl\./);
  });
});

describe('what the client shows of itself', () => {
  it('its base URL, without credentials, never the key', () => {
    const monetizeNow = new MonetizeNowClient({ apiKey: API_KEY, baseUrl: 'https://proxy.example/monetizenow?token=abc' });
    expect(JSON.parse(JSON.stringify(monetizeNow))).toEqual({ baseUrl: expect.stringMatching(/^https:\/\/proxy\.example\/monetizenow/) });
    expect(JSON.stringify(monetizeNow)).not.toContain('abc');
    const shown = inspect(monetizeNow);
    expect(shown).toMatch(/^MonetizeNowClient \{ baseUrl: 'https:\/\/proxy\.example\/monetizenow[^']*', apiKey: \[REDACTED\] \}$/);
    expect(shown).not.toContain('abc');
    expect(shown).not.toContain(API_KEY);
  });

  it('refuses options that are not an object', () => {
    for (const options of [undefined, null, 'key', 42]) {
      expect(() => new MonetizeNowClient(options as never), String(options)).toThrow(/create the client with options, e\.g\. new MonetizeNowClient\(\{ apiKey \}\)/);
    }
  });
});

describe('the API key', () => {
  it('is refused when missing, blank or neither a string nor a function, with where to find one', () => {
    for (const apiKey of [undefined, null, '', '   ', 42, { key: 'mn_live' }]) {
      expect(() => new MonetizeNowClient({ apiKey } as never), String(apiKey)).toThrow(ConfigurationError);
      expect(() => new MonetizeNowClient({ apiKey } as never), String(apiKey)).toThrow(/pass apiKey, your tenant's API key \(MonetizeNow → Settings → API Keys → New Api Key\), or a function returning it/);
    }
  });

  it('may be a function, read for each request', async () => {
    const keys = ['key-1', 'key-2'];
    const { seen, monetizeNow } = wireClient(server, () => ({ json: { id: 'acct_1' } }));
    const rotating = new MonetizeNowClient({ apiKey: () => keys.shift()!, baseUrl: monetizeNow.baseUrl, maxRetries: 0 });
    await rotating.accounts.retrieve('acct_1');
    await rotating.accounts.retrieve('acct_1');
    expect(seen.map((r) => r.headers.get('x-api-key'))).toEqual(['key-1', 'key-2']);
  });
});
