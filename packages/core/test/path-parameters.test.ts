import { describe, expect, it } from 'vitest';
import { fillPath, RequestValidationError } from '../src/index.js';

// A path parameter decides which resource a call touches. An empty id turns `GET /accounts/{id}` into the list and
// `DELETE /accounts/{id}` into a request on the collection; `..` climbs a level. None of them may reach the wire,
// whatever the generated schema for the parameter allows (a plain string accepts all three).
describe('path parameters', () => {
  it('are URL-encoded into the template', () => {
    expect(fillPath('/accounts/{accountId}/contacts/{contactId}', { accountId: 'a b/c', contactId: 'ä?' })).toBe(
      '/accounts/a%20b%2Fc/contacts/%C3%A4%3F',
    );
    expect(fillPath('/health')).toBe('/health');
  });

  it.each([
    ['missing', undefined, /accountId: required/],
    ['empty', '', /accountId: must not be empty: an empty id would call the collection/],
    ['"."', '.', /accountId: must not be "\."/],
    ['".."', '..', /accountId: must not be "\.\."/],
  ])('%s is a RequestValidationError that names the parameter and the template', (_label, value, message) => {
    const params: Record<string, string> = value === undefined ? {} : { accountId: value };
    let error: unknown;
    try {
      fillPath('/accounts/{accountId}', params);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([{ path: 'accountId', message: expect.any(String) }]);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('/accounts/{accountId}');
    expect((error as Error).message).toContain('nothing was sent');
  });

  it('ids that only contain dots among other characters are ordinary ids', () => {
    expect(fillPath('/files/{name}', { name: '...' })).toBe('/files/...');
    expect(fillPath('/files/{name}', { name: 'v1.2' })).toBe('/files/v1.2');
  });
});
