// The programs whose bundles are budgeted: @x/core alone, each vendor's smallest
// real flow, and each whole client. Bundled from the installed tarballs.
export const BUNDLES: Record<string, string> = {
  '@x/core alone (one validated GET)': `
import { HttpClient } from '@x/core';
export const get = (baseUrl, schema) => new HttpClient({ vendor: 'V', packageName: 'v', packageVersion: '1' }, { baseUrl }).request({ method: 'GET', path: '/x', responseSchema: schema });`,
  '@x/monite seed onboarding (standalone functions)': `
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
}`,
  '@x/monite whole client (MoniteClient)': `
import { MoniteClient } from '@x/monite';
export const make = (clientId, clientSecret) => new MoniteClient({ clientId, clientSecret });`,
  '@x/portalduct seed flow (customer, balance)': `
import { PortalDuctClient } from '@x/portalduct';
export async function flow(options) {
  const portalduct = new PortalDuctClient(options);
  await portalduct.addCustomer({ customerUuid: 'c' });
  return portalduct.getClientBalance('c');
}`,
  '@x/portalduct whole package': `export * from '@x/portalduct'; export * from '@x/portalduct/webhooks';`,
  '@x/monetizenow sign-up flow': `
import { MonetizeNowClient } from '@x/monetizenow';
export async function flow(options, request) {
  const session = await new MonetizeNowClient(options).signUp.createWithPaymentMethod(request);
  return session.finalize();
}`,
  '@x/monetizenow sign-up flow (MonetizeNowCore)': `
import { MonetizeNowCore } from '@x/monetizenow/core';
export async function flow(options, request) {
  const session = await new MonetizeNowCore(options).signUp.createWithPaymentMethod(request);
  return session.finalize();
}`,
  '@x/monetizenow whole package': `export * from '@x/monetizenow'; export * from '@x/monetizenow/webhooks';`,
};
