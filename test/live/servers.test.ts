/**
 * Self-tests of the loopback servers that the live checks run against. The
 * clients here use only Node's built-in modules and dns-packet, so a failure
 * points at the servers and not at the code under test.
 */

import dgram from 'node:dgram';
import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

import { decode, encode, type DecodedPacket, type RecordType } from 'dns-packet';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { startDnsServer, type TestDnsServer, type TestZone } from './servers/dns.js';
import { hangingHandler, policyHandler, slowHandler, startHttpsServer, statusHandler, type RequestHandler } from './servers/https.js';
import { createTestPki, TEST_CA_NAME, type TestPki } from './servers/pki.js';
import { startSmtpServer } from './servers/smtp.js';

const POLICY = 'version: STSv1\r\nmode: enforce\r\nmx: mx.example.com\r\nmax_age: 86400\r\n';
const POLICY_HOST = 'mta-sts.example.com';
const MX_HOST = 'mx.example.com';

/** Client timeout for one exchange, far below the test timeout so that a silent server fails the test with a clear message. */
const CLIENT_TIMEOUT_MS = 2_000;

let pki: TestPki;
const closers: Array<() => Promise<void>> = [];

beforeAll(() => {
  pki = createTestPki();
});

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Registers the server to be closed after the current test. */
function track<T extends { close(): Promise<void> }>(server: T): T {
  closers.push(() => server.close());
  return server;
}

function rcodeOf(packet: DecodedPacket): string {
  // dns-packet decodes the rcode, but its type declarations omit the field.
  return (packet as DecodedPacket & { rcode: string }).rcode;
}

/** Returns the data of each answer record, in order. */
function answerData(packet: DecodedPacket | undefined): unknown[] {
  // OPT is the only record type without a data field, and it never appears in the answer section.
  return (packet?.answers ?? []).map((answer) => ('data' in answer ? answer.data : undefined));
}

function encodeQuery(name: string, type: RecordType, udpPayloadSize?: number): Buffer {
  return encode({
    type: 'query',
    id: Math.floor(Math.random() * 0x10000),
    flags: 0x100,
    questions: [{ type, name, class: 'IN' }],
    additionals: udpPayloadSize === undefined ? [] : [{ type: 'OPT', name: '.', udpPayloadSize, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
  });
}

/** Sends one query over UDP and returns the decoded response, or rejects after `timeoutMs`. */
function queryUdp(server: TestDnsServer, name: string, type: RecordType, options: { udpPayloadSize?: number; timeoutMs?: number } = {}): Promise<{ query: DecodedPacket; response: DecodedPacket; size: number }> {
  const message = encodeQuery(name, type, options.udpPayloadSize);
  const socket = dgram.createSocket(net.isIPv6(server.host) ? 'udp6' : 'udp4');
  return new Promise<{ query: DecodedPacket; response: DecodedPacket; size: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`UDP query for ${name} ${type} timed out`)), options.timeoutMs ?? CLIENT_TIMEOUT_MS);
    socket.once('message', (data) => {
      clearTimeout(timer);
      resolve({ query: decode(message), response: decode(data), size: data.length });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.send(message, server.port, server.host);
  }).finally(() => socket.close());
}

/** Sends the queries over one TCP connection, all in one write, and returns the decoded responses in order. */
function queryTcp(server: TestDnsServer, questions: Array<{ name: string; type: RecordType }>): Promise<DecodedPacket[]> {
  const framed = questions.map(({ name, type }) => {
    const message = encodeQuery(name, type);
    const prefix = Buffer.alloc(2);
    prefix.writeUInt16BE(message.length);
    return Buffer.concat([prefix, message]);
  });

  const socket = net.connect(server.port, server.host);
  return new Promise<DecodedPacket[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('TCP queries timed out')), CLIENT_TIMEOUT_MS);
    const responses: DecodedPacket[] = [];
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const length = pending.readUInt16BE(0);
        responses.push(decode(pending.subarray(2, 2 + length)));
        pending = pending.subarray(2 + length);
      }
      if (responses.length === questions.length) {
        clearTimeout(timer);
        resolve(responses);
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.write(Buffer.concat(framed));
  }).finally(() => socket.destroy());
}

