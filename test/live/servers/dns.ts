/**
 * A DNS server on a loopback address that serves a test zone over UDP and TCP
 * on one port, in place of the resolver that the live checks query. Every name can return
 * records or simulate a failure: NXDOMAIN, no data, SERVFAIL, REFUSED, no
 * response at all, or a truncated UDP response that the client must retry
 * over TCP. Like a recursive resolver, the server follows CNAME chains inside
 * the zone and returns the whole chain in one answer.
 */

import dgram from 'node:dgram';
import net from 'node:net';

import {
  AUTHORITATIVE_ANSWER,
  RECURSION_AVAILABLE,
  RECURSION_DESIRED,
  TRUNCATED_RESPONSE,
  decode,
  encode,
  type Answer,
  type DecodedPacket,
  type OptAnswer,
  type Question,
} from 'dns-packet';

export type TestRecord =
  | {
      type: 'TXT';
      /** A string array is several character-strings in one record, as a TXT record longer than 255 bytes needs. */
      data: string | string[];
      ttl?: number;
    }
  | { type: 'MX'; preference: number; exchange: string; ttl?: number }
  | { type: 'A'; address: string; ttl?: number }
  | { type: 'AAAA'; address: string; ttl?: number }
  | { type: 'CNAME'; target: string; ttl?: number };

/**
 * The records of one owner name and how the server treats queries for it.
 * `drop` takes precedence over `rcode`, and both apply when the name is
 * reached through a CNAME chain as well.
 */
export interface NameEntry {
  records?: TestRecord[];
  /** The response code to send instead of the records. */
  rcode?: 'SERVFAIL' | 'REFUSED';
  /** When true, queries for the name get no response, so the client times out. */
  drop?: boolean;
  /** When true, UDP queries for the name get an empty response with the TC flag, so the client has to retry over TCP. */
  truncate?: boolean;
}

/** Owner names, in lowercase and without a trailing dot, mapped to their entries. */
export type TestZone = Record<string, NameEntry>;

export interface RecordedQuery {
  /** The name of the question as the client sent it, without a trailing dot. */
  name: string;
  /** The record type of the question, such as `TXT`. */
  type: string;
  transport: 'udp' | 'tcp';
}

export interface TestDnsServer {
  host: string;
  /** The port of both the UDP socket and the TCP listener. */
  port: number;
  /** Every query that had a question, in order of arrival, including the ones that got no response. */
  queries: RecordedQuery[];
  /** Socket errors caught on the UDP socket and the TCP connections. */
  errors: Error[];
  /** Replaces the zone for the queries that arrive from now on. Throws on a record that cannot be encoded. */
  setZone(zone: TestZone): void;
  /** Closes the UDP socket, the TCP listener and every open TCP connection. Later calls return the same promise. */
  close(): Promise<void>;
}

export const DEFAULT_TTL = 300;

/** A response over UDP without EDNS must fit in 512 bytes (RFC 1035, section 4.2.1). */
const UDP_LIMIT_WITHOUT_EDNS = 512;

/** The UDP payload size the server advertises in its own OPT record: 1232 bytes, which DNS Flag Day 2020 recommends to avoid IP fragmentation. */
const SERVER_UDP_PAYLOAD_SIZE = 1232;

/** The number of CNAME records the server follows for one query before it gives up with SERVFAIL. */
const MAX_CNAME_STEPS = 8;

/** The number of times a new UDP port is tried when its TCP counterpart is already taken. */
const BIND_ATTEMPTS = 5;

const RCODES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

type Rcode = keyof typeof RCODES;

type Resolution = { kind: 'drop' } | { kind: 'respond'; rcode: Rcode; answers: Answer[] };

