/**
 * A stub resolver that queries recursive DNS servers directly over UDP, and
 * over TCP when a response is truncated. Unlike the system resolver API, it
 * returns TTLs and CNAME chains, and distinguishes NXDOMAIN, no data,
 * SERVFAIL and a timeout.
 */

import { randomInt } from 'node:crypto';
import dgram from 'node:dgram';
import { getServers } from 'node:dns';
import net from 'node:net';

import * as packet from 'dns-packet';

import { isIpAddress } from '../../core/live/connect-to.js';
import type { DnsLookup, DnsStatus, MxRecord } from '../../core/live/state.js';
import { UsageError } from '../errors.js';

export interface DnsServer {
  host: string;
  port: number;
}

export interface DnsClientOptions {
  servers: DnsServer[];
  /** Milliseconds to wait for one response. */
  timeoutMs: number;
  /** How many more times each question is asked after a timeout. */
  retries: number;
}

type RecordType = DnsLookup<unknown>['type'];
type RecordOf<T extends RecordType> = T extends 'MX' ? MxRecord : string;

interface RawAnswer {
  rcode: string;
  truncated: boolean;
  answers: packet.Answer[];
}

class QueryTimeout extends Error {}

const MAX_CNAME_STEPS = 8;
const MAX_IN_FLIGHT = 128;
const EDNS_PAYLOAD = 1232;

/** Parses `--resolver HOST[:PORT]` values (`[::1]:5353` for IPv6 with a port). */
export function parseResolvers(values: readonly string[]): DnsServer[] {
  return values.map((value) => {
    const bracketed = /^\[([^\]]+)\](?::([0-9]{1,5}))?$/.exec(value);
    const plain = /^([^:]+)(?::([0-9]{1,5}))?$/.exec(value);
    const host = bracketed?.[1] ?? (isIpAddress(value) ? value : plain?.[1]);
    const port = Number((bracketed ? bracketed[2] : isIpAddress(value) ? undefined : plain?.[2]) ?? 53);
    if (!host || !isIpAddress(host) || !(port >= 1 && port <= 65535)) {
      throw new UsageError(`--resolver \`${value}\` is invalid; expected an IP address with an optional port, such as 9.9.9.9, 127.0.0.1:5353 or [2620:fe::fe]:53`);
    }
    return { host, port };
  });
}

/** Returns the servers of the system configuration (`/etc/resolv.conf` on Linux), as Node reads them. */
export function systemResolvers(): DnsServer[] {
  const servers = getServers().map((entry) => parseResolvers([entry])[0]!);
  if (servers.length === 0) throw new UsageError('no DNS server is configured on this system; name one with `--resolver`');
  return servers;
}