const LONG_TEXT = 'x'.repeat(200);

const ZONE: TestZone = {
  'example.com': { records: [{ type: 'MX', preference: 10, exchange: MX_HOST }] },
  '_mta-sts.example.com': { records: [{ type: 'TXT', data: 'v=STSv1; id=20240501T120000;' }] },
  '_smtp._tls.example.com': { records: [{ type: 'TXT', data: ['v=TLSRPTv1; ', 'rua=mailto:tls@example.com'], ttl: 60 }] },
  'mx.example.com': { records: [{ type: 'A', address: '127.0.0.1' }, { type: 'AAAA', address: '::1' }] },
  'servfail.example.com': { rcode: 'SERVFAIL' },
  'refused.example.com': { rcode: 'REFUSED' },
  'silent.example.com': { drop: true },
  '_mta-sts.alias.example': { records: [{ type: 'CNAME', target: 'hop.example.net' }] },
  'hop.example.net': { records: [{ type: 'CNAME', target: '_mta-sts.example.com' }] },
  'dangling.example.com': { records: [{ type: 'CNAME', target: 'missing.example.com' }] },
  'loop-a.example.com': { records: [{ type: 'CNAME', target: 'loop-b.example.com' }] },
  'loop-b.example.com': { records: [{ type: 'CNAME', target: 'loop-a.example.com' }] },
  'truncated.example.com': { truncate: true, records: [{ type: 'TXT', data: 'v=STSv1; id=1;' }] },
  'large.example.com': { records: [1, 2, 3].map((n) => ({ type: 'TXT' as const, data: `${n}${LONG_TEXT}` })) },
};

