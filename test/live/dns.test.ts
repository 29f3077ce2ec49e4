/**
 * The DNS half of the live checks against a real DNS server on loopback:
 * how each kind of answer is read and judged (RFC 8461 §3.1, §5).
 */

import { describe, expect, it } from 'vitest';

import { DnsClient } from '../../src/adapters/live/dns.js';
import type { TestZone } from './servers/dns.js';
import { DOMAIN, ID, POLICY_HOST, healthyZone, portRoute, useLiveWorld } from './support.js';

const world = useLiveWorld();
const STS_NAME = `_mta-sts.${DOMAIN}`;

interface DnsCase {
  name: string;
  zone: TestZone;
  expected: string[];
  /** The id the live summary shows. */
  id?: string | null;
  message?: RegExp;
}

const CASES: DnsCase[] = [
  { name: 'one STS record', zone: {}, expected: [], id: ID },
  { name: 'a record split into several strings', zone: { [STS_NAME]: { records: [{ type: 'TXT', data: ['v=STSv1; ', `id=${ID}`] }] } }, expected: [], id: ID },
  {
    name: 'two STS records',
    zone: { [STS_NAME]: { records: [{ type: 'TXT', data: `v=STSv1; id=${ID}` }, { type: 'TXT', data: 'v=STSv1; id=20250101000000' }] } },
    expected: ['STS315'],
    id: null,
    message: /2 TXT records at this name start with `v=STSv1`/,
  },
  {
    name: 'an unrelated TXT record beside the STS record',
    zone: { [STS_NAME]: { records: [{ type: 'TXT', data: 'google-site-verification=abc' }, { type: 'TXT', data: `v=STSv1; id=${ID}` }] } },
    expected: ['STS316'],
    id: ID,
  },
  {
    name: 'a CNAME chain',
    zone: {
      [STS_NAME]: { records: [{ type: 'CNAME', target: '_mta-sts.hosted.test' }] },
      '_mta-sts.hosted.test': { records: [{ type: 'CNAME', target: 'sts.provider.test' }] },
      'sts.provider.test': { records: [{ type: 'TXT', data: `v=STSv1; id=${ID}` }] },
    },
    expected: [],
    id: ID,
  },
  { name: 'NXDOMAIN', zone: { [STS_NAME]: undefined as never }, expected: ['STS601'], id: null, message: /does not exist in DNS \(NXDOMAIN\)/ },
  { name: 'no data', zone: { [STS_NAME]: { records: [] } }, expected: ['STS601'], id: null, message: /has no TXT record/ },
  { name: 'only records of other kinds', zone: { [STS_NAME]: { records: [{ type: 'TXT', data: 'v=spf1 -all' }] } }, expected: ['STS316', 'STS601'], id: null },
  { name: 'SERVFAIL', zone: { [STS_NAME]: { rcode: 'SERVFAIL' } }, expected: ['STS602'], id: null, message: /TXT lookup of `_mta-sts\.example\.test` ended in SERVFAIL \(from 127\.0\.0\.1:\d+\); this does not show whether the record exists/ },
  { name: 'a timeout', zone: { [STS_NAME]: { drop: true } }, expected: ['STS602'], id: null, message: /ended in a timeout/ },
  {
    name: 'a truncated UDP answer',
    zone: { [STS_NAME]: { truncate: true, records: [{ type: 'TXT', data: `v=STSv1; id=${ID}` }] } },
    expected: [],
    id: ID,
  },
  { name: 'an id split across two strings', zone: { [STS_NAME]: { records: [{ type: 'TXT', data: ['v=STSv1; id=2026', '0101000000'] }] } }, expected: ['STS317'], id: ID },
  { name: 'a TLS-RPT record with an error', zone: { [`_smtp._tls.${DOMAIN}`]: { records: [{ type: 'TXT', data: 'v=TLSRPTv1; rua=tlsrpt@example.test' }] } }, expected: ['STS403'] },
  { name: 'a policy host without an address', zone: { [POLICY_HOST]: { records: [] } }, expected: ['STS603'], message: /has no A or AAAA record/ },
  { name: 'a policy host that does not exist', zone: { [POLICY_HOST]: undefined as never }, expected: ['STS603'], message: /NXDOMAIN/ },
];

