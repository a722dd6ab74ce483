import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test-only: a handler gets the request, its parsed URL and its body (form or JSON, as text). */
export type Route = (
  request: IncomingMessage,
  response: ServerResponse,
  context: { url: URL; body: string },
) => void;

export interface RouteServer {
  url: string;
  host: string;
  /** `METHOD /path` of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A tiny local HTTP server answering `METHOD /path` routes; anything else is a 404 HTML page. */
export async function startRouteServer(routes: Record<string, Route>): Promise<RouteServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const key = `${request.method ?? 'GET'} ${url.pathname}`;
      requests.push(key);
      const route = routes[key];
      if (route) {
        route(request, response, { url, body: Buffer.concat(chunks).toString('utf8') });
        return;
      }
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, value: unknown, status = 200): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

export function json(value: unknown, status = 200): Route {
  return (_request, response) => sendJson(response, value, status);
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