describe('test DNS server', { timeout: 5_000 }, () => {
  it('returns TXT records over UDP', async () => {
    const server = track(await startDnsServer(ZONE));
    const { query, response } = await queryUdp(server, '_MTA-STS.Example.COM', 'TXT');

    expect(rcodeOf(response)).toBe('NOERROR');
    expect(response.id).toBe(query.id);
    expect(response.flag_aa).toBe(true);
    expect(response.flag_ra).toBe(true);
    expect(response.flag_tc).toBe(false);
    expect(response.questions).toEqual([{ name: '_MTA-STS.Example.COM', type: 'TXT', class: 'IN' }]);
    expect(response.answers).toHaveLength(1);
    expect(response.answers?.[0]).toMatchObject({ type: 'TXT', name: '_MTA-STS.Example.COM', ttl: 300 });
    expect(answerData(response)[0]).toEqual([Buffer.from('v=STSv1; id=20240501T120000;')]);
    expect(server.queries).toEqual([{ name: '_MTA-STS.Example.COM', type: 'TXT', transport: 'udp' }]);
  });

  it('keeps character-strings in one record', async () => {
    const server = track(await startDnsServer(ZONE));
    const { response } = await queryUdp(server, '_smtp._tls.example.com', 'TXT');

    expect(response.answers).toHaveLength(1);
    expect(response.answers?.[0]).toMatchObject({ ttl: 60 });
    expect(answerData(response)[0]).toEqual([Buffer.from('v=TLSRPTv1; '), Buffer.from('rua=mailto:tls@example.com')]);
  });

  it('returns MX, A and AAAA records', async () => {
    const server = track(await startDnsServer(ZONE));
    const mx = await queryUdp(server, 'example.com', 'MX');
    const a = await queryUdp(server, MX_HOST, 'A');
    const aaaa = await queryUdp(server, MX_HOST, 'AAAA');

    expect(answerData(mx.response)[0]).toEqual({ preference: 10, exchange: MX_HOST });
    expect(answerData(a.response)[0]).toBe('127.0.0.1');
    expect(answerData(aaaa.response)[0]).toBe('::1');
  });

  it('returns NXDOMAIN for an absent name', async () => {
    const server = track(await startDnsServer(ZONE));
    const { response } = await queryUdp(server, 'absent.example.com', 'TXT');

    expect(rcodeOf(response)).toBe('NXDOMAIN');
    expect(response.answers).toEqual([]);
  });

  it('returns no data for an absent type', async () => {
    const server = track(await startDnsServer(ZONE));
    const { response } = await queryUdp(server, MX_HOST, 'TXT');

    expect(rcodeOf(response)).toBe('NOERROR');
    expect(response.answers).toEqual([]);
  });

  it('returns the configured rcode', async () => {
    const server = track(await startDnsServer(ZONE));
    const servfail = await queryUdp(server, 'servfail.example.com', 'TXT');
    const refused = await queryUdp(server, 'refused.example.com', 'TXT');

    expect(rcodeOf(servfail.response)).toBe('SERVFAIL');
    expect(rcodeOf(refused.response)).toBe('REFUSED');
  });

  it('drops queries for a silent name', async () => {
    const server = track(await startDnsServer(ZONE));

    await expect(queryUdp(server, 'silent.example.com', 'TXT', { timeoutMs: 300 })).rejects.toThrow('timed out');
    expect(server.queries).toEqual([{ name: 'silent.example.com', type: 'TXT', transport: 'udp' }]);
  });

  it('follows a CNAME chain', async () => {
    const server = track(await startDnsServer(ZONE));
    const { response } = await queryUdp(server, '_mta-sts.alias.example', 'TXT');

    expect(rcodeOf(response)).toBe('NOERROR');
    expect(response.answers?.map((answer) => [answer.type, answer.name, 'data' in answer ? answer.data : undefined])).toEqual([
      ['CNAME', '_mta-sts.alias.example', 'hop.example.net'],
      ['CNAME', 'hop.example.net', '_mta-sts.example.com'],
      ['TXT', '_mta-sts.example.com', [Buffer.from('v=STSv1; id=20240501T120000;')]],
    ]);
  });

  it('returns only the CNAME for a CNAME query', async () => {
    const server = track(await startDnsServer(ZONE));
    const { response } = await queryUdp(server, '_mta-sts.alias.example', 'CNAME');

    expect(answerData(response)).toEqual(['hop.example.net']);
  });

  it('returns NXDOMAIN for a dangling CNAME', async () => {
    const server = track(await startDnsServer(ZONE));
    const { response } = await queryUdp(server, 'dangling.example.com', 'TXT');

    expect(rcodeOf(response)).toBe('NXDOMAIN');
    expect(answerData(response)).toEqual(['missing.example.com']);
  });

  it('returns SERVFAIL for a CNAME loop', async () => {
    const server = track(await startDnsServer(ZONE));
    const { response } = await queryUdp(server, 'loop-a.example.com', 'TXT');

    expect(rcodeOf(response)).toBe('SERVFAIL');
    expect(response.answers).toEqual([]);
  });

  it('truncates over UDP and answers over TCP', async () => {
    const server = track(await startDnsServer(ZONE));
    const udp = await queryUdp(server, 'truncated.example.com', 'TXT');
    const [tcp] = await queryTcp(server, [{ name: 'truncated.example.com', type: 'TXT' }]);

    expect(udp.response.flag_tc).toBe(true);
    expect(udp.response.answers).toEqual([]);
    expect(tcp?.flag_tc).toBe(false);
    expect(answerData(tcp)[0]).toEqual([Buffer.from('v=STSv1; id=1;')]);
    expect(server.queries.map((query) => query.transport)).toEqual(['udp', 'tcp']);
  });

  it('truncates a response over 512 bytes without EDNS', async () => {
    const server = track(await startDnsServer(ZONE));
    const plain = await queryUdp(server, 'large.example.com', 'TXT');
    const small = await queryUdp(server, 'large.example.com', 'TXT', { udpPayloadSize: 512 });
    const edns = await queryUdp(server, 'large.example.com', 'TXT', { udpPayloadSize: 4096 });
    const [tcp] = await queryTcp(server, [{ name: 'large.example.com', type: 'TXT' }]);

    expect(plain.response.flag_tc).toBe(true);
    expect(plain.response.answers).toEqual([]);
    expect(small.response.flag_tc).toBe(true);
    expect(edns.response.flag_tc).toBe(false);
    expect(edns.response.answers).toHaveLength(3);
    expect(edns.size).toBeGreaterThan(512);
    expect(edns.response.additionals?.[0]).toMatchObject({ type: 'OPT', udpPayloadSize: 1232 });
    expect(tcp?.answers).toHaveLength(3);
  });

  it('answers several queries on one TCP connection', async () => {
    const server = track(await startDnsServer(ZONE));
    const responses = await queryTcp(server, [
      { name: 'example.com', type: 'MX' },
      { name: 'absent.example.com', type: 'TXT' },
    ]);

    expect(responses.map(rcodeOf)).toEqual(['NOERROR', 'NXDOMAIN']);
    expect(server.queries.map((query) => query.transport)).toEqual(['tcp', 'tcp']);
  });

  it('serves a replaced zone', async () => {
    const server = track(await startDnsServer(ZONE));
    server.setZone({ 'example.com': { rcode: 'SERVFAIL' } });
    const { response } = await queryUdp(server, 'example.com', 'MX');

    expect(rcodeOf(response)).toBe('SERVFAIL');
  });

  it('rejects a character-string over 255 bytes', async () => {
    const server = track(await startDnsServer({}));

    expect(() => server.setZone({ 'example.com': { records: [{ type: 'TXT', data: 'x'.repeat(256) }] } })).toThrow('maximum is 255');
  });

  it('listens on ::1 for UDP and TCP', async () => {
    const server = track(await startDnsServer(ZONE, { host: '::1' }));
    const udp = await queryUdp(server, MX_HOST, 'AAAA');
    const [tcp] = await queryTcp(server, [{ name: MX_HOST, type: 'A' }]);

    expect(server.host).toBe('::1');
    expect(answerData(udp.response)[0]).toBe('::1');
    expect(answerData(tcp)[0]).toBe('127.0.0.1');
  });
});

