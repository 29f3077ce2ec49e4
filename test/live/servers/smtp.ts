/**
 * An SMTP server on a loopback address that takes the place of a domain's MX host,
 * with or without STARTTLS. It accepts no mail and offers no authentication,
 * because the live checks only read the greeting and the EHLO reply and then
 * start TLS.
 */

import type { AddressInfo, Socket } from 'node:net';

import { SMTPServer, type SMTPServerError } from 'smtp-server';

export interface SmtpServerOptions {
  host?: '127.0.0.1' | '::1';
  /** The port to listen on, a random free port unless given. */
  port?: number;
  /** The certificate presented after STARTTLS in PEM format. Required when `starttls` is true. */
  cert?: string;
  key?: string;
  /** When false, the EHLO reply does not list STARTTLS and the command is rejected as unknown. */
  starttls: boolean;
  /** The host name in the 220 greeting and the EHLO reply, `localhost` unless given. */
  name?: string;
}

export interface TestSmtpServer {
  host: string;
  port: number;
  /** The number of client connections that got a greeting. */
  sessions: number;
  /** Errors the server emitted, such as a client that aborted the TLS handshake. */
  errors: Error[];
  /** Stops the server and destroys every open connection at once, without the grace period of smtp-server. Later calls return the same promise. */
  close(): Promise<void>;
}

/** Starts the server on `host`, 127.0.0.1 unless given. Throws when `starttls` is true without a certificate and key. */
export async function startSmtpServer(options: SmtpServerOptions): Promise<TestSmtpServer> {
  const host = options.host ?? '127.0.0.1';
  if (options.starttls && (options.cert === undefined || options.key === undefined)) {
    // Without them smtp-server would use its built-in certificate, whose private key is public.
    throw new Error('startSmtpServer: the cert and key options are missing, and STARTTLS needs them. Issue them with createTestPki().issue().');
  }

  const state = { sessions: 0, errors: [] as Error[] };
  const server = new SMTPServer({
    name: options.name ?? 'localhost',
    ...(options.starttls ? { cert: options.cert, key: options.key } : {}),
    hideSTARTTLS: !options.starttls,
    disabledCommands: options.starttls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    authOptional: true,
    // smtp-server would otherwise look up the client's address in the system's DNS.
    disableReverseLookup: true,
    logger: false,
    onConnect: (_session, callback) => {
      state.sessions += 1;
      callback();
    },
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => {
        const error: SMTPServerError = new Error('This test server accepts no mail');
        error.responseCode = 554;
        callback(error);
      });
    },
  });
  // Without a listener an 'error' event would throw and end the test process.
  server.on('error', (error: Error) => state.errors.push(error));

  // smtp-server ends its connections on close() but waits up to 30 seconds for
  // them, so the raw sockets are tracked and destroyed instead. Destroying the
  // raw socket also closes a TLS socket on top of it.
  const sockets = new Set<Socket>();
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) {
        socket.destroy();
      }
    });
    return closing;
  };

  return Object.assign(state, { host, port, close });
}
