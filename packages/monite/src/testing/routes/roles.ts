import type { HttpHandler } from 'msw';
import { getRolesIdOp, getRolesOp, patchRolesIdOp, postRolesOp } from '../../generated/operations.js';
import type { RoleResponse } from '../../generated/models.js';
import { entityOf } from '../caller.js';
import { moniteError } from '../errors.js';
import type { MoniteInternals } from '../internals.js';
import { operationRoute } from '../operation-route.js';
import { cursorPage } from '../pagination.js';
import { requirePermission } from '../permissions.js';

/** `POST /roles` (200, as the spec says), `GET /roles`, `GET` and `PATCH /roles/{role_id}`; all entity-scoped. */
export function roleRoutes(x: MoniteInternals): HttpHandler[] {
  const find = (entityId: string, id: string): RoleResponse => {
    const stored = x.state.roles.get(id);
    if (!stored || stored.entityId !== entityId) throw moniteError(404, `Role ${id} was not found.`, { note: 'unknown role' });
    return stored.role;
  };
  return [
    operationRoute(x, postRolesOp, 200, async ({ body, caller, request, note }) => {
      const entityId = entityOf(caller);
      if (caller.kind === 'entity_user') requirePermission(caller.role, 'role', 'create');
      const now = x.clock.iso();
      const role: RoleResponse = { id: crypto.randomUUID(), created_at: now, updated_at: now, name: body.name, permissions: structuredClone(body.permissions) as RoleResponse['permissions'], status: 'active' };
      x.state.roles.set(role.id, { entityId, role });
      note(`created role "${role.name}"`);
      await x.emit({ objectType: 'role', action: 'created', entityId, object: role, apiVersion: request.headers.get('x-monite-version') });
      return role;
    }),
    operationRoute(x, getRolesOp, 200, ({ caller, url }) => {
      const entityId = entityOf(caller);
      if (caller.kind === 'entity_user') requirePermission(caller.role, 'role', 'read');
      return cursorPage(x.state.rolesOf(entityId), url, {
        sortFields: ['updated_at', 'created_at'],
        filters: { name: (r, [v]) => r.name === v, id__in: (r, values) => values.includes(r.id) },
      });
    }),
    operationRoute(x, getRolesIdOp, 200, ({ caller, params }) => {
      if (caller.kind === 'entity_user') requirePermission(caller.role, 'role', 'read', caller.role.id === params['role_id']);
      return find(entityOf(caller), params['role_id']!);
    }),
    operationRoute(x, patchRolesIdOp, 200, ({ caller, params, body, note }) => {
      const entityId = entityOf(caller);
      if (caller.kind === 'entity_user') requirePermission(caller.role, 'role', 'update');
      const role = find(entityId, params['role_id']!);
      const updated: RoleResponse = {
        ...role,
        ...(body.name ? { name: body.name } : {}),
        ...(body.permissions ? { permissions: structuredClone(body.permissions) as RoleResponse['permissions'] } : {}),
        updated_at: x.clock.iso(),
      };
      x.state.roles.set(role.id, { entityId, role: updated });
      note(`updated role "${updated.name}"`);
      return updated;
    }),
  ];
}