interface HttpsResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(host: string, port: number, path: string): Promise<HttpsResult> {
  return new Promise<HttpsResult>((resolve, reject) => {
    const request = https.get({ host, port, path, servername: POLICY_HOST, headers: { host: POLICY_HOST }, ca: pki.caPem, agent: false, timeout: CLIENT_TIMEOUT_MS }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`GET https://${host}:${port}${path} timed out`)));
    request.on('error', reject);
  });
}

/** Connects with TLS and returns the error code of the handshake, or null when the certificate was accepted. */
function handshakeError(port: number, servername: string): Promise<string | null> {
  return new Promise<string | null>((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername, ca: pki.caPem, timeout: CLIENT_TIMEOUT_MS });
    socket.once('secureConnect', () => {
      socket.destroy();
      resolve(null);
    });
    socket.once('timeout', () => socket.destroy(Object.assign(new Error('TLS handshake timed out'), { code: 'ETIMEDOUT' })));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function startPolicyHost(handler: RequestHandler, options: { host?: '127.0.0.1' | '::1'; names?: string[] } = {}) {
  const { cert, key } = pki.issue({ names: options.names ?? [POLICY_HOST] });
  return track(await startHttpsServer({ host: options.host, cert, key, handler }));
}

describe('test PKI', { timeout: 5_000 }, () => {
  it('issues certificates the CA signed', () => {
    const ca = new X509Certificate(pki.caPem);
    const leaf = new X509Certificate(pki.issue({ names: [POLICY_HOST, MX_HOST], ipAddresses: ['127.0.0.1', '::1'] }).cert);

    expect(ca.ca).toBe(true);
    expect(ca.subject).toBe(`CN=${TEST_CA_NAME}`);
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.subject).toBe(`CN=${POLICY_HOST}`);
    expect(leaf.subjectAltName).toBe(`DNS:${POLICY_HOST}, DNS:${MX_HOST}, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1`);
  });

  it('omits subjectAltName without names', () => {
    const leaf = new X509Certificate(pki.issue({ commonName: POLICY_HOST }).cert);

    expect(leaf.subject).toBe(`CN=${POLICY_HOST}`);
    expect(leaf.subjectAltName).toBeUndefined();
  });

  it('signs a self-signed certificate with its own key', () => {
    const leaf = new X509Certificate(pki.issue({ names: [POLICY_HOST], selfSigned: true }).cert);

    expect(leaf.issuer).toBe(`CN=${POLICY_HOST}`);
    expect(leaf.verify(leaf.publicKey)).toBe(true);
  });
});

