import type { RoleResponse } from '../generated/models.js';
import { moniteError } from './errors.js';

/** A permission as Monite's RBAC stores it. */
export type Permission = 'allowed' | 'allowed_for_own' | 'not_allowed';

/**
 * The permission a role grants for `action` on `objectType`. Anything the role does not list is
 * not allowed (https://docs.monite.com/api/concepts/roles-and-permissions).
 */
export function permissionOf(role: RoleResponse, objectType: string, action: string): Permission {
  const object = role.permissions.objects?.find((o) => o.object_type === objectType);
  const found: string | undefined = object?.actions?.find((a) => a.action_name === action)?.permission;
  return found === 'allowed' || found === 'allowed_for_own' ? found : 'not_allowed';
}

/**
 * Checks that `role` may perform `action` on `objectType`; for `allowed_for_own`, that the object is the
 * caller's own (`isOwn`). Throws Monite's 403 otherwise. Returns the permission that applied.
 */
export function requirePermission(role: RoleResponse, objectType: string, action: string, isOwn?: boolean): Permission {
  const permission = permissionOf(role, objectType, action);
  if (permission === 'allowed') return permission;
  if (permission === 'allowed_for_own' && isOwn !== false) return permission;
  throw moniteError(403, `The entity user's role does not allow "${action}" on "${objectType}".`, { note: `role "${role.name}" denies ${objectType}.${action}` });
}

/** The permissions of the role the sandbox gives entity users created without `role_id`: everything allowed. */
export const DEFAULT_ROLE_OBJECTS = ['entity', 'entity_user', 'role', 'payable', 'receivable', 'counterpart'].map((object_type) => ({
  object_type,
  actions: ['create', 'read', 'update', 'delete'].map((action_name) => ({ action_name, permission: 'allowed' })),
}));
