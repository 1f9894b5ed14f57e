// Bundles small programs that use @x/monite the way users do and reports
// their min+gzip size, ky and zod included. Shared by `pnpm --filter @x/monite
// run measure` and the size-budget test.
import { build, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// Maps this package's public entry points to their sources, so the budget
// can be checked without a build.
const SOURCE_ENTRIES: Record<string, string> = {
  '@x/monite': 'src/index.ts',
  '@x/monite/core': 'src/core.ts',
  '@x/monite/resources': 'src/resources.ts',
  '@x/monite/webhooks': 'src/webhooks/index.ts',
};
const fromSource: Plugin = {
  name: 'monite-source',
  setup(b) {
    b.onResolve({ filter: /^@x\/monite(\/|$)/ }, (args) => {
      const file = SOURCE_ENTRIES[args.path];
      return file ? { path: `${packageDir}${file}` } : undefined;
    });
  },
};

/** The seed's onboarding flow with only the operations it uses (standalone functions). */
export const ONBOARDING_TREE_SHAKEN = `
import { MoniteCore } from '@x/monite/core';
import { entitiesCreate, entitiesUpdate, rolesCreate, entityUsersCreate, entityUsersUpdate, entityUsersMe } from '@x/monite/resources';
export async function onboard(clientId, clientSecret, entityBody, role, user) {
  const monite = new MoniteCore({ clientId, clientSecret });
  const entity = await entitiesCreate(monite, entityBody);
  await entitiesUpdate(monite, entity.id, { organization: { legal_name: 'Renamed' } });
  const scoped = monite.forEntity(entity.id);
  const created = await rolesCreate(scoped, role);
  const u = await entityUsersCreate(scoped, { ...user, role_id: created.id });
  await entityUsersUpdate(scoped, u.id, { first_name: 'TestName' });
  return entityUsersMe(monite.asEntityUser(u.id));
}`;

/** The same flow with per-resource factories: each brings its whole group. */
export const ONBOARDING_RESOURCE_FACTORIES = `
import { MoniteCore } from '@x/monite/core';
import { entities, roles, entityUsers } from '@x/monite/resources';
export async function onboard(clientId, clientSecret, entityBody, role, user) {
  const monite = new MoniteCore({ clientId, clientSecret });
  const entity = await entities(monite).create(entityBody);
  await entities(monite).update(entity.id, { organization: { legal_name: 'Renamed' } });
  const scoped = monite.forEntity(entity.id);
  const created = await roles(scoped).create(role);
  const u = await entityUsers(scoped).create({ ...user, role_id: created.id });
  await entityUsers(scoped).update(u.id, { first_name: 'TestName' });
  return entityUsers(monite.asEntityUser(u.id)).me();
}`;

/** The same flow through the full client, which carries every resource group. */
export const ONBOARDING_FULL_CLIENT = `
import { MoniteClient } from '@x/monite';
export async function onboard(clientId, clientSecret, entityBody, role, user) {
  const monite = new MoniteClient({ clientId, clientSecret });
  const entity = await monite.entities.create(entityBody);
  await monite.entities.update(entity.id, { organization: { legal_name: 'Renamed' } });
  const scoped = monite.forEntity(entity.id);
  const created = await scoped.roles.create(role);
  const u = await scoped.entityUsers.create({ ...user, role_id: created.id });
  await scoped.entityUsers.update(u.id, { first_name: 'TestName' });
  return monite.asEntityUser(u.id).entityUsers.me();
}`;

export interface BundleSize {
  minified: number;
  gzipped: number;
}

/**
 * Bundles `source` for an edge/browser-like target. `from: 'source'` resolves
 * the workspace packages to their TypeScript sources (no build needed);
 * `from: 'dist'` uses the built output users install.
 */
export async function bundleSize(source: string, from: 'source' | 'dist' = 'source', metafile = false): Promise<BundleSize & { metafile?: unknown }> {
  const result = await build({
    metafile,
    stdin: { contents: source, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: from === 'source' ? ['@x/source', 'worker', 'import'] : ['worker', 'import'],
    plugins: from === 'source' ? [fromSource] : [],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, metafile: result.metafile };
}