describe('test HTTPS server', { timeout: 5_000 }, () => {
  for (const host of ['127.0.0.1', '::1'] as const) {
    it(`serves a policy on ${host}`, async () => {
      const server = await startPolicyHost(policyHandler(POLICY), { host });
      const result = await get(host, server.port, '/.well-known/mta-sts.txt');

      expect(result.status).toBe(200);
      expect(result.headers['content-type']).toBe('text/plain');
      expect(result.body).toBe(POLICY);
      expect(server.requests).toEqual([{ method: 'GET', url: '/.well-known/mta-sts.txt', host: POLICY_HOST, servername: POLICY_HOST }]);
    });
  }

  it('sends the status and headers of statusHandler', async () => {
    const server = await startPolicyHost(statusHandler(301, { Location: 'https://elsewhere.example.com/' }));
    const result = await get('127.0.0.1', server.port, '/.well-known/mta-sts.txt');

    expect(result.status).toBe(301);
    expect(result.headers.location).toBe('https://elsewhere.example.com/');
    expect(result.body).toBe('');
  });

  it('replaces the content type of policyHandler', async () => {
    const server = await startPolicyHost(policyHandler(POLICY, { 'Content-Type': 'text/html' }));
    const result = await get('127.0.0.1', server.port, '/.well-known/mta-sts.txt');

    expect(result.headers['content-type']).toBe('text/html');
  });

  it('sends the whole body of slowHandler', async () => {
    const server = await startPolicyHost(slowHandler(POLICY, 20));
    const started = Date.now();
    const result = await get('127.0.0.1', server.port, '/');

    expect(result.body).toBe(POLICY);
    // Five 16-byte pieces with 20 ms before each one.
    expect(Date.now() - started).toBeGreaterThanOrEqual(80);
  });

  it('closes a response that hangingHandler never ends', async () => {
    const server = await startPolicyHost(hangingHandler());
    const firstChunk = new Promise<string>((resolve, reject) => {
      const request = https.get({ host: '127.0.0.1', port: server.port, path: '/', servername: POLICY_HOST, ca: pki.caPem, agent: false }, (response) => {
        response.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8')));
        response.on('error', () => undefined);
      });
      request.on('error', reject);
    });

    expect(await firstChunk).toContain('version: STSv1');
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('limits the TLS version with maxVersion', async () => {
    const { cert, key } = pki.issue({ names: [POLICY_HOST] });
    const server = track(await startHttpsServer({ cert, key, handler: policyHandler(POLICY), maxVersion: 'TLSv1.2' }));
    const protocol = await new Promise<string | null>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port: server.port, servername: POLICY_HOST, ca: pki.caPem }, () => {
        resolve(socket.getProtocol());
        socket.destroy();
      });
      socket.on('error', reject);
    });

    expect(protocol).toBe('TLSv1.2');
  });

  it('TLS accepts a certificate for the name', async () => {
    const server = await startPolicyHost(policyHandler(POLICY));

    expect(await handshakeError(server.port, POLICY_HOST)).toBeNull();
  });

  it('TLS rejects an expired certificate', async () => {
    const { cert, key } = pki.issue({ names: [POLICY_HOST], notBefore: new Date(Date.now() - 10 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) });
    const server = track(await startHttpsServer({ cert, key, handler: policyHandler(POLICY) }));

    expect(await handshakeError(server.port, POLICY_HOST)).toBe('CERT_HAS_EXPIRED');
  });

  it('TLS rejects a self-signed certificate', async () => {
    const { cert, key } = pki.issue({ names: [POLICY_HOST], selfSigned: true });
    const server = track(await startHttpsServer({ cert, key, handler: policyHandler(POLICY) }));

    expect(await handshakeError(server.port, POLICY_HOST)).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('TLS rejects a certificate for another name', async () => {
    const server = await startPolicyHost(policyHandler(POLICY), { names: ['other.example.net'] });

    expect(await handshakeError(server.port, POLICY_HOST)).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });
});

