import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';

let counter = 0;

/** A unique API root per test, so handlers of different tests never meet. */
export function uniqueBaseUrl(): string {
  counter++;
  return `https://portalduct-${counter}.test`;
}

export interface LoginLog {
  bodies: Record<string, unknown>[];
  issued: string[];
}

/** Serves `POST /v1/login`: a fresh token per request, in `token` (the SDK's default guess). */
export function mockLogin(server: SetupServer, baseUrl: string, extra: Record<string, unknown> = {}): LoginLog {
  const log: LoginLog = { bodies: [], issued: [] };
  server.use(
    http.post(`${baseUrl}/v1/login`, async ({ request }) => {
      log.bodies.push((await request.json()) as Record<string, unknown>);
      const token = `pd-token-${log.issued.length + 1}`;
      log.issued.push(token);
      return HttpResponse.json({ token, ...extra });
    }),
  );
  return log;
}

export const CUSTOMER_UUID = '0b6f3c2a-4d1e-4a8b-9c7d-2e5f6a7b8c9d';
export const CLIENT_UUID = '7d1e2f3a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
export const CONNECTION_UUID = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
export const CREDENTIALS = { email: 'ops@platform.example', password: 'pd-password-123' };
