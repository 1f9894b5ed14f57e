import type { HttpHandler } from 'msw';
import type { Operation } from '../runtime/operation.js';
import { authenticate, type Caller } from './caller.js';
import type { MoniteInternals } from './internals.js';
import { checkBody, checkPath, checkResponse } from './validate.js';

/** What a Monite route handler gets: the checked request and the caller. */
export interface OperationCall<TBody> {
  body: TBody;
  params: Record<string, string>;
  url: URL;
  caller: Caller;
  request: Request;
  note(text: string): void;
}

/**
 * An msw handler for one generated operation: the SDK's own operation descriptor gives the path, the
 * entity-header rule and the strict schemas, so the sandbox accepts exactly what the SDK may send, and
 * its answers are checked against the SDK's response schema. `status` is the spec's success status.
 */
export function operationRoute<TBody, TResponse>(
  x: MoniteInternals,
  op: Operation<any, any, TBody, TResponse>,
  status: number,
  handle: (call: OperationCall<TBody>) => TResponse | Promise<TResponse>,
): HttpHandler {
  const path = op.path.replace(/\{(\w+)\}/g, ':$1');
  return x.kit.route(op.method, path, async (ctx) => {
    const caller = authenticate(x, ctx.request, op);
    const params = checkPath(op, ctx.params);
    const body = op.bodySchema ? checkBody(op, await ctx.json()) : (undefined as TBody);
    const result = await handle({ body, params, url: ctx.url, caller, request: ctx.request, note: ctx.note });
    if (op.responseType === 'none') return { status };
    checkResponse(op, result);
    return { status, body: result };
  });
}
