// defaultTokenFromResponse, the SDK's guess at PortalDuct's unpublished login response: which fields it reads,
// what a lifetime it cannot trust becomes, and what its error tells you when it finds no token.
import { describe, expect, it } from 'vitest';
import { defaultLoginBody, defaultTokenFromResponse, ResponseValidationError } from '../src/index.js';

function noToken(body: unknown): string {
  try {
    defaultTokenFromResponse(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ResponseValidationError);
    return (error as Error).message;
  }
  throw new Error('expected no token to be found');
}

describe('the token', () => {
  it('is read from token, access_token or accessToken, the first non-empty one winning', () => {
    expect(defaultTokenFromResponse({ token: 't1', access_token: 't2' }).accessToken).toBe('t1');
    expect(defaultTokenFromResponse({ token: '', access_token: 't2', accessToken: 't3' }).accessToken).toBe('t2');
    expect(defaultTokenFromResponse({ token: 42, accessToken: 't3' }).accessToken).toBe('t3');
  });

  it('is read under data when the top level has none; the top level wins when both have one', () => {
    expect(defaultTokenFromResponse({ status: 'ok', data: { access_token: 'inner', expires_in: 60 } })).toEqual({ accessToken: 'inner', expiresIn: 60, refreshToken: undefined });
    expect(defaultTokenFromResponse({ token: 'outer', data: { token: 'inner' } }).accessToken).toBe('outer');
  });
});

describe('the lifetime', () => {
  it('is read from expires_in or expiresIn, in seconds, numbers or numeric strings', () => {
    expect(defaultTokenFromResponse({ token: 't', expires_in: 3600 }).expiresIn).toBe(3600);
    expect(defaultTokenFromResponse({ token: 't', expiresIn: '900' }).expiresIn).toBe(900);
    expect(defaultTokenFromResponse({ token: 't', expires_in: null, expiresIn: 120 }).expiresIn).toBe(120);
  });

  it('is unknown (the token is used until a 401) when missing, zero, negative or not a number', () => {
    for (const expires of [undefined, 0, -5, 'soon', '', Number.POSITIVE_INFINITY, {}]) {
      expect(defaultTokenFromResponse({ token: 't', expires_in: expires }).expiresIn, String(expires)).toBeUndefined();
    }
  });
});

describe('the refresh token', () => {
  it('is read from refresh_token or refreshToken when present', () => {
    expect(defaultTokenFromResponse({ token: 't', refresh_token: 'r1' }).refreshToken).toBe('r1');
    expect(defaultTokenFromResponse({ token: 't', refreshToken: 'r2' }).refreshToken).toBe('r2');
    expect(defaultTokenFromResponse({ token: 't', refresh_token: '' }).refreshToken).toBeUndefined();
  });
});

describe('no token found', () => {
  it('names the fields it looked for and the ones it got, never their values', () => {
    const message = noToken({ jwt: 'secret-value', data: { bearer: 'x' } });
    expect(message).toBe(
      "The response of the PortalDuct login does not match the SDK's schema. token | access_token | accessToken: no token found (fields received: jwt, data). " +
        'PortalDuct has not published the login response; pass tokenFromResponse to read it.',
    );
    expect(message).not.toContain('secret-value');
  });

  it('says what a body that is not an object was', () => {
    expect(noToken({})).toMatch(/fields received: none\)/);
    expect(noToken(null)).toMatch(/fields received: a null body\)/);
    expect(noToken('token')).toMatch(/fields received: a string body\)/);
    expect(noToken([{ token: 't' }])).toMatch(/fields received: an array body\)/);
    expect(noToken({ data: 'token' })).toMatch(/fields received: data\)/);
  });
});

it('the login body is { email, password }', () => {
  expect(defaultLoginBody({ email: 'a@b.example', password: 'pw' })).toEqual({ email: 'a@b.example', password: 'pw' });
});
