import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { HttpClient, type ClientOptions, type Logger, type VendorProfile } from '../../src/index.js';

let counter = 0;

/** A base URL no other test in this file uses, so handlers never collide. */
export function uniqueBase(): string {
  counter++;
  return `https://api-${counter}.test`;
}

export const testProfile: VendorProfile = {
  vendor: 'Test',
  packageName: '@x/test-sdk',
  packageVersion: '9.8.7',
  versionHeader: { name: 'x-test-version', defaultValue: '2024-01-01' },
};

/** A client with `maxRetries: 0` on a fresh base URL unless told otherwise. */
export function makeClient(options: Partial<ClientOptions> = {}, profile: Partial<VendorProfile> = {}): HttpClient {
  return new HttpClient({ ...testProfile, ...profile }, { baseUrl: uniqueBase(), maxRetries: 0, ...options });
}

/** One msw server per file, failing on any request no handler matched. */
export function useMswServer(): ReturnType<typeof setupServer> {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' } as never));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export interface LogLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  fields: Record<string, unknown> | undefined;
}

/** A logger that records every line. */
export function captureLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  return { logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') }, lines };
}

/** The delays of the "retrying in N ms" log lines. */
export function retryDelays(lines: LogLine[]): number[] {
  return lines.flatMap((line) => {
    const match = /retrying in (\d+) ms/.exec(line.message);
    return match ? [Number(match[1])] : [];
  });
}

export interface RealServer {
  url: string;
  port: number;
  /** Requests received so far. */
  readonly count: number;
  /** Bodies of the requests received so far. */
  bodies: string[];
  close(): Promise<void>;
}

/** A real node:http server on 127.0.0.1 and a free port, counting requests. */
export async function startRealServer(handler: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void): Promise<RealServer> {
  let count = 0;
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    const n = ++count;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      handler(req, res, n);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get count() {
      return count;
    },
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: listen, note the port, close. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A promise with its resolve function, to hold a response until the test releases it. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
