/**
 * Probes an MX host as a sending MTA does before it delivers under an
 * MTA-STS policy (RFC 8461 §4.2, §5): connect to port 25, EHLO, STARTTLS,
 * then read the certificate with SNI set to the MX host name. The probe
 * sends QUIT and never a message.
 */

import { hostname } from 'node:os';
import net from 'node:net';
import tls from 'node:tls';

import type { MxProbe } from '../../core/live/state.js';
import { certificateFacts, opensslReason, tlsOptions } from './tls.js';

export interface SmtpTarget {
  host: string;
  address: string;
  port: number;
  route: string | null;
}

export interface SmtpOptions {
  ca: string[] | undefined;
  timeoutMs: number;
  signal?: AbortSignal;
}

interface Reply {
  code: number;
  lines: string[];
}

/** Reads SMTP replies (RFC 5321 §4.2: `250-` continues, `250 ` ends) from a socket. */
class ReplyReader {
  private buffer = '';
  private lines: string[] = [];
  private waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(socket: net.Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => this.push(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(Object.assign(new Error('the server closed the connection'), { code: 'ECONNRESET' })));
  }

  next(): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.drain();
    });
  }

  detach(socket: net.Socket): void {
    socket.removeAllListeners('data');
    socket.removeAllListeners('close');
  }

  private push(chunk: string): void {
    this.buffer += chunk;
    // A server that talks without end is not an SMTP server.
    if (this.buffer.length > 64 * 1024) this.fail(Object.assign(new Error('the reply is longer than 64 KiB'), { code: 'EPROTO' }));
    this.drain();
  }

  private drain(): void {
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      this.lines.push(this.buffer.slice(0, newline).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(newline + 1);
    }
    const end = this.lines.findIndex((line) => /^[0-9]{3}(?: |$)/.test(line));
    if (end < 0 || !this.waiting) {
      if (this.lines.some((line) => !/^[0-9]{3}[ -]?/.test(line))) this.fail(Object.assign(new Error(`not an SMTP reply: ${this.lines[0]!.slice(0, 60)}`), { code: 'EPROTO' }));
      return;
    }
    const lines = this.lines.splice(0, end + 1);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting.resolve({ code: Number(lines[end]!.slice(0, 3)), lines: lines.map((line) => line.slice(4)) });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(this.failure);
  }
}

export async function probeMx(target: SmtpTarget, options: SmtpOptions): Promise<MxProbe> {
  const result: MxProbe = { host: target.host, address: target.address, port: target.port, route: target.route, outcome: 'ok', error: null, banner: null, certificate: null };
  const socket = net.connect({ host: target.address, port: target.port });
  let secure: tls.TLSSocket | undefined;
  let stage: 'connect' | 'smtp' | 'tls' = 'connect';
  const timer = setTimeout(() => (secure ?? socket).destroy(Object.assign(new Error(`timed out after ${options.timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })), options.timeoutMs);
  const onAbort = (): void => {
    (secure ?? socket).destroy(Object.assign(new Error('the per-domain deadline ended the probe'), { code: 'ETIMEDOUT' }));
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    stage = 'smtp';
    const reader = new ReplyReader(socket);
    const greeting = await reader.next();
    result.banner = greeting.lines[0]?.slice(0, 120) ?? null;
    if (greeting.code !== 220) throw Object.assign(new Error(`the greeting is ${greeting.code} ${greeting.lines[0] ?? ''}`.trim()), { code: 'EPROTO' });

    socket.write(`EHLO ${heloName()}\r\n`);
    const ehlo = await reader.next();
    if (ehlo.code !== 250) throw Object.assign(new Error(`the server replied ${ehlo.code} to EHLO`), { code: 'EPROTO' });
    if (!ehlo.lines.some((line) => /^STARTTLS\b/i.test(line))) {
      result.outcome = 'no-starttls';
      socket.write('QUIT\r\n');
      return result;
    }

    socket.write('STARTTLS\r\n');
    const ready = await reader.next();
    if (ready.code !== 220) {
      result.outcome = 'no-starttls';
      result.error = { code: 'STARTTLS_REFUSED', message: `the server replied ${ready.code} to STARTTLS` };
      return result;
    }

    stage = 'tls';
    reader.detach(socket);
    secure = tls.connect({ socket, ...tlsOptions(target.host, options.ca) });
    await new Promise<void>((resolve, reject) => {
      secure!.once('secureConnect', resolve);
      secure!.once('error', reject);
    });
    result.certificate = certificateFacts(secure);
    secure.write('QUIT\r\n');
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? 'ERROR');
    const message = error instanceof Error ? error.message : String(error);
    result.error = { code, message: code === 'ECONNREFUSED' ? 'connection refused' : message };
    if (code === 'ETIMEDOUT') result.outcome = 'timeout';
    else if (stage === 'connect') result.outcome = 'unreachable';
    else if (stage === 'tls') {
      result.outcome = 'tls-failed';
      result.error.message = opensslReason(message);
    }
    else result.outcome = 'protocol-error';
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    secure?.destroy();
    socket.destroy();
  }
  return result;
}

/** Returns the EHLO name: this machine's name when it looks like a domain, else a name that identifies the tool. */
function heloName(): string {
  const name = hostname();
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(name) ? name : 'mta-sts-guard.invalid';
}
