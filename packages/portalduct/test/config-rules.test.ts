// The configuration mistakes a user can make, each caught at construction with a message that says what to fix,
// and the configurations that must keep working (plain http for a local sandbox, a gateway path containing /v1/).
import { describe, expect, it } from 'vitest';
import { ConfigurationError, PortalDuctClient, type PortalDuctClientOptions } from '../src/index.js';
import { CREDENTIALS } from './helpers/mock-portalduct.js';

function configError(options: unknown): string {
  try {
    new PortalDuctClient(options as PortalDuctClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

const baseUrl = 'https://pd.example';

describe('baseUrl', () => {
  it('options that are not an object, or a null baseUrl, say baseUrl is required', () => {
    expect(configError('https://pd.example')).toMatch(/^PortalDuct: baseUrl is required/);
    expect(configError({ ...CREDENTIALS, baseUrl: null })).toMatch(/^PortalDuct: baseUrl is required/);
  });

  it('a baseUrl that is not a string (a URL object, a number) is refused, and the message shows what was given', () => {
    expect(configError({ ...CREDENTIALS, baseUrl: 42 })).toBe('PortalDuct: baseUrl must be an absolute http(s) URL, got "42".');
    expect(configError({ ...CREDENTIALS, baseUrl: new URL('https://pd.example') })).toMatch(/must be an absolute http\(s\) URL, got "https:\/\/pd.example\/"/);
  });

  it('a host without a scheme, or another scheme, is refused', () => {
    expect(configError({ ...CREDENTIALS, baseUrl: 'pd.example' })).toBe('PortalDuct: baseUrl must be an absolute http(s) URL, got "pd.example".');
    expect(configError({ ...CREDENTIALS, baseUrl: 'ftp://pd.example/https://' })).toMatch(/absolute http\(s\) URL/);
  });

  it('accepts http (a local sandbox) and an upper-case scheme', () => {
    expect(() => new PortalDuctClient({ ...CREDENTIALS, baseUrl: 'http://127.0.0.1:8080' })).not.toThrow();
    expect(() => new PortalDuctClient({ ...CREDENTIALS, baseUrl: 'HTTPS://PD.EXAMPLE' })).not.toThrow();
  });

  it('refuses a trailing /v1 or /v1/ (the SDK adds it), but not /v1 inside a gateway path', () => {
    expect(configError({ ...CREDENTIALS, baseUrl: 'https://pd.example/v1/' })).toBe(
      'PortalDuct: pass baseUrl without the trailing /v1 (got "https://pd.example/v1/"); the SDK adds the documented /v1/... paths.',
    );
    expect(configError({ ...CREDENTIALS, baseUrl: 'https://pd.example/V1' })).toMatch(/without the trailing \/v1/);
    expect(() => new PortalDuctClient({ ...CREDENTIALS, baseUrl: 'https://gateway.example/v1/portalduct' })).not.toThrow();
  });

  it('keeps a secret in the URL out of the message', () => {
    for (const url of ['ftp://pd.example/?api_key=sk_live_abcdef123456', 'https://pd.example/proxy?api_key=sk_live_abcdef123456&x=/v1']) {
      const message = configError({ ...CREDENTIALS, baseUrl: url });
      expect(message).toMatch(/^PortalDuct: (baseUrl must be an absolute|pass baseUrl without)/);
      expect(message).not.toContain('sk_live_abcdef123456');
    }
  });

  it('names the bad environment label', () => {
    expect(configError({ ...CREDENTIALS, baseUrl, environment: 'prod' })).toBe(`PortalDuct: environment must be 'sandbox' or 'production', got "prod".`);
    expect(new PortalDuctClient({ ...CREDENTIALS, baseUrl, environment: 'sandbox' }).environment).toBe('sandbox');
  });
});

describe('credentials', () => {
  it('an empty or blank email or password is refused by name', () => {
    expect(configError({ baseUrl, email: ' ', password: 'pw' })).toBe('PortalDuct: email is empty.');
    expect(configError({ baseUrl, email: 'a@b.example', password: '' })).toBe('PortalDuct: password is empty.');
    expect(configError({ baseUrl, token: '  ' })).toBe('PortalDuct: token is empty.');
  });

  it('a token with only an email or only a password is still "not both"', () => {
    expect(configError({ baseUrl, token: 't', email: 'a@b.example' })).toBe('PortalDuct: pass either token or email and password, not both.');
    expect(configError({ baseUrl, token: 't', password: 'pw' })).toBe('PortalDuct: pass either token or email and password, not both.');
  });

  it('suppliers (functions) are accepted for every credential', () => {
    expect(() => new PortalDuctClient({ baseUrl, email: () => 'a@b.example', password: async () => 'pw' })).not.toThrow();
  });
});

describe('refresh endpoint', () => {
  it('must be a path on baseUrl: no host, no protocol-relative URL, not missing', () => {
    const body = () => ({});
    expect(configError({ baseUrl, ...CREDENTIALS, refresh: { path: '//evil.example/refresh', body } })).toBe(
      'PortalDuct: refresh.path must be a path relative to baseUrl starting with "/", got "//evil.example/refresh".',
    );
    expect(configError({ baseUrl, ...CREDENTIALS, refresh: { path: 'v1/refresh', body } })).toMatch(/refresh.path must be a path relative to baseUrl/);
    expect(configError({ baseUrl, ...CREDENTIALS, refresh: { body } })).toMatch(/refresh.path must be a path relative to baseUrl starting with "\/", got undefined/);
  });

  it('needs a body function', () => {
    expect(configError({ baseUrl, ...CREDENTIALS, refresh: { path: '/v1/refresh', body: { refresh_token: 'x' } } })).toBe(
      'PortalDuct: refresh.body must be a function building the refresh request body.',
    );
    expect(() => new PortalDuctClient({ baseUrl, ...CREDENTIALS, refresh: { path: '/v1/refresh', body: () => ({}) } })).not.toThrow();
  });
});
