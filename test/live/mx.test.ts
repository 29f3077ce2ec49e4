/**
 * MX coverage (RFC 8461 §4.1) and the STARTTLS probe (§4.2, §5) against a
 * real DNS server and real SMTP servers on loopback.
 */

import { describe, expect, it } from 'vitest';

import { policyHandler } from './servers/https.js';
import type { TestZone } from './servers/dns.js';
import { DOMAIN, MX_HOST, POLICY_HOST, healthyZone, portRoute, useLiveWorld } from './support.js';

const world = useLiveWorld();
const DAY = 86_400_000;

function policyWith(mode: string, ...patterns: string[]): string {
  return `version: STSv1\nmode: ${mode}\n${patterns.map((pattern) => `mx: ${pattern}\n`).join('')}max_age: 604800\n`;
}

function mxZone(...hosts: string[]): TestZone {
  return { [DOMAIN]: { records: hosts.map((exchange, index) => ({ type: 'MX' as const, preference: 10 * (index + 1), exchange })) } };
}

interface CoverageCase {
  name: string;
  policy: string;
  zone: TestZone;
  expected: Array<[string, string]>;
  message?: RegExp;
}

const COVERAGE: CoverageCase[] = [
  { name: 'an MX that a literal pattern names', policy: policyWith('enforce', MX_HOST), zone: {}, expected: [] },
  { name: 'an MX in another case with a root dot', policy: policyWith('enforce', MX_HOST), zone: mxZone('MAIL.Example.TEST.'), expected: [] },
  { name: 'an MX one label below a wildcard', policy: policyWith('enforce', `*.${DOMAIN}`), zone: mxZone(`mx1.${DOMAIN}`), expected: [] },
  {
    name: 'an MX two labels below a wildcard',
    policy: policyWith('enforce', `*.${DOMAIN}`),
    zone: mxZone(`tenant.mx.${DOMAIN}`),
    expected: [['STS620', 'error'], ['STS621', 'notice']],
    message: /more than one label below `\*\.example\.test`/,
  },
  { name: 'an uncovered MX in testing mode', policy: policyWith('testing', MX_HOST), zone: mxZone(MX_HOST, `backup.${DOMAIN}`), expected: [['STS620', 'warning']], message: /`backup\.example\.test`.*testing mode senders still deliver/ },
  { name: 'an uncovered MX in mode none', policy: 'version: STSv1\nmode: none\nmax_age: 86400\n', zone: mxZone(`backup.${DOMAIN}`), expected: [] },
  { name: 'a pattern that matches no MX', policy: policyWith('enforce', MX_HOST, `old.${DOMAIN}`), zone: {}, expected: [['STS621', 'notice']], message: /`old\.example\.test`.*matches no current MX host/ },
  {
    name: 'no MX record and no pattern for the domain',
    policy: policyWith('enforce', `*.${DOMAIN}`),
    zone: { [DOMAIN]: { records: [{ type: 'A', address: '192.0.2.25' }] } },
    expected: [['STS620', 'error'], ['STS621', 'notice']],
    message: /no MX record, so senders deliver to `example\.test` itself/,
  },
  { name: 'no MX record and a pattern for the domain', policy: policyWith('enforce', DOMAIN), zone: { [DOMAIN]: { records: [{ type: 'AAAA', address: '2001:db8::25' }] } }, expected: [] },
  { name: 'no MX record and no address', policy: policyWith('enforce', MX_HOST), zone: { [DOMAIN]: { records: [] } }, expected: [['STS622', 'warning']], message: /no MX record and no A or AAAA record, so it receives no mail/ },
  { name: 'a domain that does not exist', policy: policyWith('enforce', MX_HOST), zone: { [DOMAIN]: undefined as never }, expected: [['STS622', 'error']], message: /does not exist in DNS \(NXDOMAIN\); check the spelling/ },
  { name: 'a null MX', policy: policyWith('enforce', MX_HOST), zone: { [DOMAIN]: { records: [{ type: 'MX', preference: 0, exchange: '.' }] } }, expected: [['STS622', 'warning']] },
];