export class DnsClient {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly options: DnsClientOptions) {}

  get servers(): readonly DnsServer[] {
    return this.options.servers;
  }

  /** Looks up `name`, following CNAMEs, and returns how the lookup ended; failures are a status, not an exception. */
  async lookup<T extends RecordType>(name: string, type: T, signal?: AbortSignal): Promise<DnsLookup<RecordOf<T>>> {
    const result: DnsLookup<RecordOf<T>> = { name, type, status: 'ok', records: [], ttl: null, cnames: [] };
    let current = name.toLowerCase().replace(/\.$/, '');

    for (let step = 0; step <= MAX_CNAME_STEPS; step++) {
      let raw: RawAnswer;
      try {
        raw = await this.ask(current, type, signal);
      } catch (error) {
        result.status = error instanceof QueryTimeout || signal?.aborted ? 'timeout' : 'error';
        if (signal?.aborted) result.detail = 'the per-domain deadline ended the lookup';
        else if (error instanceof QueryTimeout) result.detail = `no response from ${this.describeServers()} after ${this.options.retries + 1} tries of ${this.options.timeoutMs / 1000} s`;
        else result.detail = describeError(error);
        return result;
      }

      // A recursive server returns the whole chain in one response, so follow it there first.
      let followed = true;
      while (followed) {
        followed = false;
        for (const answer of raw.answers) {
          if (answer.type === 'CNAME' && answer.name.toLowerCase() === current && typeof answer.data === 'string') {
            const target = answer.data.toLowerCase().replace(/\.$/, '');
            result.cnames.push({ name: current, target, ttl: answer.ttl ?? 0 });
            current = target;
            followed = result.cnames.length <= MAX_CNAME_STEPS;
            break;
          }
        }
      }

      const matching = raw.answers.filter((answer) => answer.type === type && answer.name.toLowerCase() === current);
      if (raw.rcode !== 'NOERROR') {
        result.status = rcodeStatus(raw.rcode);
        if (result.status !== 'nxdomain') result.detail = `from ${this.describeServers()}`;
        return result;
      }
      if (matching.length > 0) {
        result.records = matching.map((answer) => toRecord(answer) as RecordOf<T>);
        if (type === 'TXT') {
          const strings = matching.map(txtStrings);
          if (strings.some((parts) => parts.length > 1)) result.strings = strings;
        }
        result.ttl = Math.min(...matching.map((answer) => ('ttl' in answer ? (answer.ttl ?? 0) : 0)));
        return result;
      }
      // A response that ends in a CNAME without the target's records needs a query for the target itself.
      if (result.cnames.length > 0 && result.cnames.at(-1)!.target === current && step < MAX_CNAME_STEPS && raw.answers.length > 0) continue;
      result.status = 'nodata';
      return result;
    }

    result.status = 'error';
    result.detail = `CNAME chain longer than ${MAX_CNAME_STEPS} steps`;
    return result;
  }

  private describeServers(): string {
    return this.options.servers.map((server) => (server.port === 53 ? server.host : `${server.host.includes(':') ? `[${server.host}]` : server.host}:${server.port}`)).join(', ');
  }

  /** Asks each server in turn, with retries; SERVFAIL and REFUSED move on to the next server. */
  private async ask(name: string, type: RecordType, signal?: AbortSignal): Promise<RawAnswer> {
    let last: RawAnswer | undefined;
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      for (const server of this.options.servers) {
        if (signal?.aborted) throw new QueryTimeout();
        try {
          let answer = await this.limited(() => this.queryUdp(server, name, type, signal));
          if (answer.truncated) answer = await this.limited(() => this.queryTcp(server, name, type, signal));
          if (answer.rcode !== 'SERVFAIL' && answer.rcode !== 'REFUSED') return answer;
          last = answer;
        } catch (error) {
          lastError = error;
        }
      }
      if (last) return last;
      if (!(lastError instanceof QueryTimeout)) break;
    }
    throw lastError ?? new QueryTimeout();
  }

  /**
   * Runs a query with at most MAX_IN_FLIGHT queries outstanding. A burst of
   * more UDP queries than a server's receive queue holds (256 datagrams on
   * Linux loopback, measured) loses the rest, which then wait a whole timeout.
   */
  private async limited<T>(query: () => Promise<T>): Promise<T> {
    // A finished query hands its slot straight to the next waiting one, so the count never exceeds the limit.
    if (this.inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inFlight++;
    try {
      return await query();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.inFlight--;
    }
  }

  private query(name: string, type: RecordType): { id: number; message: Buffer } {
    const id = randomInt(0, 65536);
    const message = packet.encode({
      type: 'query',
      id,
      flags: packet.RECURSION_DESIRED,
      questions: [{ type, name, class: 'IN' }],
      additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_PAYLOAD, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
    });
    return { id, message };
  }

  /**
   * Runs one exchange with a timeout and the caller's abort signal; `start`
   * gets a `finish` that settles the exchange once and closes the socket.
   */
  private exchange(signal: AbortSignal | undefined, start: (finish: (error: unknown, answer?: RawAnswer) => void) => { close(): void }): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      let settled = false;
      // Filled in after `start` returns; `finish` may run before that, from inside `start`.
      const opened: { socket?: { close(): void } } = {};
      const finish = (error: unknown, answer?: RawAnswer): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        opened.socket?.close();
        if (answer) resolve(answer);
        else reject(error);
      };
      const onAbort = (): void => finish(new QueryTimeout());
      const timer = setTimeout(() => finish(new QueryTimeout()), this.options.timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      opened.socket = start(finish);
      if (settled) opened.socket.close();
    });
  }

  private queryUdp(server: DnsServer, name: string, type: RecordType, signal?: AbortSignal): Promise<RawAnswer> {
    const { id, message } = this.query(name, type);
    return this.exchange(signal, (finish) => {
      const socket = dgram.createSocket(net.isIPv6(server.host) ? 'udp6' : 'udp4');
      socket.on('error', (error) => finish(error));
      socket.on('message', (data) => {
        const answer = decodeAnswer(data, id, name, type);
        // A datagram that does not answer this question is ignored, as resolvers do against spoofing.
        if (answer) finish(null, answer);
      });
      socket.send(message, server.port, server.host, (error) => {
        if (error) finish(error);
      });
      return socket;
    });
  }

  private queryTcp(server: DnsServer, name: string, type: RecordType, signal?: AbortSignal): Promise<RawAnswer> {
    const { id, message } = this.query(name, type);
    return this.exchange(signal, (finish) => {
      const socket = net.connect({ host: server.host, port: server.port });
      let buffer = Buffer.alloc(0);
      socket.on('error', (error) => finish(error));
      socket.on('connect', () => {
        const length = Buffer.alloc(2);
        length.writeUInt16BE(message.length);
        socket.write(Buffer.concat([length, message]));
      });
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        if (buffer.length < 2) return;
        const size = buffer.readUInt16BE(0);
        if (buffer.length < size + 2) return;
        const answer = decodeAnswer(buffer.subarray(2, size + 2), id, name, type);
        finish(answer ? null : new Error(`the TCP response from ${server.host} does not match the query`), answer ?? undefined);
      });
      socket.on('end', () => finish(new Error(`${server.host} closed the TCP connection without a response`)));
      return { close: () => socket.destroy() };
    });
  }
}

