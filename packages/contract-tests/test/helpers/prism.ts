import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Monite's own OpenAPI document (read-only). Prism serves this very file. */
export const MONITE_SPEC_PATH = process.env['MONITE_SPEC_PATH'] ?? fileURLToPath(new URL('../../../monite/spec/schema.json', import.meta.url));

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
const PRISM_BIN = join(PACKAGE_DIR, 'node_modules', '.bin', 'prism');

export interface PrismServer {
  /**
   * Where the SDK must point. Prism 5 serves the spec's paths at the root: it ignores the `/v1`
   * base path of the spec's `servers` (`/v1/entities` is a 404 NO_PATH_MATCHED_ERROR).
   */
  readonly baseUrl: string;
  readonly port: number;
  /** Milliseconds from spawn until Prism answered its first request. */
  readonly startupMs: number;
  /** Everything Prism printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Fails loudly (never skips) when the vendor spec is not where the suite expects it. */
export function requireSpec(path = MONITE_SPEC_PATH): string {
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new Error(
      `Contract tests need Monite's OpenAPI spec at ${path}, but it is missing or unreadable. ` +
        'Restore packages/monite/spec/schema.json from git (or point MONITE_SPEC_PATH at a copy); the suite does not run without it.',
    );
  }
  return path;
}

/** A free TCP port on 127.0.0.1: listen on port 0, read the port, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port of a listening socket'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/** Starts `prism mock <spec> --errors` on a free loopback port and waits until it answers. */
export async function startPrism(options: { specPath?: string; timeoutMs?: number; seed?: string } = {}): Promise<PrismServer> {
  const specPath = requireSpec(options.specPath);
  if (!existsSync(PRISM_BIN)) {
    throw new Error(`Prism is not installed at ${PRISM_BIN}: run \`npx -y pnpm@12.21.0 install\` at the repository root.`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  let log = '';
  // `--seed`: responses forced dynamic with `Prefer: dynamic=true` are reproducible run to run.
  const args = ['mock', specPath, '-h', '127.0.0.1', '-p', String(port), '--errors', '--seed', options.seed ?? 'x-contract-tests'];
  const child: ChildProcess = spawn(PRISM_BIN, args, {
    cwd: PACKAGE_DIR,
    // The .bin shim runs `node` from PATH: use the Node running the tests (24), not whatever else is on PATH.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  const append = (chunk: Buffer) => {
    log += chunk.toString();
    // Keep the tail only: Prism logs every request.
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = started + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited) {
      throw new Error(`Prism exited (code ${exited.code}, signal ${exited.signal}) before it answered. Output:\n${log.slice(-4_000)}`);
    }
    try {
      // Any HTTP answer (Prism says 404 NO_PATH_MATCHED for `/`) means it is listening.
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      break;
    } catch {
      if (performance.now() > deadline) {
        await stop();
        throw new Error(`Prism did not answer on ${baseUrl} within ${options.timeoutMs ?? 120_000} ms. Output:\n${log.slice(-4_000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { baseUrl, port, startupMs: Math.round(performance.now() - started), output: () => log, stop };
}

/** One violation as Prism 5 reports it. */
export interface PrismViolation {
  location?: string[];
  severity?: string;
  code?: string | number;
  message?: string;
}

/**
 * Prism 5.16 reports request violations in two places:
 * - the `sl-violations` response header (JSON array), always, when it answers with the spec's own
 *   error response (for Monite: 422 with the spec's `HTTPValidationError` example body);
 * - an `application/problem+json` body `{type, title, status, detail, validation: [...]}` when the
 *   operation declares no suitable error response, plus Prism's own errors (NO_PATH_MATCHED_ERROR...).
 */
export function prismViolations(headers: Headers | Record<string, string> | undefined, body: unknown): PrismViolation[] {
  const out: PrismViolation[] = [];
  const header = headers instanceof Headers ? headers.get('sl-violations') : headers?.['sl-violations'];
  if (header) {
    try {
      out.push(...(JSON.parse(header) as PrismViolation[]));
    } catch {
      out.push({ message: `unparsable sl-violations header: ${header}` });
    }
  }
  if (body && typeof body === 'object') {
    const problem = body as { type?: unknown; title?: unknown; detail?: unknown; validation?: PrismViolation[] };
    if (Array.isArray(problem.validation) && out.length === 0) out.push(...problem.validation);
    if (typeof problem.type === 'string' && problem.type.includes('stoplight.io/prism/errors')) {
      out.push({ code: problem.type.split('#')[1], message: `${String(problem.title)}: ${String(problem.detail ?? '')}` });
    }
  }
  return out;
}

/** `request.body.permissions: must have required property 'objects' (required)` lines. */
export function formatViolations(violations: PrismViolation[]): string {
  if (violations.length === 0) return '(Prism reported no violation details)';
  return violations.map((v) => `  - ${(v.location ?? []).join('.') || '?'}: ${v.message ?? '?'}${v.code === undefined ? '' : ` [${v.code}]`}`).join('\n');
}
