import type * as z from 'zod/mini';

export type HttpMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call as a vendor package describes it to the transport. */
export interface RequestSpec<T = unknown> {
  method: HttpMethod;
  /** Path relative to the base URL (already filled), or an absolute URL. */
  path: string;
  query?: Record<string, unknown> | undefined;
  /** Checked before sending; a mismatch throws `RequestValidationError`. */
  querySchema?: z.core.$ZodType | undefined;
  body?: unknown;
  /** Checked before sending; a mismatch throws `RequestValidationError`. */
  bodySchema?: z.core.$ZodType | undefined;
  /** How `body` is encoded. Default `json`. */
  bodyType?: 'json' | 'form' | 'multipart' | undefined;
  /** Extra headers of this operation; `null`/`undefined` values remove a header. */
  headers?: Record<string, string | null | undefined> | undefined;
  /** Applied to a JSON success body according to the validation mode. */
  responseSchema?: z.core.$ZodType<T> | undefined;
  /** `json` (default) parses; `binary` returns a `BinaryBody`; `text`; `none` discards the body. */
  responseType?: 'json' | 'binary' | 'text' | 'none' | undefined;
  /** `false` sends no credentials (token endpoints). Default `true`. */
  auth?: boolean | undefined;
  /** A name for messages and logs, e.g. `entities.create`. Defaults to `METHOD path`. */
  operation?: string | undefined;
  /**
   * Advice appended to API errors of this call instead of the per-status default;
   * a function chooses by the failure (status, parsed body, content type).
   */
  errorHint?: string | ((failure: { status: number; body: unknown; contentType: string | null }) => string | undefined) | undefined;
  /**
   * The call changes nothing on the server however often it is sent (a token
   * request), so it is retried like a GET even when it is a POST.
   */
  safeToRepeat?: boolean | undefined;
}
