/**
 * The policy fetch against real HTTPS servers on loopback, one case per
 * behaviour a strict sender judges (RFC 8461 §3.2, §3.3).
 */

import { describe, expect, it } from 'vitest';

import { hangingHandler, policyHandler, slowHandler, statusHandler, type RequestHandler } from './servers/https.js';
import type { IssueOptions } from './servers/pki.js';
import { DOMAIN, POLICY, POLICY_HOST, healthyZone, portRoute, useLiveWorld } from './support.js';

const world = useLiveWorld();
const DAY = 86_400_000;

interface HttpsCase {
  name: string;
  handler?: RequestHandler;
  certificate?: IssueOptions;
  /** Options for the run beyond the route to the server. */
  run?: { timeoutMs?: number; slowMs?: number };
  expected: string[];
  /** Rules that must not appear. */
  absent?: string[];
  message?: RegExp;
}

const CASES: HttpsCase[] = [
  { name: 'a healthy policy host', expected: [] },
  { name: 'a redirect', handler: statusHandler(301, { location: `https://www.${DOMAIN}/.well-known/mta-sts.txt` }), expected: ['STS609'], message: /redirect to `https:\/\/www\.example\.test/ },
  { name: 'a redirect without a location', handler: statusHandler(302), expected: ['STS609'] },
  { name: '404', handler: statusHandler(404, { 'content-type': 'text/html' }, 'not found'), expected: ['STS610'], message: /404 Not Found/ },
  { name: '500', handler: statusHandler(500, {}, 'oops'), expected: ['STS610'], message: /status 500/ },
  { name: '204', handler: statusHandler(204), expected: ['STS610'], message: /status 204/ },
  { name: 'a wrong content type', handler: policyHandler(POLICY, { 'content-type': 'text/html; charset=utf-8' }), expected: ['STS611'], message: /served as `text\/html/ },
  { name: 'a missing content type', handler: rawHandler(POLICY, null), expected: ['STS611'], message: /no Content-Type/ },
  { name: 'a non-UTF-8 charset', handler: policyHandler(POLICY, { 'content-type': 'text/plain; charset=iso-8859-1' }), expected: ['STS612'], message: /charset=iso-8859-1/ },
  { name: 'a UTF-8 charset in quotes and upper case', handler: policyHandler(POLICY, { 'content-type': 'Text/Plain; Charset="UTF-8"' }), expected: [] },
  { name: 'a day of shared caching', handler: policyHandler(POLICY, { 'cache-control': 'public, max-age=86400' }), expected: ['STS616'], message: /`Cache-Control: public, max-age=86400`.*up to 86400 s/ },
  { name: 'a minute of caching', handler: policyHandler(POLICY, { 'cache-control': 'max-age=60' }), expected: [] },
  { name: 'a body over 64 KiB', handler: policyHandler(POLICY + `padding: ${'a'.repeat(70_000)}\n`), expected: ['STS613'], absent: ['STS102'] },
  { name: 'a server that sends slowly', handler: slowHandler(POLICY, 60, 16), run: { slowMs: 150 }, expected: ['STS614'], absent: ['STS605'] },
  { name: 'a server that never finishes', handler: hangingHandler(), run: { timeoutMs: 700 }, expected: ['STS605'], message: /no complete response/ },
  { name: 'an expired certificate', certificate: { names: [POLICY_HOST], notBefore: new Date(Date.now() - 100 * DAY), notAfter: new Date(Date.now() - 2 * DAY) }, expected: ['STS606'], message: /expired on/ },
  { name: 'a certificate expiring within 21 days', certificate: { names: [POLICY_HOST], notAfter: new Date(Date.now() + 10 * DAY) }, expected: ['STS608'], message: /in (9|10) day/ },
  { name: 'a certificate for another name', certificate: { names: [`www.${DOMAIN}`] }, expected: ['STS607'], message: /names `www\.example\.test`/ },
  { name: 'a wildcard two labels up', certificate: { names: ['*.test'] }, expected: ['STS607'] },
  { name: 'a one-label wildcard', certificate: { names: [`*.${DOMAIN}`] }, expected: [] },
  { name: 'a self-signed certificate', certificate: { names: [POLICY_HOST], selfSigned: true }, expected: ['STS606'], message: /self-signed/ },
  { name: 'a certificate with only a CN', certificate: { commonName: POLICY_HOST }, expected: ['STS607'], message: /only in its subject CN/ },
];

