// The clients compared, each making the same logical call: read one entity
// (GET) or create one (POST, ~0.5 KB JSON body), answered with the 1.2 KB entity.
// Every client uses the global fetch, as users' clients do (the benchmark
// replaces globalThis.fetch with a stub for the CPU part).
import { MoniteClient } from '@x/monite';
import ky from 'ky';
import OpenAI from 'openai';
import Stripe from 'stripe';
import { ENTITY, ENTITY_CREATE } from './fixtures.ts';
import { versionOf } from './stats.ts';

export type Call = () => Promise<unknown>;
export interface Contender {
  name: string;
  get: Call;
  post: Call;
  /** Informational rows are printed but no goal is judged on them. */
  info?: boolean;
}

const check = (data: unknown) => {
  if ((data as { id?: string } | undefined)?.id !== ENTITY.id) throw new Error(`unexpected body: ${JSON.stringify(data)?.slice(0, 200)}`);
  return data;
};

export function contenders(base: string): Contender[] {
  const headers = { accept: 'application/json', 'content-type': 'application/json' };
  const plainKy = ky.create({ retry: 0 });
  const monite = (validation: 'lenient' | 'off') =>
    new MoniteClient({ clientId: 'bench', clientSecret: 'bench', baseUrl: `${base}/v1`, maxRetries: 0, validation, validateRequests: validation !== 'off', rateLimit: false });
  const on = monite('lenient');
  const off = monite('off');
  const stripe = new Stripe('sk_test_bench', { httpClient: Stripe.createFetchHttpClient(), maxNetworkRetries: 0, host: new URL(base).hostname, port: Number(new URL(base).port || 443), protocol: new URL(base).protocol.replace(':', '') as 'http' | 'https' });
  const openai = new OpenAI({ apiKey: 'sk-bench', baseURL: `${base}/v1`, maxRetries: 0 });
  const json = async (res: Response) => JSON.parse(await res.text());
  return [
    {
      name: 'bare fetch + JSON.parse',
      info: true,
      get: async () => check(await json(await fetch(`${base}/v1/entities/${ENTITY.id}`, { headers }))),
      post: async () => check(await json(await fetch(`${base}/v1/entities`, { method: 'POST', headers, body: JSON.stringify(ENTITY_CREATE) }))),
    },
    { name: 'plain ky 2.1', get: async () => check(await plainKy.get(`${base}/v1/entities/${ENTITY.id}`).json()), post: async () => check(await plainKy.post(`${base}/v1/entities`, { json: ENTITY_CREATE }).json()) },
    { name: '@x/monite, validation on', get: async () => check(await on.entities.retrieve(ENTITY.id)), post: async () => check(await on.entities.create(ENTITY_CREATE)) },
    { name: '@x/monite, validation off', get: async () => check(await off.entities.retrieve(ENTITY.id)), post: async () => check(await off.entities.create(ENTITY_CREATE)) },
    {
      name: `stripe-node ${versionOf('stripe')}`,
      get: async () => check(await stripe.customers.retrieve('cus_bench')),
      post: async () => check(await stripe.customers.create({ name: ENTITY.organization.legal_name, email: ENTITY.email, phone: ENTITY.phone, address: { city: 'Berlin', country: 'DE', line1: ENTITY.address.line1, postal_code: '10115' } })),
    },
    {
      name: `openai-node ${versionOf('openai')}`,
      get: async () => check(await openai.models.retrieve('entity')),
      post: async () => check(await openai.post('/entities', { body: ENTITY_CREATE })),
    },
  ];
}
