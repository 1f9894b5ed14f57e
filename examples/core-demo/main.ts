// @x/core end to end against a small API it serves itself on 127.0.0.1 (built from @x/core/testing):
// a token fetched once, cursor pages, a 503 retried safely, a 404 as a typed error, and what went over the wire.
import { clientCredentials, cursorPagination, HttpClient, NotFoundError, type Logger } from '@x/core';
import { formatWireEntry } from '@x/core/testing';
import * as z from 'zod/mini';
import { startDemoApi } from './demo-api.ts';

const Invoice = z.looseObject({ id: z.string(), amount: z.int(), currency: z.string(), status: z.string() });
const InvoicePage = z.looseObject({ data: z.array(Invoice), next_cursor: z.nullable(z.string()) });
const Balance = z.looseObject({ available: z.int(), currency: z.string() });

const { kit, served } = await startDemoApi();
const logger: Logger = { debug: (m) => console.log(`  [debug] ${m}`), info: (m) => console.log(`  [info] ${m}`), warn: console.warn, error: console.error };
const wire = (since: number) => kit.log.since(since).forEach((entry) => console.log(`   wire: ${formatWireEntry(entry)}`));

try {
  console.log(`Demo API on ${served.url}`);
  const client = new HttpClient(
    { vendor: 'Demo', packageName: 'core-demo', packageVersion: '1.0.0', versionHeader: { name: 'x-demo-version', defaultValue: '2026-01-01' } },
    {
      baseUrl: served.url,
      auth: clientCredentials({ path: '/oauth/token', clientId: 'demo-client', clientSecret: () => 'demo-secret-from-vault' }),
      logger,
      logLevel: 'info',
    },
  );

  console.log('1. Paginate invoices (token fetched once, pages fetched as needed):');
  let seq = kit.log.lastSeq;
  const invoices = cursorPagination({
    fetchPage: (cursor) => client.request({ method: 'GET', path: '/invoices', query: { cursor }, responseSchema: InvoicePage }),
    items: (page) => page.data,
    nextCursor: (page) => page.next_cursor,
  });
  for await (const invoice of invoices) console.log(`   ${invoice.id}  ${invoice.amount / 100} ${invoice.currency}  ${invoice.status}`);
  wire(seq);

  console.log('2. A GET that fails once with 503 is retried safely:');
  seq = kit.log.lastSeq;
  kit.faults.serverError({ status: 503, method: 'GET', path: '/balance' }); // the next GET /balance only
  const { data: balance, requestId, response } = await client.request({ method: 'GET', path: '/balance', responseSchema: Balance }).withResponse();
  console.log(`   balance ${balance.available / 100} ${balance.currency} (HTTP ${response.status}, request id ${requestId})`);
  wire(seq);

  console.log('3. A 404 becomes a typed error:');
  seq = kit.log.lastSeq;
  try {
    await client.request({ method: 'GET', path: '/invoices/unknown' });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`   ${error.name}: ${error.message}`);
  }
  wire(seq);
  console.log(`Token requests made: ${kit.log.count({ method: 'POST', path: '/oauth/token' })} (cached by expires_in).`);
} finally {
  await served.close();
}
