// Timestamps with offsets without a colon, and the package version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeMonetizeNowTimestamp, parseMonetizeNowTimestamp, VERSION } from '../src/index.js';

describe('timestamps', () => {
  it('accepts offsets with and without a colon, Z, and dates', () => {
    expect(parseMonetizeNowTimestamp('2023-05-24T17:52:10.977+0000')?.toISOString()).toBe('2023-05-24T17:52:10.977Z');
    expect(parseMonetizeNowTimestamp('2023-05-24T17:52:10.977+00:00')?.toISOString()).toBe('2023-05-24T17:52:10.977Z');
    expect(parseMonetizeNowTimestamp('2023-05-24T19:52:10+0200')?.toISOString()).toBe('2023-05-24T17:52:10.000Z');
    expect(parseMonetizeNowTimestamp('2023-05-24T12:52:10-0500')?.toISOString()).toBe('2023-05-24T17:52:10.000Z');
    expect(parseMonetizeNowTimestamp('2023-05-24T17:52:10Z')?.toISOString()).toBe('2023-05-24T17:52:10.000Z');
    expect(parseMonetizeNowTimestamp('2023-05-24T19:52+02')?.toISOString()).toBe('2023-05-24T17:52:00.000Z');
    expect(parseMonetizeNowTimestamp('2023-05-24')?.toISOString()).toBe('2023-05-24T00:00:00.000Z');
  });

  it('returns undefined for what is not a timestamp', () => {
    expect(parseMonetizeNowTimestamp('yesterday')).toBeUndefined();
    expect(parseMonetizeNowTimestamp('')).toBeUndefined();
    expect(parseMonetizeNowTimestamp(42 as never)).toBeUndefined();
  });

  it('normalizes to the extended form', () => {
    expect(normalizeMonetizeNowTimestamp('2023-05-24T17:52:10.977+0000')).toBe('2023-05-24T17:52:10.977+00:00');
    expect(normalizeMonetizeNowTimestamp('2023-05-24T17:52:10.977+00:00')).toBe('2023-05-24T17:52:10.977+00:00');
    expect(normalizeMonetizeNowTimestamp('not a time')).toBe('not a time');
  });
});

it('VERSION matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
});