describe('DNS', () => {
  for (const testCase of CASES) {
    it(`reports ${testCase.expected.join(', ') || 'nothing'} for ${testCase.name}`, async () => {
      const server = await world.https();
      const report = await world.run(healthyZone(testCase.zone), { routes: [portRoute(POLICY_HOST, 443, server.port)] });

      expect(report.ids.filter((id) => !id.startsWith('STS0')).sort()).toEqual(testCase.expected);
      if (testCase.id !== undefined) expect(report.live[0]!.id).toBe(testCase.id);
      if (testCase.message) expect(report.findings.map((finding) => finding.message).join('\n')).toMatch(testCase.message);
    });
  }

  it('reports a domain that does not exist once', async () => {
    const report = await world.run({});
    expect(report.ids).toEqual(['STS622']);
    expect(report.findings[0]!.message).toMatch(/`example\.test` does not exist in DNS \(NXDOMAIN\); check the spelling/);
  });

  it('asks again over TCP after a truncated answer', async () => {
    await world.run(healthyZone({ [STS_NAME]: { truncate: true, records: [{ type: 'TXT', data: `v=STSv1; id=${ID}` }] } }));
    const transports = world.dns.queries.filter((query) => query.name.toLowerCase() === STS_NAME).map((query) => query.transport);
    expect(transports.slice(-2)).toEqual(['udp', 'tcp']);
  });

  it('shows the CNAME chain and the TTL', async () => {
    const client = new DnsClient({ servers: [{ host: world.dns.host, port: world.dns.port }], timeoutMs: 500, retries: 0 });
    world.dns.setZone(
      healthyZone({
        [STS_NAME]: { records: [{ type: 'CNAME', target: 'sts.provider.test', ttl: 3600 }] },
        'sts.provider.test': { records: [{ type: 'TXT', data: `v=STSv1; id=${ID}`, ttl: 120 }] },
      }),
    );
    const lookup = await client.lookup(STS_NAME, 'TXT');
    expect(lookup).toMatchObject({ status: 'ok', records: [`v=STSv1; id=${ID}`], ttl: 120, cnames: [{ name: STS_NAME, target: 'sts.provider.test', ttl: 3600 }] });
  });

  it('tells NXDOMAIN, no data, SERVFAIL and a timeout apart', async () => {
    const client = new DnsClient({ servers: [{ host: world.dns.host, port: world.dns.port }], timeoutMs: 200, retries: 1 });
    world.dns.setZone({ 'nodata.test': { records: [] }, 'fail.test': { rcode: 'SERVFAIL' }, 'slow.test': { drop: true }, 'refused.test': { rcode: 'REFUSED' } });
    const statuses = await Promise.all(['missing.test', 'nodata.test', 'fail.test', 'slow.test', 'refused.test'].map((name) => client.lookup(name, 'TXT').then((lookup) => lookup.status)));
    expect(statuses).toEqual(['nxdomain', 'nodata', 'servfail', 'timeout', 'refused']);
  });

  it('answers a burst of 400 lookups without loss', async () => {
    // More datagrams at once than the server's receive queue holds would be dropped and time out.
    const client = new DnsClient({ servers: [{ host: world.dns.host, port: world.dns.port }], timeoutMs: 3000, retries: 0 });
    world.dns.setZone(healthyZone());
    const lookups = await Promise.all(Array.from({ length: 400 }, () => client.lookup(STS_NAME, 'TXT')));
    expect(lookups.filter((lookup) => lookup.status !== 'ok')).toEqual([]);
  });

  it('ignores an answer to another question', async () => {
    // A response with the wrong id is ignored, as if the server had not responded.
    const { createSocket } = await import('node:dgram');
    const rogue = createSocket('udp4');
    const dnsPacket = await import('dns-packet');
    rogue.on('message', (message, peer) => {
      const query = dnsPacket.decode(message);
      const reply = dnsPacket.encode({ type: 'response', id: ((query.id ?? 0) + 1) % 65536, questions: query.questions ?? [], answers: [{ type: 'TXT', name: STS_NAME, data: 'v=STSv1; id=spoofed' }] });
      rogue.send(reply, peer.port, peer.address);
    });
    await new Promise<void>((resolve) => rogue.bind(0, '127.0.0.1', resolve));
    try {
      const client = new DnsClient({ servers: [{ host: '127.0.0.1', port: rogue.address().port }], timeoutMs: 200, retries: 0 });
      expect((await client.lookup(STS_NAME, 'TXT')).status).toBe('timeout');
    } finally {
      rogue.close();
    }
  });

  it('reads a null MX and an implicit MX', async () => {
    const client = new DnsClient({ servers: [{ host: world.dns.host, port: world.dns.port }], timeoutMs: 500, retries: 0 });
    world.dns.setZone({ 'null.test': { records: [{ type: 'MX', preference: 0, exchange: '.' }] }, 'implicit.test': { records: [{ type: 'A', address: '127.0.0.1' }] } });
    expect((await client.lookup('null.test', 'MX')).records).toEqual([{ preference: 0, exchange: '' }]);
    expect(await client.lookup('implicit.test', 'MX')).toMatchObject({ status: 'nodata', records: [] });
  });
});