function rawHandler(body: string, contentType: string | null): RequestHandler {
  return (_request, response) => {
    response.removeHeader('content-type');
    response.writeHead(200, contentType === null ? {} : { 'content-type': contentType });
    response.end(body);
  };
}

describe('the policy host', () => {
  for (const testCase of CASES) {
    it(`reports ${testCase.expected.join(', ') || 'nothing'} for ${testCase.name}`, async () => {
      const server = await world.https(testCase.handler, testCase.certificate ? { certificate: testCase.certificate } : {});
      const report = await world.run(healthyZone(), { routes: [portRoute(POLICY_HOST, 443, server.port)], ...testCase.run });

      expect(report.ids.filter((id) => id.startsWith('STS6'))).toEqual(testCase.expected);
      for (const id of testCase.absent ?? []) expect(report.ids).not.toContain(id);
      if (testCase.message) expect(report.findings.map((finding) => finding.message).join('\n')).toMatch(testCase.message);
      // A strict sender's request: the policy path, SNI and Host set to the policy host.
      expect(server.requests.length + server.tlsErrors.length).toBeGreaterThan(0);
      for (const request of server.requests) {
        expect(request).toMatchObject({ method: 'GET', url: '/.well-known/mta-sts.txt', host: POLICY_HOST, servername: POLICY_HOST });
      }
    });
  }

  it('lints the served policy with the policy rules, at the URL', async () => {
    const server = await world.https(policyHandler('version: STSv1\nmode: Enforce\nmx: mail.example.test\nmax_age: 604800\n'));
    const report = await world.run(healthyZone(), { routes: [portRoute(POLICY_HOST, 443, server.port)] });
    const finding = report.findings.find((candidate) => candidate.ruleId === 'STS204');
    expect(finding).toMatchObject({ file: `<https://${POLICY_HOST}/.well-known/mta-sts.txt>`, span: { line: 2, column: 7 } });
  });

  it('marks a served policy that senders reject as invalid', async () => {
    const server = await world.https(policyHandler('version: STSv1\nmode: enforcing\nmx: mail.example.test\nmax_age: 604800\n'));
    const report = await world.run(healthyZone(), { routes: [portRoute(POLICY_HOST, 443, server.port)] });
    expect(report.live[0]!.policy).toBe('invalid');
    expect(report.ids).toContain('STS204');
  });

  it('records the address that a route replaces as not fetched', async () => {
    const server = await world.https();
    const route = { host: POLICY_HOST, port: 443, address: '127.0.0.1', toPort: server.port, spec: `${POLICY_HOST}:443:127.0.0.1:${server.port}` };
    const zone = healthyZone({ [POLICY_HOST]: { records: [{ type: 'A', address: '192.0.2.10' }, { type: 'AAAA', address: '2001:db8::10' }] } });
    const report = await world.run(zone, { routes: [route], allowPrivate: false });
    expect(report.ids).toEqual([]);
    expect(report.states[0]!.fetches.map((fetch) => [fetch.address, fetch.outcome])).toEqual([
      ['127.0.0.1', 'ok'],
      ['192.0.2.10', 'skipped'],
      ['2001:db8::10', 'skipped'],
    ]);
  });

  it('refuses a server that offers only TLS 1.1', async () => {
    const server = await world.https(undefined, { maxVersion: 'TLSv1.1' });
    const report = await world.run(healthyZone(), { routes: [portRoute(POLICY_HOST, 443, server.port)] });
    expect(report.ids).toContain('STS605');
    expect(report.findings.find((finding) => finding.ruleId === 'STS605')?.message).toMatch(/TLS handshake/);
  });

  it('reports a refused connection', async () => {
    const server = await world.https();
    const port = server.port;
    await server.close();
    const report = await world.run(healthyZone(), { routes: [portRoute(POLICY_HOST, 443, port)] });
    expect(report.findings.find((finding) => finding.ruleId === 'STS605')?.message).toMatch(/connection refused/);
  });

  it('fetches from an IPv6-only policy host', async () => {
    const server = await world.https(undefined, { host: '::1' });
    const zone = healthyZone({ [POLICY_HOST]: { records: [{ type: 'AAAA', address: '::1' }] } });
    const report = await world.run(zone, { routes: [portRoute(POLICY_HOST, 443, server.port)] });
    expect(report.ids).toEqual([]);
    expect(report.states[0]!.fetches.map((fetch) => [fetch.family, fetch.address, fetch.status])).toEqual([[6, '::1', 200]]);
  });

  it('reports IPv4 and IPv6 serving different bodies', async () => {
    const v4 = await world.https(policyHandler(POLICY));
    await world.https(policyHandler(POLICY.replace('enforce', 'testing')), { host: '::1', port: v4.port });
    const zone = healthyZone({ [POLICY_HOST]: { records: [{ type: 'A', address: '127.0.0.1' }, { type: 'AAAA', address: '::1' }] } });
    const report = await world.run(zone, { routes: [portRoute(POLICY_HOST, 443, v4.port)] });
    expect(report.ids).toEqual(['STS615']);
    expect(report.findings[0]!.message).toMatch(/IPv4 \(127\.0\.0\.1\).*IPv6 \(::1\).*mode enforce → testing/);
  });

  it('reports an IPv6 address that does not serve the policy', async () => {
    const v4 = await world.https(policyHandler(POLICY));
    await world.https(statusHandler(404), { host: '::1', port: v4.port });
    const zone = healthyZone({ [POLICY_HOST]: { records: [{ type: 'A', address: '127.0.0.1' }, { type: 'AAAA', address: '::1' }] } });
    const report = await world.run(zone, { routes: [portRoute(POLICY_HOST, 443, v4.port)] });
    expect(report.ids).toEqual(['STS615']);
    expect(report.findings[0]!.message).toMatch(/over IPv4 but fails over IPv6/);
  });

  it('refuses loopback addresses from DNS unless allowed', async () => {
    const server = await world.https();
    const report = await world.run(healthyZone(), { routes: [portRoute(POLICY_HOST, 443, server.port)], allowPrivate: false });
    expect(report.ids).toEqual(['STS604']);
    expect(report.findings[0]!.message).toMatch(/resolves to a loopback address 127\.0\.0\.1/);
    expect(server.requests).toHaveLength(0);
  });

  it('connects to an address that --connect-to names, without --allow-private', async () => {
    const server = await world.https();
    const route = { host: POLICY_HOST, port: 443, address: '127.0.0.1', toPort: server.port, spec: `${POLICY_HOST}:443:127.0.0.1:${server.port}` };
    // No address in DNS at all: the route replaces the DNS change that has not happened yet.
    const zone = healthyZone({ [POLICY_HOST]: { records: [] } });
    const report = await world.run(zone, { routes: [route], allowPrivate: false });
    expect(report.ids).toEqual([]);
    expect(report.states[0]!.fetches[0]!.route).toBe(route.spec);
  });

  it('refuses a cloud metadata address', async () => {
    const zone = healthyZone({ [POLICY_HOST]: { records: [{ type: 'A', address: '169.254.169.254' }] } });
    const report = await world.run(zone, { allowPrivate: false });
    expect(report.findings.map((finding) => finding.message).join('\n')).toMatch(/a cloud metadata service address 169\.254\.169\.254/);
  });
});