function decodeAnswer(data: Buffer, id: number, name: string, type: RecordType): RawAnswer | null {
  let decoded: packet.DecodedPacket;
  try {
    decoded = packet.decode(data);
  } catch {
    return null;
  }
  const question = decoded.questions?.[0];
  if (decoded.id !== id || decoded.type !== 'response' || !question || question.name.toLowerCase() !== name || question.type !== type) return null;
  return {
    rcode: (decoded as { rcode?: string }).rcode ?? 'NOERROR',
    truncated: decoded.flag_tc,
    answers: decoded.answers ?? [],
  };
}

function rcodeStatus(rcode: string): DnsStatus {
  if (rcode === 'NXDOMAIN') return 'nxdomain';
  if (rcode === 'SERVFAIL') return 'servfail';
  if (rcode === 'REFUSED') return 'refused';
  return 'error';
}

const UTF8 = new TextDecoder('utf-8');

function txtStrings(answer: packet.Answer): string[] {
  if (answer.type !== 'TXT') return [];
  const parts = Array.isArray(answer.data) ? answer.data : [answer.data];
  return parts.map((part) => (typeof part === 'string' ? part : UTF8.decode(part)));
}

function toRecord(answer: packet.Answer): string | MxRecord {
  // The strings of one TXT record form one value, joined without separators (RFC 8461 §3.1).
  if (answer.type === 'TXT') return txtStrings(answer).join('');
  if (answer.type === 'MX') {
    const exchange = answer.data.exchange.toLowerCase().replace(/\.$/, '');
    return { preference: answer.data.preference ?? 0, exchange };
  }
  return 'data' in answer ? String(answer.data) : '';
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
