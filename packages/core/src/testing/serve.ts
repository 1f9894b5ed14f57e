import { getResponse, type RequestHandler } from 'msw';

/** A sandbox served on a real HTTP server. */
export interface ServedSandbox {
  /** The base URL to give a client, e.g. `http://127.0.0.1:53124/v1`. */
  url: string;
  port: number;
  /** Stops the server (open connections are closed). */
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
}

/**
 * Serves msw handlers written for `baseUrl` on a real `node:http` server on 127.0.0.1, so programs and
 * other runtimes (workerd, Deno, Bun, a browser) can call the same sandbox over the network. Requests are
 * rewritten onto `baseUrl`'s origin, so the handlers match unchanged. A handler's network error
 * (`HttpResponse.error()`, the sandbox's dropped connection) resets the socket. Node only.
 */
export async function serveHandlers(handlers: readonly RequestHandler[], baseUrl: string, options: ServeOptions = {}): Promise<ServedSandbox> {
  const { createServer } = await import('node:http');
  const base = new URL(baseUrl);
  const server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
      const request = new Request(new URL(req.url ?? '/', base.origin), { method: req.method, headers, body });
      const response = await getResponse([...handlers], request);
      if (!response) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `No sandbox route for ${req.method} ${req.url}` } }));
        return;
      }
      if (response.type === 'error') {
        req.socket.destroy();
        return;
      }
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => (out[name] = value));
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `Sandbox failure: ${error instanceof Error ? error.message : String(error)}` } }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const path = base.pathname.replace(/\/+$/, '');
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}${path}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
