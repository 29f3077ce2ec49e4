/**
 * Fetches a policy file as a strict sender does (RFC 8461 §3.3). It sends one
 * GET over HTTPS to a given address, with SNI and Host set to the policy host
 * and TLS 1.2 or later. It follows no redirects and reads at most 64 KiB. A
 * failing server gives an outcome in the result, not an exception.
 */

import net from 'node:net';
import tls from 'node:tls';

import { Client, type Dispatcher } from 'undici';

import type { CertificateFacts } from '../../core/live/certificate.js';
import type { FetchOutcome, PolicyFetch } from '../../core/live/state.js';
import { POLICY_MAX_BYTES } from '../../core/policy/parse.js';
import { certificateFacts, opensslReason, tlsOptions } from './tls.js';

export const POLICY_PATH = '/.well-known/mta-sts.txt';

export interface FetchTarget {
  /** The policy host, `mta-sts.<domain>`: SNI, Host header and certificate name. */
  host: string;
  address: string;
  port: number;
  /** The `--connect-to` value that chose this address, if any. */
  route: string | null;
}

export interface FetchOptions {
  ca: string[] | undefined;
  connectTimeoutMs: number;
  /** The whole fetch, from connecting to the last body byte. */
  totalTimeoutMs: number;
  signal?: AbortSignal;
}

/** Returns a fetch result with nothing received yet, for `target`. */
export function emptyFetch(target: FetchTarget): PolicyFetch {
  return {
    url: `https://${target.host}${POLICY_PATH}`,
    address: target.address,
    port: target.port,
    family: net.isIPv6(target.address) ? 6 : 4,
    route: target.route,
    outcome: 'ok',
    error: null,
    certificate: null,
    status: null,
    headers: { contentType: null, location: null, cacheControl: null },
    body: null,
    truncated: false,
    elapsedMs: 0,
  };
}

export async function fetchPolicy(target: FetchTarget, options: FetchOptions): Promise<PolicyFetch> {
  const started = performance.now();
  const deadlinePassed = (): boolean => options.signal?.aborted === true;
  const result = emptyFetch(target);

  if (deadlinePassed()) {
    return { ...result, outcome: 'deadline', error: { code: 'DEADLINE', message: 'the per-domain deadline passed before the fetch' } };
  }

  let certificate: CertificateFacts | null = null;
  let phase: 'connect' | 'tls' | 'http' = 'connect';
  const connect = (_options: unknown, callback: (...args: [null, tls.TLSSocket] | [Error, null]) => void): void => {
    const socket = tls.connect({ host: target.address, port: target.port, ...tlsOptions(target.host, options.ca), ALPNProtocols: ['http/1.1'] });
    const timer = setTimeout(() => socket.destroy(Object.assign(new Error(`no TLS connection within ${options.connectTimeoutMs / 1000} s`), { code: 'CONNECT_TIMEOUT' })), options.connectTimeoutMs);
    socket.once('connect', () => {
      phase = 'tls';
    });
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      phase = 'http';
      certificate = certificateFacts(socket);
      callback(null, socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      if (phase !== 'http') callback(error, null);
    });
  };

  // The origin keeps port 443 so that the Host header is the bare policy host, wherever the connection goes.
  const client = new Client(`https://${target.host}`, { connect, pipelining: 0, headersTimeout: options.totalTimeoutMs, bodyTimeout: options.totalTimeoutMs });
  const deadline = AbortSignal.timeout(options.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;

  try {
    const response = await client.request({ path: POLICY_PATH, method: 'GET', headers: { host: target.host, accept: 'text/plain', 'user-agent': 'mta-sts-guard' }, signal });
    result.status = response.statusCode;
    result.headers = {
      contentType: header(response.headers, 'content-type'),
      location: header(response.headers, 'location'),
      cacheControl: header(response.headers, 'cache-control'),
    };
    const { body, truncated } = await readLimited(response.body, POLICY_MAX_BYTES);
    result.body = body;
    result.truncated = truncated;
  } catch (error) {
    const { outcome, code, message } = deadlinePassed()
      ? { outcome: 'deadline' as const, code: 'DEADLINE', message: 'the per-domain deadline ended the fetch' }
      : classifyError(error, phase, signal.aborted, options);
    result.outcome = outcome;
    result.error = { code, message };
  } finally {
    result.certificate = certificate;
    result.elapsedMs = Math.round(performance.now() - started);
    await client.destroy().catch(() => undefined);
  }

  if (result.outcome === 'ok' && certificate === null) result.outcome = 'tls-failed';
  return result;
}

function header(headers: Dispatcher.ResponseData['headers'], name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Reads at most `limit` bytes and reports whether more was sent. */
async function readLimited(body: Dispatcher.ResponseData['body'], limit: number): Promise<{ body: Uint8Array; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      chunks.push(chunk.subarray(0, chunk.length - (size - limit)));
      body.destroy();
      return { body: new Uint8Array(Buffer.concat(chunks)), truncated: true };
    }
    chunks.push(chunk);
  }
  return { body: new Uint8Array(Buffer.concat(chunks)), truncated: false };
}

function classifyError(error: unknown, phase: 'connect' | 'tls' | 'http', aborted: boolean, options: FetchOptions): { outcome: FetchOutcome; code: string; message: string } {
  const code = String((error as NodeJS.ErrnoException).code ?? (error as Error).name ?? 'ERROR');
  const message = error instanceof Error ? error.message : String(error);
  if (aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'CONNECT_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { outcome: 'timeout', code: 'TIMEOUT', message: `no complete response within ${options.totalTimeoutMs / 1000} s` };
  }
  if (phase === 'connect') return { outcome: 'connect-failed', code, message: code === 'ECONNREFUSED' ? 'connection refused' : message };
  if (phase === 'tls') return { outcome: 'tls-failed', code, message: describeTlsError(code, message) };
  return { outcome: 'protocol-error', code, message };
}

function describeTlsError(code: string, message: string): string {
  if (/PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|WRONG_VERSION_NUMBER/i.test(`${code} ${message}`)) {
    return `the server does not offer TLS 1.2 or later (${opensslReason(message)})`;
  }
  if (code === 'ECONNRESET') return 'the server closed the connection during the handshake (it may not serve this host name over SNI)';
  return opensslReason(message);
}