describe('MX coverage', () => {
  for (const testCase of COVERAGE) {
    it(`reports ${testCase.expected.map(([id]) => id).join(', ') || 'nothing'} for ${testCase.name}`, async () => {
      const server = await world.https(policyHandler(testCase.policy));
      const report = await world.run(healthyZone(testCase.zone), { routes: [portRoute(POLICY_HOST, 443, server.port)] });
      const live = report.findings.filter((finding) => finding.ruleId.startsWith('STS6'));
      expect(live.map((finding) => [finding.ruleId, finding.severity])).toEqual(testCase.expected);
      if (testCase.message) expect(live.map((finding) => finding.message).join('\n')).toMatch(testCase.message);
    });
  }

  it('shows each MX with its coverage in the summary', async () => {
    const server = await world.https(policyHandler(policyWith('testing', MX_HOST)));
    const report = await world.run(healthyZone(mxZone(MX_HOST, `backup.${DOMAIN}`)), { routes: [portRoute(POLICY_HOST, 443, server.port)] });
    expect(report.live[0]!.mx.map((mx) => [mx.preference, mx.host, mx.covered])).toEqual([
      [10, MX_HOST, true],
      [20, `backup.${DOMAIN}`, false],
    ]);
    expect(report.live[0]!.mxCoverage).toBe('1/2');
  });
});

describe('STARTTLS on the MX hosts', () => {
  async function probe(smtp: Parameters<typeof world.smtp>[0], zone: TestZone = {}, policy = policyWith('enforce', MX_HOST), extra: { port?: number } = {}) {
    const https = await world.https(policyHandler(policy));
    const server = extra.port === undefined ? await world.smtp(smtp) : undefined;
    const report = await world.run(healthyZone(zone), {
      smtp: true,
      timeoutMs: 1500,
      routes: [portRoute(POLICY_HOST, 443, https.port), { host: null, port: 25, address: null, toPort: extra.port ?? server!.port, spec: `:25::${extra.port ?? server!.port}` }],
    });
    return report.findings.filter((finding) => finding.ruleId.startsWith('STS6')).map((finding) => [finding.ruleId, finding.severity, finding.message] as const);
  }

  it('reports nothing for an MX with STARTTLS and a valid certificate', async () => {
    expect(await probe({})).toEqual([]);
  });

  it('reports an MX without STARTTLS as an error in enforce mode', async () => {
    const findings = await probe({ starttls: false });
    expect(findings.map(([id, severity]) => [id, severity])).toEqual([['STS623', 'error']]);
    expect(findings[0]![2]).toMatch(/`mail\.example\.test` does not offer STARTTLS.*enforce mode senders do not deliver/);
  });

  it('reports an MX without STARTTLS as a warning in testing mode', async () => {
    const findings = await probe({ starttls: false }, {}, policyWith('testing', MX_HOST));
    expect(findings.map(([id, severity]) => [id, severity])).toEqual([['STS623', 'warning']]);
  });

  it('checks the MX certificate against the MX host name', async () => {
    const findings = await probe({ certificate: { names: [`other.${DOMAIN}`] } });
    expect(findings.map(([id, severity]) => [id, severity])).toEqual([['STS607', 'error']]);
    expect(findings[0]![2]).toMatch(/served for `mail\.example\.test` names `other\.example\.test`/);
  });

  it('accepts a one-label wildcard certificate on an MX', async () => {
    expect(await probe({ certificate: { names: [`*.${DOMAIN}`] } })).toEqual([]);
  });

  it('reports an expired MX certificate', async () => {
    const findings = await probe({ certificate: { names: [MX_HOST], notBefore: new Date(Date.now() - 90 * DAY), notAfter: new Date(Date.now() - DAY) } });
    expect(findings.map(([id]) => id)).toEqual(['STS606']);
  });

  it('reports a refused port 25 with both causes', async () => {
    const findings = await probe({}, {}, policyWith('enforce', MX_HOST), { port: 9 });
    expect(findings.map(([id, severity]) => [id, severity])).toEqual([['STS624', 'notice']]);
    expect(findings[0]![2]).toMatch(/refused the connection\. Either the host does not accept mail on port 25.*or this network rejects outgoing port 25/);
  });

  it('reports an MX host without an address', async () => {
    const findings = await probe({}, { [MX_HOST]: { records: [] } });
    expect(findings.map(([id]) => id)).toEqual(['STS624']);
    expect(findings[0]![2]).toMatch(/has no address/);
  });
});
