// Bundles worker.ts for workerd and runs it in Miniflare (the workerd runtime Cloudflare uses), against the
// Monite and PortalDuct sandboxes served on 127.0.0.1. With MONITE_CLIENT_ID/SECRET and PORTALDUCT_API_URL/
// EMAIL/PASSWORD set, the Worker talks to the real vendors instead. Deploy worker.ts with wrangler as usual.
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { createMoniteSandbox } from '@x/monite/testing';
import { createPortalDuctSandbox } from '@x/portalduct/testing';

const bundle = await build({
  entryPoints: [new URL('./worker.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  conditions: ['workerd', 'worker', 'browser'],
  write: false,
  minify: true,
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;
console.log(`Worker bundle: ${(script.length / 1024).toFixed(1)} KB`);

const env = (name: string) => process.env[name]?.trim() || undefined;
const monite = env('MONITE_CLIENT_ID') ? undefined : createMoniteSandbox();
const portalduct = env('PORTALDUCT_API_URL') ? undefined : createPortalDuctSandbox();
const moniteServer = await monite?.serve();
const portalductServer = await portalduct?.serve();
const bindings: Record<string, string> = {
  MONITE_CLIENT_ID: monite?.credentials.clientId ?? env('MONITE_CLIENT_ID')!,
  MONITE_CLIENT_SECRET: monite?.credentials.clientSecret ?? env('MONITE_CLIENT_SECRET')!,
  ...(moniteServer ? { MONITE_BASE_URL: moniteServer.url } : {}),
  PORTALDUCT_API_URL: portalductServer?.url ?? env('PORTALDUCT_API_URL')!,
  PORTALDUCT_EMAIL: portalduct?.credentials.email ?? env('PORTALDUCT_EMAIL')!,
  PORTALDUCT_PASSWORD: portalduct?.credentials.password ?? env('PORTALDUCT_PASSWORD')!,
};
const mf = new Miniflare({ modules: true, script, compatibilityDate: '2025-01-01', bindings });
try {
  const response = await mf.dispatchFetch('http://worker.example/onboard', { method: 'POST', body: JSON.stringify({ legalName: 'Edge GmbH', email: 'edge@example.com' }) });
  const body = await response.text();
  console.log(`POST /onboard in workerd -> ${response.status} ${body}`);
  if (!response.ok) process.exitCode = 1;
  for (const [name, sandbox] of [['Monite', monite], ['PortalDuct', portalduct]] as const) {
    for (const e of sandbox?.log.entries ?? []) console.log(`   ${name.padEnd(10)} ${e.method} ${e.path} -> ${e.status}`);
  }
} finally {
  await mf.dispose();
  await Promise.all([moniteServer?.close(), portalductServer?.close()]);
}
