// `pnpm demo`: @x/core end to end against a local server started here.
import { clientCredentials, cursorPagination, HttpClient, NotFoundError, type Logger } from '@x/core';
import * as z from 'zod/mini';
import { startLocalServer } from './local-server.ts';

const Invoice = z.looseObject({ id: z.string(), amount: z.int(), currency: z.string(), status: z.string() });
const InvoicePage = z.looseObject({ data: z.array(Invoice), next_cursor: z.nullable(z.string()) });
const Balance = z.looseObject({ available: z.int(), currency: z.string() });

const server = await startLocalServer();
const logger: Logger = { debug: (m) => console.log(`  [debug] ${m}`), info: (m) => console.log(`  [info] ${m}`), warn: console.warn, error: console.error };

try {
  const client = new HttpClient(
    { vendor: 'Demo', packageName: 'core-demo', packageVersion: '1.0.0', versionHeader: { name: 'x-demo-version', defaultValue: '2026-01-01' } },
    {
      baseUrl: server.url,
      auth: clientCredentials({ path: '/oauth/token', clientId: 'demo-client', clientSecret: () => 'demo-secret-from-vault' }),
      logger,
      logLevel: 'info',
    },
  );

  console.log('1. Paginate invoices (token fetched once, pages fetched as needed):');
  const invoices = cursorPagination({
    fetchPage: (cursor) => client.request({ method: 'GET', path: '/invoices', query: { cursor }, responseSchema: InvoicePage }),
    items: (page) => page.data,
    nextCursor: (page) => page.next_cursor,
  });
  for await (const invoice of invoices) console.log(`   ${invoice.id}  ${invoice.amount / 100} ${invoice.currency}  ${invoice.status}`);

  console.log('2. A GET that fails once with 503 is retried safely:');
  const { data: balance, requestId, response } = await client.request({ method: 'GET', path: '/balance', responseSchema: Balance }).withResponse();
  console.log(`   balance ${balance.available / 100} ${balance.currency} (HTTP ${response.status}, request id ${requestId})`);

  console.log('3. A 404 becomes a typed error:');
  try {
    await client.request({ method: 'GET', path: '/invoices/unknown' });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`   ${error.name}: ${error.message}`);
  }
  console.log(`Token requests made: ${server.tokenRequests} (cached by expires_in).`);
} finally {
  await server.close();
}
