import { isUuid } from './uuid.js';
import type { EntityUserResponse, RoleResponse } from '../generated/models.js';
import type { Operation } from '../runtime/operation.js';
import { MONITE_EXPIRED_TOKEN_MESSAGE, moniteError, validationError } from './errors.js';
import type { MoniteInternals } from './internals.js';

/** Who is calling, and for which entity. */
export type Caller =
  | { kind: 'none' }
  | { kind: 'partner'; entityId: string | undefined }
  | { kind: 'entity_user'; entityId: string; user: EntityUserResponse; role: RoleResponse };

const ENTITY_HEADER = 'x-monite-entity-id';

/**
 * Authenticates a request the way Monite does: a bearer token it issued and still accepts (else the
 * documented 400 "revoked, expired or not found"), and `X-Monite-Entity-Id` where the operation's spec
 * requires it (FastAPI's 422 when missing). An entity user's token is bound to its entity.
 */
export function authenticate(x: MoniteInternals, request: Request, op: Operation): Caller {
  if (op.auth === false) return { kind: 'none' };
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!match) throw moniteError(401, 'Not authenticated', { note: 'no bearer token' });
  const subject = x.tokens.check(match[1]!.trim());
  if (!subject) throw moniteError(400, MONITE_EXPIRED_TOKEN_MESSAGE, { note: 'token revoked, expired or unknown' });

  const entityHeader = request.headers.get(ENTITY_HEADER) ?? undefined;
  if (op.entityHeader === 'required' && entityHeader === undefined) {
    throw validationError([{ loc: ['header', ENTITY_HEADER], msg: 'Field required', type: 'missing' }], 'X-Monite-Entity-Id missing');
  }
  if (entityHeader !== undefined && op.entityHeader !== 'none') {
    if (!isUuid(entityHeader)) throw validationError([{ loc: ['header', ENTITY_HEADER], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }]);
    if (!x.state.entities.has(entityHeader)) throw moniteError(404, `Entity ${entityHeader} was not found.`, { note: 'unknown entity' });
  }
  const scoped = op.entityHeader === 'none' ? undefined : entityHeader;

  if (subject.kind === 'partner') return { kind: 'partner', entityId: scoped };
  const stored = x.state.entityUsers.get(subject.entityUserId);
  if (!stored) throw moniteError(400, MONITE_EXPIRED_TOKEN_MESSAGE, { note: 'entity user deleted' });
  if (scoped !== undefined && scoped !== subject.entityId) {
    throw moniteError(403, 'The entity user does not belong to the entity in X-Monite-Entity-Id.', { note: 'entity mismatch' });
  }
  const role = x.state.roles.get(stored.user.role_id)?.role;
  if (!role) throw moniteError(403, 'The entity user has no role.', { note: 'no role' });
  return { kind: 'entity_user', entityId: subject.entityId, user: stored.user, role };
}

/** The entity an entity-scoped call acts on (header for partners, token for entity users). */
export function entityOf(caller: Caller): string {
  if (caller.kind === 'entity_user') return caller.entityId;
  if (caller.kind === 'partner' && caller.entityId) return caller.entityId;
  throw moniteError(400, 'X-Monite-Entity-Id is required for this operation.');
}

/** Partner-only operations (entities, webhook subscriptions): an entity user's token is refused. */
export function requirePartner(caller: Caller): void {
  if (caller.kind !== 'partner') throw moniteError(403, 'This operation needs a partner token (grant_type client_credentials).', { note: 'entity-user token refused' });
}

/** `/entity_users/me`-style operations: only an entity user's token. */
export function requireEntityUser(caller: Caller): Extract<Caller, { kind: 'entity_user' }> {
  if (caller.kind !== 'entity_user') throw moniteError(403, 'This operation needs an entity-user token (grant_type entity_user).', { note: 'partner token refused' });
  return caller;
}