/**
 * Returns the next complete SMTP reply on `stream`, all its lines included.
 * The stream is paused between replies so that nothing is lost while no
 * listener is attached.
 */
function readReply(stream: Duplex): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let text = '';
    const finish = (error: Error | null): void => {
      clearTimeout(timer);
      stream.off('data', onData);
      stream.off('error', finish);
      stream.pause();
      if (error) {
        reject(error);
      } else {
        resolve(text);
      }
    };
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('latin1');
      // A reply is complete once a line has a space after its code (RFC 5321, section 4.2.1).
      if (/(?:^|\r\n)\d{3}(?: [^\r\n]*)?\r\n$/.test(text)) {
        finish(null);
      }
    };
    const timer = setTimeout(() => finish(new Error(`SMTP reply timed out after ${JSON.stringify(text)}`)), CLIENT_TIMEOUT_MS);
    stream.on('data', onData);
    stream.on('error', finish);
    stream.resume();
  });
}

async function command(stream: Duplex, line: string): Promise<string> {
  stream.write(`${line}\r\n`);
  return readReply(stream);
}

function connect(port: number, host = '127.0.0.1'): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect(port, host, () => resolve(socket));
    socket.once('error', reject);
    closers.push(async () => {
      socket.destroy();
    });
  });
}

describe('test SMTP server', { timeout: 5_000 }, () => {
  it('advertises STARTTLS and upgrades', async () => {
    const { cert, key } = pki.issue({ names: [MX_HOST] });
    const server = track(await startSmtpServer({ cert, key, starttls: true, name: MX_HOST }));
    const socket = await connect(server.port);

    expect(await readReply(socket)).toMatch(/^220 mx\.example\.com ESMTP/);
    const ehlo = await command(socket, 'EHLO client.example.org');
    expect(ehlo).toMatch(/^250-mx\.example\.com/);
    expect(ehlo).toMatch(/^250[- ]STARTTLS\r$/m);
    expect(ehlo).not.toMatch(/^250[- ]AUTH/m);
    expect(await command(socket, 'STARTTLS')).toMatch(/^220 /);

    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const upgraded = tls.connect({ socket, servername: MX_HOST, ca: pki.caPem }, () => resolve(upgraded));
      upgraded.once('error', reject);
    });
    expect(secure.authorized).toBe(true);
    const secureEhlo = await command(secure, 'EHLO client.example.org');
    expect(secureEhlo).toMatch(/^250-mx\.example\.com/);
    expect(secureEhlo).not.toMatch(/STARTTLS/);
    expect(await command(secure, 'QUIT')).toMatch(/^221 /);
    secure.destroy();

    expect(server.sessions).toBe(1);
  });

  it('hides STARTTLS when disabled', async () => {
    const server = track(await startSmtpServer({ starttls: false, name: MX_HOST }));
    const socket = await connect(server.port);

    expect(await readReply(socket)).toMatch(/^220 /);
    const ehlo = await command(socket, 'EHLO client.example.org');
    expect(ehlo).toMatch(/^250/);
    expect(ehlo).not.toMatch(/STARTTLS/);
    expect(await command(socket, 'STARTTLS')).toMatch(/^5\d\d /);
  });

  it('listens on ::1', async () => {
    const server = track(await startSmtpServer({ host: '::1', starttls: false }));
    const socket = await connect(server.port, '::1');

    expect(await readReply(socket)).toMatch(/^220 localhost ESMTP/);
  });

  it('rejects STARTTLS without a certificate', async () => {
    await expect(startSmtpServer({ starttls: true })).rejects.toThrow('cert and key options are missing');
  });

  it('closes at once with a session open', async () => {
    const server = track(await startSmtpServer({ starttls: false }));
    const socket = await connect(server.port);
    await readReply(socket);
    const socketClosed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.resume();

    const started = Date.now();
    await server.close();
    await socketClosed;
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
