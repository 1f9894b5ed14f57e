import { describe, expect, it } from 'vitest';
import { ConfigurationError, PortalDuctClient, type PortalDuctClientOptions } from '../src/index.js';
import { CREDENTIALS } from './helpers/mock-portalduct.js';

const make = (options: unknown) => () => new PortalDuctClient(options as PortalDuctClientOptions);

describe('baseUrl', () => {
  for (const [label, options] of [
    ['no options', undefined],
    ['no baseUrl', { ...CREDENTIALS }],
    ['an empty baseUrl', { ...CREDENTIALS, baseUrl: ' ' }],
    ['only an environment', { ...CREDENTIALS, environment: 'sandbox' }],
  ] as const) {
    it(`is required, and the error says PortalDuct has not published a host (${label})`, () => {
      const error = (() => {
        try {
          make(options)();
        } catch (e) {
          return e;
        }
      })() as ConfigurationError;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toContain('baseUrl is required');
      expect(error.message).toContain('PortalDuct has not published its API hosts');
      expect(error.message).toMatch(/ask PortalDuct/);
    });
  }

  it('must be an absolute http(s) URL, without /v1 and without user info', () => {
    expect(make({ ...CREDENTIALS, baseUrl: 'api.portalduct.example' })).toThrow(/absolute http\(s\) URL/);
    expect(make({ ...CREDENTIALS, baseUrl: 'https://pd.example/v1' })).toThrow(/without the trailing \/v1/);
    expect(make({ ...CREDENTIALS, baseUrl: 'https://user:pw@pd.example' })).toThrow(ConfigurationError);
  });

  it('rejects an unknown environment label', () => {
    expect(make({ ...CREDENTIALS, baseUrl: 'https://pd.example', environment: 'staging' })).toThrow(/'sandbox' or 'production'/);
  });
});

describe('credentials', () => {
  const baseUrl = 'https://pd.example';
  it('needs email and password, or a token', () => {
    expect(make({ baseUrl })).toThrow(/no credentials.*email and password.*token/);
    expect(make({ baseUrl, email: 'a@b.example' })).toThrow(/both email and password \(got only email\)/);
    expect(make({ baseUrl, password: 'x' })).toThrow(/got only password/);
    expect(make({ baseUrl, ...CREDENTIALS, token: 't' })).toThrow(/either token or email and password/);
    expect(make({ baseUrl, token: '' })).toThrow(/token is empty/);
  });

  it('checks a configured refresh endpoint stays on baseUrl', () => {
    expect(make({ baseUrl, ...CREDENTIALS, refresh: { path: 'https://evil.example/refresh', body: () => ({}) } })).toThrow(/refresh.path/);
    expect(make({ baseUrl, ...CREDENTIALS, refresh: { path: '/v1/refresh' } })).toThrow(/refresh.body/);
  });

  it('accepts a valid configuration', () => {
    expect(new PortalDuctClient({ baseUrl, ...CREDENTIALS, environment: 'production' }).environment).toBe('production');
    expect(new PortalDuctClient({ baseUrl, token: () => 'from-vault' }).environment).toBeUndefined();
  });
});
