import type { HttpHandler } from 'msw';
import { getEntitiesIdOp, getEntitiesOp, patchEntitiesIdOp, postEntitiesOp } from '../../generated/operations.js';
import type { CreateEntityRequest, EntityResponse, UpdateEntityRequest } from '../../generated/models.js';
import { requirePartner, type Caller } from '../caller.js';
import { moniteError, validationError } from '../errors.js';
import type { MoniteInternals } from '../internals.js';
import { operationRoute } from '../operation-route.js';
import { cursorPage } from '../pagination.js';
import { requirePermission } from '../permissions.js';

/** `POST /entities` (201), `GET /entities` (cursor list), `GET` and `PATCH /entities/{entity_id}`. */
export function entityRoutes(x: MoniteInternals): HttpHandler[] {
  const find = (id: string): EntityResponse => {
    const entity = x.state.entities.get(id);
    if (!entity) throw moniteError(404, `Entity ${id} was not found.`, { note: 'unknown entity' });
    return entity;
  };
  // An entity user may read or update only its own entity, and only if its role allows it.
  const mayTouch = (caller: Caller, id: string, action: 'read' | 'update') => {
    if (caller.kind === 'partner') return;
    if (caller.kind !== 'entity_user' || caller.entityId !== id) throw moniteError(403, 'The entity user may only act on its own entity.');
    requirePermission(caller.role, 'entity', action);
  };

  return [
    operationRoute(x, postEntitiesOp, 201, async ({ body, caller, request, note }) => {
      requirePartner(caller);
      const entity = newEntity(body, x.clock.iso());
      x.state.entities.set(entity.id, entity);
      note(`created entity ${entity.id}`);
      await x.emit({ objectType: 'entity', action: 'created', entityId: entity.id, object: entity, apiVersion: request.headers.get('x-monite-version') });
      return entity;
    }),
    operationRoute(x, getEntitiesOp, 200, ({ caller, url }) => {
      requirePartner(caller);
      return cursorPage([...x.state.entities.values()], url, {
        sortFields: ['created_at', 'updated_at'],
        filters: {
          type: (e, [v]) => e.type === v,
          status: (e, [v]) => e.status === v,
          email: (e, [v]) => e.email === v,
          id__in: (e, values) => values.includes(e.id),
        },
      });
    }),
    operationRoute(x, getEntitiesIdOp, 200, ({ caller, params }) => {
      mayTouch(caller, params['entity_id']!, 'read');
      return find(params['entity_id']!);
    }),
    operationRoute(x, patchEntitiesIdOp, 200, async ({ caller, params, body, request, note }) => {
      mayTouch(caller, params['entity_id']!, 'update');
      const updated = updateEntity(find(params['entity_id']!), body, x.clock.iso());
      x.state.entities.set(updated.id, updated);
      note(`updated entity ${updated.id}`);
      await x.emit({ objectType: 'entity', action: 'updated', entityId: updated.id, object: updated, apiVersion: request.headers.get('x-monite-version') });
      return updated;
    }),
  ];
}

function newEntity(body: CreateEntityRequest, now: string): EntityResponse {
  const common = {
    id: crypto.randomUUID(),
    created_at: now,
    updated_at: now,
    status: 'active',
    email: body.email,
    address: { line2: null, state: null, ...body.address },
    phone: body.phone ?? null,
    website: body.website ?? null,
    tax_id: body.tax_id ?? null,
    registration_number: body.registration_number ?? null,
    registration_authority: body.registration_authority ?? null,
    logo: null,
  };
  // The spec's prose rule: the object matching `type` is required.
  if (body.type === 'organization') {
    if (!body.organization) throw validationError([{ loc: ['body', 'organization'], msg: 'Field required for type organization', type: 'missing' }]);
    return { ...common, type: 'organization', organization: { ...body.organization } } as EntityResponse;
  }
  if (!body.individual) throw validationError([{ loc: ['body', 'individual'], msg: 'Field required for type individual', type: 'missing' }]);
  return { ...common, type: 'individual', individual: { ...body.individual } } as EntityResponse;
}

function updateEntity(entity: EntityResponse, body: UpdateEntityRequest, now: string): EntityResponse {
  const next: Record<string, unknown> = { ...entity, updated_at: now };
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (key === 'address' || key === 'organization' || key === 'individual') {
      if (value === null) continue;
      if (key !== 'address' && !(key in entity)) throw validationError([{ loc: ['body', key], msg: `The entity is of type ${entity.type}`, type: 'value_error' }]);
      next[key] = { ...(entity as unknown as Record<string, object>)[key], ...value };
    } else {
      next[key] = value;
    }
  }
  return next as unknown as EntityResponse;
}