/** Starts the server on a random port of `host`, 127.0.0.1 unless given. */
export async function startDnsServer(zone: TestZone, options: { host?: '127.0.0.1' | '::1' } = {}): Promise<TestDnsServer> {
  const host = options.host ?? '127.0.0.1';
  let currentZone = normalizeZone(zone);
  const queries: RecordedQuery[] = [];
  const errors: Error[] = [];
  const connections = new Set<net.Socket>();

  const { udp, tcp, port } = await bindUdpAndTcp(host);

  udp.on('message', (message, remote) => {
    const response = respond(currentZone, queries, message, 'udp');
    if (response === null) {
      return;
    }
    udp.send(response, remote.port, remote.address, (error) => {
      if (error) {
        errors.push(error);
      }
    });
  });
  udp.on('error', (error) => errors.push(error));

  tcp.on('connection', (socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    socket.on('error', (error) => errors.push(error));
    serveTcpConnection(socket, (message) => respond(currentZone, queries, message, 'tcp'));
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= Promise.all([
      new Promise<void>((resolve) => udp.close(() => resolve())),
      new Promise<void>((resolve) => {
        tcp.close(() => resolve());
        for (const socket of connections) {
          socket.destroy();
        }
      }),
    ]).then(() => undefined);
    return closing;
  };

  return {
    host,
    port,
    queries,
    errors,
    setZone: (next) => {
      currentZone = normalizeZone(next);
    },
    close,
  };
}

/**
 * Records the query in `queries` and returns the response to it. Returns null
 * when the message is itself a response or the zone drops the name, because
 * the server sends nothing then.
 */
function respond(zone: Map<string, NameEntry>, queries: RecordedQuery[], message: Buffer, transport: 'udp' | 'tcp'): Buffer | null {
  let query: DecodedPacket;
  try {
    query = decode(message);
  } catch {
    return encodeFormatError(message);
  }
  if (query.type === 'response') {
    return null;
  }
  const question = query.questions?.[0];
  if (question === undefined) {
    return encodeFormatError(message);
  }

  queries.push({ name: question.name, type: question.type, transport });
  const resolution = resolve(zone, question);
  if (resolution.kind === 'drop') {
    return null;
  }

  const edns = query.additionals?.find((record): record is OptAnswer => record.type === 'OPT');
  const full = encodeResponse(query, question, resolution.rcode, resolution.answers, edns, false);
  if (transport === 'tcp') {
    return full;
  }

  // RFC 6891, section 6.2.5, treats a payload size below 512 as 512.
  const limit = edns === undefined ? UDP_LIMIT_WITHOUT_EDNS : Math.max(UDP_LIMIT_WITHOUT_EDNS, edns.udpPayloadSize);
  const truncate = zone.get(normalizeName(question.name))?.truncate === true;
  if (truncate || full.length > limit) {
    return encodeResponse(query, question, resolution.rcode, [], edns, true);
  }
  return full;
}

/**
 * Reads length-prefixed query messages from a TCP connection and writes each
 * response back with its own prefix. RFC 1035, section 4.2.2, puts the length
 * in two bytes before each message, and a client may send several queries on
 * one connection or split one across segments.
 */
function serveTcpConnection(socket: net.Socket, handle: (message: Buffer) => Buffer | null): void {
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 2) {
      const length = pending.readUInt16BE(0);
      if (pending.length < 2 + length) {
        break;
      }
      const message = pending.subarray(2, 2 + length);
      pending = pending.subarray(2 + length);

      const response = handle(message);
      if (response !== null) {
        const prefix = Buffer.alloc(2);
        prefix.writeUInt16BE(response.length);
        socket.write(Buffer.concat([prefix, response]));
      }
    }
  });
}

/**
 * Binds a UDP socket to a free port of `host`, then a TCP listener to the same
 * port. Another process may hold that TCP port, so a taken port makes it start
 * over with a new UDP port.
 */
async function bindUdpAndTcp(host: string): Promise<{ udp: dgram.Socket; tcp: net.Server; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const udp = dgram.createSocket(net.isIPv6(host) ? 'udp6' : 'udp4');
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(0, host, () => {
        udp.off('error', reject);
        resolve();
      });
    });
    const { port } = udp.address();

    const tcp = net.createServer();
    try {
      await new Promise<void>((resolve, reject) => {
        tcp.once('error', reject);
        tcp.listen(port, host, () => {
          tcp.off('error', reject);
          resolve();
        });
      });
      return { udp, tcp, port };
    } catch (error) {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || attempt === BIND_ATTEMPTS) {
        throw error;
      }
    }
  }
}

/**
 * Looks the question up in the zone. At a name with a CNAME record and no
 * records of the requested type, the CNAME record goes into the answer
 * section and the lookup continues at its target, as a recursive resolver does.
 */
function resolve(zone: Map<string, NameEntry>, question: Question): Resolution {
  const answers: Answer[] = [];
  let owner = question.name;

  for (let step = 0; ; step++) {
    const entry = zone.get(normalizeName(owner));
    if (entry === undefined) {
      return { kind: 'respond', rcode: 'NXDOMAIN', answers };
    }
    if (entry.drop === true) {
      return { kind: 'drop' };
    }
    if (entry.rcode !== undefined) {
      return { kind: 'respond', rcode: entry.rcode, answers: [] };
    }

    const records = entry.records ?? [];
    const matching = records.filter((record) => record.type === question.type);
    if (matching.length > 0) {
      answers.push(...matching.map((record) => toAnswer(owner, record)));
      return { kind: 'respond', rcode: 'NOERROR', answers };
    }

    const alias = records.find((record) => record.type === 'CNAME');
    if (alias === undefined) {
      return { kind: 'respond', rcode: 'NOERROR', answers };
    }
    // A chain longer than this is most likely a loop, and resolvers give up on it with SERVFAIL.
    if (step === MAX_CNAME_STEPS) {
      return { kind: 'respond', rcode: 'SERVFAIL', answers: [] };
    }
    answers.push(toAnswer(owner, alias));
    owner = alias.target;
  }
}

