import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';

let counter = 0;

/** A unique base URL per test, so handlers of different tests never meet. */
export function uniqueBaseUrl(): string {
  counter++;
  return `https://monite-${counter}.test/v1`;
}

export interface TokenLog {
  bodies: Record<string, unknown>[];
  headers: Headers[];
  issued: string[];
}

/** Serves `POST /auth/token` like Monite: a fresh token per request, `expires_in` as given. */
export function mockTokenEndpoint(server: SetupServer, baseUrl: string, expiresIn = 1800): TokenLog {
  const log: TokenLog = { bodies: [], headers: [], issued: [] };
  server.use(
    http.post(`${baseUrl}/auth/token`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      log.bodies.push(body);
      log.headers.push(request.headers);
      const who = body['grant_type'] === 'entity_user' ? `user-${String(body['entity_user_id'])}` : 'partner';
      const token = `${who}-token-${log.issued.length + 1}`;
      log.issued.push(token);
      return HttpResponse.json({ access_token: token, token_type: 'Bearer', expires_in: expiresIn });
    }),
  );
  return log;
}
