// Runs the committed generated zod schemas (packages/monite/src/generated).
import { describe, expect, it } from 'vitest';
import * as ops from '../../monite/src/generated/operations.ts';
import * as s from '../../monite/src/generated/schemas.ts';

const uuid = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const now = '2024-05-25T10:00:00Z';

describe('request flavour (strict)', () => {
  const token = { client_id: uuid, client_secret: 'secret', grant_type: 'client_credentials' };

  it('accepts a valid body', () => {
    expect(s.ObtainTokenPayload_in.safeParse(token).success).toBe(true);
  });

  it('rejects an unknown key where the spec says additionalProperties: false', () => {
    expect(s.ObtainTokenPayload_in.safeParse({ ...token, extra: 1 }).success).toBe(false);
  });

  it('rejects a bad uuid, a closed-enum miss and a too-long string', () => {
    expect(s.ObtainTokenPayload_in.safeParse({ ...token, client_id: 'not-a-uuid' }).success).toBe(false);
    expect(s.ObtainTokenPayload_in.safeParse({ ...token, grant_type: 'password' }).success).toBe(false);
    expect(s.CreateRoleRequest_in.safeParse({ name: 'x'.repeat(256), permissions: {} }).success).toBe(false);
  });

  it('validates query parameters', () => {
    expect(ops.getEntitiesOp.querySchema!.safeParse({ limit: 10 }).success).toBe(true);
    expect(ops.getEntitiesOp.querySchema!.safeParse({ limit: 1.5 }).success).toBe(false);
    expect(ops.getEntitiesOp.querySchema!.safeParse({ limti: 10 }).success).toBe(false);
  });
});

describe('response flavour (lenient)', () => {
  const user = { id: uuid, created_at: now, updated_at: now, login: 'ann', role_id: uuid, status: 'active' };

  it('accepts an unknown enum value and keeps unknown fields', () => {
    const parsed = s.EntityUserResponse_out.safeParse({ ...user, status: 'suspended', brand_new_field: { a: 1 } });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ status: 'suspended', brand_new_field: { a: 1 } });
  });

  it('still rejects a wrong JSON type', () => {
    expect(s.EntityUserResponse_out.safeParse({ ...user, login: 42 }).success).toBe(false);
  });

  it('accepts a discriminated union variant it does not know yet', () => {
    const entity = { type: 'trust', id: uuid, some: 'thing' };
    expect(s.EntityResponse_out.safeParse(entity).success).toBe(true);
    // A known discriminator with a broken body is still an error.
    expect(s.EntityResponse_out.safeParse({ type: 'organization', id: uuid }).success).toBe(false);
  });
});