function toAnswer(name: string, record: TestRecord): Answer {
  const ttl = record.ttl ?? DEFAULT_TTL;
  switch (record.type) {
    case 'TXT':
      return { type: 'TXT', name, ttl, class: 'IN', data: Array.isArray(record.data) ? [...record.data] : record.data };
    case 'MX':
      return { type: 'MX', name, ttl, class: 'IN', data: { preference: record.preference, exchange: record.exchange } };
    case 'A':
      return { type: 'A', name, ttl, class: 'IN', data: record.address };
    case 'AAAA':
      return { type: 'AAAA', name, ttl, class: 'IN', data: record.address };
    case 'CNAME':
      return { type: 'CNAME', name, ttl, class: 'IN', data: record.target };
  }
}

/** Encodes a response with the AA and RA flags, the query's id, RD flag and question, and an OPT record if the query had one. */
function encodeResponse(query: DecodedPacket, question: Question, rcode: Rcode, answers: Answer[], edns: OptAnswer | undefined, truncated: boolean): Buffer {
  let flags = AUTHORITATIVE_ANSWER | RECURSION_AVAILABLE | RCODES[rcode];
  if (query.flag_rd) {
    flags |= RECURSION_DESIRED;
  }
  if (truncated) {
    flags |= TRUNCATED_RESPONSE;
  }

  const additionals: Answer[] = [];
  if (edns !== undefined) {
    additionals.push({ type: 'OPT', name: '.', udpPayloadSize: SERVER_UDP_PAYLOAD_SIZE, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] });
  }

  return encode({ type: 'response', id: query.id ?? 0, flags, questions: [question], answers, additionals });
}

/** Encodes a FORMERR response to a message that is not a valid query, or returns null when not even its id can be read. */
function encodeFormatError(message: Buffer): Buffer | null {
  if (message.length < 2) {
    return null;
  }
  const flags = AUTHORITATIVE_ANSWER | RECURSION_AVAILABLE | RCODES.FORMERR;
  return encode({ type: 'response', id: message.readUInt16BE(0), flags, questions: [] });
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** Copies the zone into a map keyed by normalized owner name, and checks every value that dns-packet would otherwise encode into a corrupt message. */
function normalizeZone(zone: TestZone): Map<string, NameEntry> {
  const map = new Map<string, NameEntry>();
  for (const [name, entry] of Object.entries(zone)) {
    validateName(name, `owner name ${JSON.stringify(name)}`);
    for (const record of entry.records ?? []) {
      validateRecord(name, record);
    }
    map.set(normalizeName(name), entry);
  }
  return map;
}

function validateRecord(owner: string, record: TestRecord): void {
  const where = `${record.type} record of ${JSON.stringify(owner)}`;
  if (record.ttl !== undefined && !(Number.isInteger(record.ttl) && record.ttl >= 0 && record.ttl <= 0x7fffffff)) {
    throw new Error(`Invalid TTL ${record.ttl} in the ${where}: use an integer from 0 to 2147483647.`);
  }

  switch (record.type) {
    case 'TXT': {
      const strings = Array.isArray(record.data) ? record.data : [record.data];
      if (strings.length === 0) {
        throw new Error(`Invalid ${where}: it needs at least one character-string.`);
      }
      for (const text of strings) {
        if (Buffer.byteLength(text) > 255) {
          throw new Error(`Invalid ${where}: a character-string is ${Buffer.byteLength(text)} bytes long, and the maximum is 255. Split it into a string array.`);
        }
      }
      return;
    }
    case 'MX':
      if (!(Number.isInteger(record.preference) && record.preference >= 0 && record.preference <= 0xffff)) {
        throw new Error(`Invalid preference ${record.preference} in the ${where}: use an integer from 0 to 65535.`);
      }
      validateName(record.exchange, `exchange of the ${where}`);
      return;
    case 'A':
      if (!net.isIPv4(record.address)) {
        throw new Error(`Invalid ${where}: ${JSON.stringify(record.address)} is not an IPv4 address.`);
      }
      return;
    case 'AAAA':
      if (!net.isIPv6(record.address)) {
        throw new Error(`Invalid ${where}: ${JSON.stringify(record.address)} is not an IPv6 address.`);
      }
      return;
    case 'CNAME':
      validateName(record.target, `target of the ${where}`);
      return;
  }
}

/** Checks for empty labels and the length limits of RFC 1035, section 2.3.4, which dns-packet does not enforce. The root name `.` is valid. */
function validateName(name: string, where: string): void {
  const trimmed = name.replace(/^\.|\.$/g, '');
  const labels = trimmed.length === 0 ? [] : trimmed.split('.');
  if (labels.includes('')) {
    throw new Error(`Invalid ${where}: the name has an empty label.`);
  }
  const wireLength = labels.reduce((total, label) => total + 1 + Buffer.byteLength(label), 1);
  if (wireLength > 255) {
    throw new Error(`Invalid ${where}: the name is ${wireLength} bytes long in wire format, and the maximum is 255.`);
  }
  for (const label of labels) {
    if (Buffer.byteLength(label) > 63) {
      throw new Error(`Invalid ${where}: the label ${JSON.stringify(label)} is longer than 63 bytes.`);
    }
  }
}
