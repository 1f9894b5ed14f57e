// Where each vendor's calls go: a local sandbox served on 127.0.0.1 (default), or the real vendor when
// its credentials are set in the environment. Secrets are read here and never printed.
import { MonetizeNowClient } from '@x/monetizenow';
import { createMonetizeNowSandbox } from '@x/monetizenow/testing';
import { MoniteClient } from '@x/monite';
import { createMoniteSandbox, type ServedSandbox, type WireLog } from '@x/monite/testing';
import { PortalDuctClient } from '@x/portalduct';
import { createPortalDuctSandbox, type PortalDuctSandbox } from '@x/portalduct/testing';
import type { WireSource } from './report.ts';

const env = (name: string) => process.env[name]?.trim() || undefined;

/** The three clients, where they point, and how to stop the local servers. */
export interface Vendors {
  monite: MoniteClient;
  portalduct: PortalDuctClient;
  monetizeNow: MonetizeNowClient;
  /** The PortalDuct sandbox, to play the Client linking a portal (PortalDuct's embedded UI has no public API). */
  portalductSandbox: PortalDuctSandbox | undefined;
  targets: { vendor: string; where: string }[];
  wires: WireSource[];
  close(): Promise<void>;
}

/**
 * Real vendors when configured:
 * - Monite: MONITE_CLIENT_ID, MONITE_CLIENT_SECRET (optional MONITE_ENVIRONMENT: sandbox | production | na-production)
 * - PortalDuct: PORTALDUCT_API_URL, PORTALDUCT_EMAIL, PORTALDUCT_PASSWORD
 * - MonetizeNow: MONETIZENOW_API_KEY (optional MONETIZENOW_ENVIRONMENT: us | eu)
 */
export async function connectVendors(): Promise<Vendors> {
  const served: ServedSandbox[] = [];
  const targets: Vendors['targets'] = [];
  const wires: WireSource[] = [];
  const wire = (label: string, log: WireLog) => wires.push({ label, lastSeq: () => log.lastSeq, since: (seq) => log.since(seq) });

  let monite: MoniteClient;
  if (env('MONITE_CLIENT_ID') && env('MONITE_CLIENT_SECRET')) {
    monite = new MoniteClient({ clientId: env('MONITE_CLIENT_ID')!, clientSecret: () => env('MONITE_CLIENT_SECRET')!, environment: (env('MONITE_ENVIRONMENT') ?? 'sandbox') as 'sandbox' });
    targets.push({ vendor: 'Monite', where: `real API (${env('MONITE_ENVIRONMENT') ?? 'sandbox'})` });
  } else {
    const sandbox = createMoniteSandbox();
    const server = await sandbox.serve();
    served.push(server);
    monite = new MoniteClient({ ...sandbox.credentials, baseUrl: server.url });
    targets.push({ vendor: 'Monite', where: `local sandbox ${server.url}` });
    wire('Monite', sandbox.log);
  }

  let portalduct: PortalDuctClient;
  let portalductSandbox: PortalDuctSandbox | undefined;
  if (env('PORTALDUCT_API_URL') && env('PORTALDUCT_EMAIL') && env('PORTALDUCT_PASSWORD')) {
    portalduct = new PortalDuctClient({ baseUrl: env('PORTALDUCT_API_URL')!, email: env('PORTALDUCT_EMAIL')!, password: () => env('PORTALDUCT_PASSWORD')! });
    targets.push({ vendor: 'PortalDuct', where: 'real API (PORTALDUCT_API_URL)' });
  } else {
    portalductSandbox = createPortalDuctSandbox();
    const server = await portalductSandbox.serve();
    served.push(server);
    portalduct = new PortalDuctClient({ ...portalductSandbox.credentials, baseUrl: server.url });
    targets.push({ vendor: 'PortalDuct', where: `local sandbox ${server.url}` });
    wire('PortalDuct', portalductSandbox.log);
  }

  let monetizeNow: MonetizeNowClient;
  if (env('MONETIZENOW_API_KEY')) {
    monetizeNow = new MonetizeNowClient({ apiKey: () => env('MONETIZENOW_API_KEY')!, environment: (env('MONETIZENOW_ENVIRONMENT') ?? 'us') as 'us' });
    targets.push({ vendor: 'MonetizeNow', where: `real API (${env('MONETIZENOW_ENVIRONMENT') ?? 'us'})` });
  } else {
    const sandbox = createMonetizeNowSandbox();
    const server = await sandbox.serve();
    served.push(server);
    monetizeNow = new MonetizeNowClient({ apiKey: sandbox.apiKey, baseUrl: server.url });
    targets.push({ vendor: 'MonetizeNow', where: `local sandbox ${server.url}` });
    wire('MonetizeNow', sandbox.log);
  }

  return { monite, portalduct, monetizeNow, portalductSandbox, targets, wires, close: async () => void (await Promise.all(served.map((s) => s.close()))) };
}
