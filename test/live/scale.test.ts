/**
 * Many domains: bounded concurrency, the per-domain deadline, shards and
 * progress on a terminal.
 */

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { main } from '../../src/cli/main.js';
import { makeTree } from '../helpers/repo.js';
import type { TestZone } from './servers/dns.js';
import { hangingHandler, type RequestHandler } from './servers/https.js';
import { POLICY, healthyZone, pki, portRoute, useLiveWorld } from './support.js';

const world = useLiveWorld();

function domainsZone(domains: string[]): TestZone {
  const zone: TestZone = {};
  for (const domain of domains) {
    Object.assign(zone, {
      [domain]: { records: [{ type: 'MX', preference: 10, exchange: `mail.${domain}` }] },
      [`_mta-sts.${domain}`]: { records: [{ type: 'TXT', data: 'v=STSv1; id=20260101000000' }] },
      [`_smtp._tls.${domain}`]: { records: [{ type: 'TXT', data: `v=TLSRPTv1; rua=mailto:tlsrpt@${domain}` }] },
      [`mta-sts.${domain}`]: { records: [{ type: 'A', address: '127.0.0.1' }] },
    });
  }
  return zone;
}

/** Serves each policy host's own policy after a short wait, and counts requests in flight. */
function countingHandler(counter: { now: number; max: number }): RequestHandler {
  return (request, response) => {
    counter.now++;
    counter.max = Math.max(counter.max, counter.now);
    const domain = (request.headers.host ?? '').replace(/^mta-sts\./, '');
    setTimeout(() => {
      counter.now--;
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(POLICY.replace('mail.example.test', `mail.${domain}`));
    }, 40);
  };
}

describe('many domains', () => {
  const domains = Array.from({ length: 24 }, (_unused, index) => `d${String(index).padStart(2, '0')}.test`);

  it('checks every domain with at most --concurrency at once', async () => {
    const counter = { now: 0, max: 0 };
    const server = await world.https(countingHandler(counter), { certificate: { names: domains.map((domain) => `mta-sts.${domain}`) } });
    const report = await world.run(domainsZone(domains), { domains, concurrency: 3, routes: [{ host: null, port: 443, address: null, toPort: server.port, spec: `:443::${server.port}` }] });

    expect(report.live.map((summary) => summary.domain)).toEqual(domains);
    expect(report.findings).toEqual([]);
    expect(server.requests).toHaveLength(domains.length);
    expect(counter.max).toBeLessThanOrEqual(3);
    expect(counter.max).toBeGreaterThan(1);
  });

  it('ends a domain at its deadline and goes on with the others', async () => {
    const server = await world.https(hangingHandler());
    const report = await world.run(healthyZone(), { deadlineMs: 600, timeoutMs: 5000, routes: [portRoute('mta-sts.example.test', 443, server.port)] });
    expect(report.states[0]!.deadlineExceeded).toBe(true);
    expect(report.states[0]!.fetches[0]!.outcome).toBe('deadline');
    expect(report.ids).toEqual(['STS617']);
    expect(report.findings[0]!.message).toMatch(/did not finish within the deadline of 0\.6 s: the policy fetch did not complete, so the checks that depend on it were skipped/);
  });

  it('shows progress on a terminal and keeps findings on stdout', async () => {
    const server = await world.https(countingHandler({ now: 0, max: 0 }), { certificate: { names: domains.map((domain) => `mta-sts.${domain}`) } });
    world.dns.setZone(domainsZone(domains.slice(0, 3)));
    const caFile = path.join(makeTree({}), 'ca.pem');
    writeFileSync(caFile, pki.caPem);
    let stdout = '';
    let stderr = '';
    const status = await main(['inspect', ...domains.slice(0, 3), '--format', 'json', '--resolver', `127.0.0.1:${world.dns.port}`, '--connect-to', `:443::${server.port}`, '--ca-file', caFile, '--allow-private'], {
      cwd: process.cwd(),
      env: {},
      stdout: { write: (text: string) => (stdout += text), isTTY: false },
      stderr: { write: (text: string) => (stderr += text), isTTY: true },
    });

    expect(status).toBe(0);
    expect(JSON.parse(stdout).live).toHaveLength(3);
    expect(stderr).toContain('checked 1/3 domains');
    expect(stderr).toContain('checked 3/3 domains');
  });
});
