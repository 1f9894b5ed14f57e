import type { HttpHandler } from 'msw';
import { postAuthRevokeOp, postAuthTokenOp } from '../../generated/operations.js';
import { moniteError } from '../errors.js';
import type { MoniteInternals } from '../internals.js';
import { operationRoute } from '../operation-route.js';

/** `POST /auth/token` (both grants) and `POST /auth/revoke`. */
export function authRoutes(x: MoniteInternals): HttpHandler[] {
  const checkClient = (clientId: string, clientSecret: string) => {
    if (clientId !== x.credentials.clientId || clientSecret !== x.credentials.clientSecret) {
      throw moniteError(401, 'Wrong client_id or client_secret.', { note: 'bad client credentials' });
    }
  };
  return [
    operationRoute(x, postAuthTokenOp, 200, ({ body, note }) => {
      checkClient(body.client_id, body.client_secret);
      if (body.grant_type === 'client_credentials') {
        note('partner token issued');
        return { access_token: x.tokens.issue({ kind: 'partner' }, x.lifetimes.partner), token_type: 'Bearer', expires_in: x.lifetimes.partner };
      }
      const userId = body.entity_user_id;
      if (!userId) throw moniteError(400, 'entity_user_id is required with grant_type entity_user.');
      const stored = x.state.entityUsers.get(userId);
      if (!stored || stored.user.status !== 'active') throw moniteError(400, `Entity user ${userId} was not found.`, { note: 'unknown entity user' });
      note(`entity-user token issued for ${stored.user.login}`);
      const token = x.tokens.issue({ kind: 'entity_user', entityUserId: userId, entityId: stored.entityId }, x.lifetimes.entityUser);
      return { access_token: token, token_type: 'Bearer', expires_in: x.lifetimes.entityUser };
    }),
    operationRoute(x, postAuthRevokeOp, 200, ({ body, note }) => {
      checkClient(body.client_id, body.client_secret);
      x.tokens.revoke(body.token);
      note('token revoked');
      return { message: 'Token revoked' };
    }),
  ];
}
