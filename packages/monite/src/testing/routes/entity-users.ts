import type { HttpHandler } from 'msw';
import {
  deleteEntityUsersIdOp,
  getEntityUsersIdOp,
  getEntityUsersMeOp,
  getEntityUsersMyEntityOp,
  getEntityUsersMyRoleOp,
  getEntityUsersOp,
  patchEntityUsersIdOp,
  postEntityUsersOp,
} from '../../generated/operations.js';
import type { EntityUserResponse, RoleResponse } from '../../generated/models.js';
import { entityOf, requireEntityUser, type Caller } from '../caller.js';
import { moniteError } from '../errors.js';
import type { MoniteInternals } from '../internals.js';
import { operationRoute } from '../operation-route.js';
import { cursorPage } from '../pagination.js';
import { DEFAULT_ROLE_OBJECTS, permissionOf, requirePermission } from '../permissions.js';

/**
 * Entity users: `POST /entity_users` (200), list, get, update, delete (204), and the entity-user token's own
 * `me`, `my_role`, `my_entity`. An entity user's role decides what it may do; `allowed_for_own` limits it to itself.
 */
export function entityUserRoutes(x: MoniteInternals): HttpHandler[] {
  const find = (entityId: string, id: string): EntityUserResponse => {
    const stored = x.state.entityUsers.get(id);
    if (!stored || stored.entityId !== entityId) throw moniteError(404, `Entity user ${id} was not found.`, { note: 'unknown entity user' });
    return stored.user;
  };
  const check = (caller: Caller, action: string, targetId?: string) => {
    if (caller.kind === 'entity_user') requirePermission(caller.role, 'entity_user', action, targetId === undefined ? undefined : targetId === caller.user.id);
  };
  const version = (request: Request) => request.headers.get('x-monite-version');

  return [
    // The token's own routes first: msw would otherwise read `me` as an {entity_user_id}.
    operationRoute(x, getEntityUsersMeOp, 200, ({ caller }) => requireEntityUser(caller).user),
    operationRoute(x, getEntityUsersMyRoleOp, 200, ({ caller }) => requireEntityUser(caller).role),
    operationRoute(x, getEntityUsersMyEntityOp, 200, ({ caller }) => x.state.entities.get(requireEntityUser(caller).entityId)!),
    operationRoute(x, postEntityUsersOp, 200, async ({ body, caller, request, note }) => {
      const entityId = entityOf(caller);
      check(caller, 'create');
      if (x.state.usersOf(entityId).some((u) => u.login === body.login)) {
        throw moniteError(409, `An entity user with login "${body.login}" already exists in this entity.`, { note: 'duplicate login' });
      }
      const roleId = body.role_id ?? defaultRole(x, entityId).id;
      const role = x.state.roles.get(roleId);
      if (!role || role.entityId !== entityId) throw moniteError(404, `Role ${roleId} was not found.`, { note: 'unknown role' });
      const now = x.clock.iso();
      const user: EntityUserResponse = {
        id: crypto.randomUUID(),
        created_at: now,
        updated_at: now,
        login: body.login,
        role_id: roleId,
        status: 'active',
        email: body.email ?? null,
        first_name: body.first_name,
        last_name: body.last_name ?? null,
        phone: body.phone ?? null,
        userpic_file_id: null,
      };
      x.state.entityUsers.set(user.id, { entityId, user });
      note(`created entity user ${user.login}`);
      await x.emit({ objectType: 'entity_user', action: 'created', entityId, object: user, apiVersion: version(request) });
      return user;
    }),
    operationRoute(x, getEntityUsersOp, 200, ({ caller, url }) => {
      const entityId = entityOf(caller);
      let users = x.state.usersOf(entityId);
      if (caller.kind === 'entity_user') {
        check(caller, 'read');
        if (permissionOf(caller.role, 'entity_user', 'read') === 'allowed_for_own') users = users.filter((u) => u.id === caller.user.id);
      }
      return cursorPage(users, url, {
        sortFields: ['updated_at'],
        filters: {
          id__in: (u, values) => values.includes(u.id),
          role_id: (u, [v]) => u.role_id === v,
          role_id__in: (u, values) => values.includes(u.role_id),
          login: (u, [v]) => u.login === v,
          status: (u, [v]) => u.status === v,
          first_name: (u, [v]) => u.first_name === v,
        },
      });
    }),
    operationRoute(x, getEntityUsersIdOp, 200, ({ caller, params }) => {
      check(caller, 'read', params['entity_user_id']);
      return find(entityOf(caller), params['entity_user_id']!);
    }),
    operationRoute(x, patchEntityUsersIdOp, 200, async ({ caller, params, body, request, note }) => {
      const entityId = entityOf(caller);
      check(caller, 'update', params['entity_user_id']);
      const user = find(entityId, params['entity_user_id']!);
      if (body.role_id && x.state.roles.get(body.role_id)?.entityId !== entityId) throw moniteError(404, `Role ${body.role_id} was not found.`);
      const changes = Object.fromEntries(Object.entries(body).filter(([key, value]) => value !== undefined && key !== 'title'));
      const updated = { ...user, ...changes, updated_at: x.clock.iso() } as EntityUserResponse;
      x.state.entityUsers.set(user.id, { entityId, user: updated });
      note(`updated entity user ${updated.login}`);
      await x.emit({ objectType: 'entity_user', action: 'updated', entityId, object: updated, apiVersion: version(request) });
      return updated;
    }),
    operationRoute(x, deleteEntityUsersIdOp, 204, ({ caller, params, note }) => {
      const entityId = entityOf(caller);
      check(caller, 'delete', params['entity_user_id']);
      const user = find(entityId, params['entity_user_id']!);
      x.state.entityUsers.delete(user.id);
      x.tokens.revokeEntityUser(user.id);
      note(`deleted entity user ${user.login}`);
    }),
  ];
}

/** The role a user created without `role_id` gets: one per entity, everything allowed. */
function defaultRole(x: MoniteInternals, entityId: string): RoleResponse {
  const existing = x.state.rolesOf(entityId).find((r) => r.name === 'Default (sandbox)');
  if (existing) return existing;
  const now = x.clock.iso();
  const role: RoleResponse = { id: crypto.randomUUID(), created_at: now, updated_at: now, name: 'Default (sandbox)', permissions: { objects: DEFAULT_ROLE_OBJECTS } as RoleResponse['permissions'], status: 'active' };
  x.state.roles.set(role.id, { entityId, role });
  return role;
}
