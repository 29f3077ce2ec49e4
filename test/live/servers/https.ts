/**
 * An HTTPS server on a loopback address that takes the place of an MTA-STS
 * policy host, with request handlers for the cases that a policy fetch has to
 * handle: a policy, an error status, a slow body and a body that never ends. Every request is
 * recorded with the Host header and the SNI name the server saw.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { SecureVersion, TLSSocket } from 'node:tls';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface HttpsServerOptions {
  host?: '127.0.0.1' | '::1';
  /** The port to listen on, a random free port unless given. */
  port?: number;
  /** The server certificate in PEM format, which may be followed by intermediate certificates. */
  cert: string;
  key: string;
  handler: RequestHandler;
  /** The highest TLS version the server accepts, to test a client's version floor. */
  maxVersion?: SecureVersion;
}

export interface RecordedHttpsRequest {
  method: string;
  /** The path with its query string, as sent. */
  url: string;
  /** The Host header, undefined when the client sent none. */
  host: string | undefined;
  /** The server name from the client's SNI extension, null when the client sent none. */
  servername: string | null;
}

export interface TestHttpsServer {
  host: string;
  port: number;
  /** The requests that reached the handler, in order of arrival. */
  requests: RecordedHttpsRequest[];
  /** TLS handshake errors of clients, such as a client that rejected the certificate. */
  tlsErrors: Error[];
  /** Stops the server and destroys every open connection, including the ones whose response never ends. Later calls return the same promise. */
  close(): Promise<void>;
}

/** The size of the pieces that `slowHandler` writes, in bytes. */
export const SLOW_CHUNK_SIZE = 16;

/** Starts the server on `host`, 127.0.0.1 unless given. */
export async function startHttpsServer(options: HttpsServerOptions): Promise<TestHttpsServer> {
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedHttpsRequest[] = [];
  const tlsErrors: Error[] = [];

  const server = createServer({ cert: options.cert, key: options.key, ...(options.maxVersion === undefined ? {} : { maxVersion: options.maxVersion }) }, (request, response) => {
    const servername = (request.socket as TLSSocket).servername;
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      host: request.headers.host,
      servername: typeof servername === 'string' ? servername : null,
    });
    options.handler(request, response);
  });
  server.on('tlsClientError', (error) => tlsErrors.push(error));

  // closeAllConnections() only reaches connections that completed the TLS
  // handshake, so the raw sockets are tracked to cover the others as well.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      for (const socket of sockets) {
        socket.destroy();
      }
    });
    return closing;
  };

  return { host, port, requests, tlsErrors, close };
}

/** Returns a handler that sends `body` with status 200 and `Content-Type: text/plain` unless `headers` sets another type. */
export function policyHandler(body: string | Buffer, headers: Record<string, string> = {}): RequestHandler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain', ...lowercaseKeys(headers) });
    response.end(body);
  };
}

/**
 * Returns a handler that sends the headers at once and then `body` in pieces
 * of `chunkSize` bytes, waiting `chunkDelayMs` before each piece. The whole
 * response takes about ceil(length / chunkSize) × chunkDelayMs, and writing
 * stops early when the connection closes.
 */
export function slowHandler(body: string | Buffer, chunkDelayMs: number, chunkSize = SLOW_CHUNK_SIZE): RequestHandler {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(bytes.length) });
    response.flushHeaders();

    let offset = 0;
    let timer: NodeJS.Timeout | undefined;
    const writeNext = (): void => {
      response.write(bytes.subarray(offset, offset + chunkSize));
      offset += chunkSize;
      if (offset >= bytes.length) {
        response.end();
        return;
      }
      timer = setTimeout(writeNext, chunkDelayMs);
    };
    response.on('close', () => clearTimeout(timer));

    if (bytes.length === 0) {
      response.end();
      return;
    }
    timer = setTimeout(writeNext, chunkDelayMs);
  };
}

/**
 * Returns a handler that sends the headers, with a Content-Length larger than
 * what follows, and the start of a policy, then never ends the response. Only
 * the client giving up or `close()` of the server ends the connection.
 */
export function hangingHandler(partialBody = 'version: STSv1\r\nmode: enforce\r\n'): RequestHandler {
  return (_request, response) => {
    const declaredLength = Buffer.byteLength(partialBody) + 1024;
    response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(declaredLength) });
    response.write(partialBody);
  };
}

/** Returns a handler that sends `status` with the given headers and body, an empty body unless given. */
export function statusHandler(status: number, headers: Record<string, string> = {}, body: string | Buffer = ''): RequestHandler {
  return (_request, response) => {
    response.writeHead(status, lowercaseKeys(headers));
    response.end(body);
  };
}

/** Lowercases header names so that a caller's `Content-Type` replaces the default `content-type` instead of adding a second one. */
function lowercaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
