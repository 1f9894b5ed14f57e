import type { EntityResponse, EntityUserResponse, RoleResponse, WebhookSubscriptionResourceWithSecret } from '../generated/models.js';

/** A role, remembering its entity. */
export interface StoredRole {
  entityId: string;
  role: RoleResponse;
}

/** An entity user, remembering its entity. */
export interface StoredEntityUser {
  entityId: string;
  user: EntityUserResponse;
}

/** Everything the Monite sandbox holds, in insertion order. */
export class MoniteState {
  readonly entities = new Map<string, EntityResponse>();
  readonly roles = new Map<string, StoredRole>();
  readonly entityUsers = new Map<string, StoredEntityUser>();
  readonly webhookSubscriptions = new Map<string, WebhookSubscriptionResourceWithSecret>();

  rolesOf(entityId: string): RoleResponse[] {
    return [...this.roles.values()].filter((r) => r.entityId === entityId).map((r) => r.role);
  }

  usersOf(entityId: string): EntityUserResponse[] {
    return [...this.entityUsers.values()].filter((u) => u.entityId === entityId).map((u) => u.user);
  }

  clear(): void {
    this.entities.clear();
    this.roles.clear();
    this.entityUsers.clear();
    this.webhookSubscriptions.clear();
  }
}
