/**
 * `inspect` and `check --live` through the bundled CLI in dist/, as a child
 * process, against the loopback DNS, HTTPS and SMTP servers.
 */

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { BUNDLE } from '../helpers/cli.js';
import { git, makeTree } from '../helpers/repo.js';
import { policyHandler, statusHandler } from './servers/https.js';
import { DOMAIN, ID, MX_HOST, POLICY, POLICY_HOST, healthyZone, pki, useLiveWorld } from './support.js';

const world = useLiveWorld();

/** Runs the bundle without blocking this process, whose servers must keep responding. */
function runBundleAsync(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status: status ?? -1, stdout, stderr });
    });
  });
}

async function liveFlags(handler = policyHandler(POLICY)): Promise<string[]> {
  const server = await world.https(handler);
  const caFile = path.join(makeTree({}), 'ca.pem');
  writeFileSync(caFile, pki.caPem);
  return ['--resolver', `${world.dns.host}:${world.dns.port}`, '--connect-to', `${POLICY_HOST}:443::${server.port}`, '--ca-file', caFile, '--allow-private', '--timeout', '3'];
}

describe('inspect', () => {
  it('prints a readable report of a healthy domain and exits 0', async () => {
    world.dns.setZone(healthyZone());
    const result = await runBundleAsync(['inspect', DOMAIN, ...(await liveFlags())], makeTree({}));

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`example.test: no problems\n  _mta-sts      v=STSv1; id=${ID}  (TTL 300 s)\n`);
    expect(result.stdout).toMatch(/ {2}policy host {3}mta-sts\.example\.test: 127\.0\.0\.1\n/);
    expect(result.stdout).toMatch(/ {2}policy {8}IPv4 127\.0\.0\.1 port \d+ \(--connect-to mta-sts\.example\.test:443::\d+\): 200, text\/plain, 67 bytes, \d+ ms\n/);
    expect(result.stdout).toMatch(/certificate mta-sts\.example\.test \(TLSv1\.3, issuer mta-sts-guard test CA\): chain trusted; expires \d{4}-\d\d-\d\d \(in \d+ days\)\n/);
    expect(result.stdout).toContain('mode enforce, max_age 604800, mx mail.example.test\n');
    expect(result.stdout).toMatch(/ {2}MX {12}10 mail\.example\.test {2}matches the served policy {2}\(TTL 300 s\)\n/);
    expect(result.stdout).toContain('  _smtp._tls    v=TLSRPTv1; rua=mailto:tlsrpt@example.test');
    expect(result.stdout).toMatch(/no problems found \(1 domain\)\n$/);
  });

  it('reports findings at the live locations and exits 1', async () => {
    world.dns.setZone(healthyZone());
    const result = await runBundleAsync(['inspect', DOMAIN, ...(await liveFlags(statusHandler(404)))], makeTree({}));

    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`<example.test>: error: \`https://${POLICY_HOST}/.well-known/mta-sts.txt\` answers 404 Not Found;`);
    expect(result.stdout).toContain('[STS610 live-policy-status]');
  });

  it('writes JSON with the same contract as check, plus the live columns', async () => {
    world.dns.setZone(healthyZone({ [DOMAIN]: { records: [{ type: 'MX', preference: 10, exchange: MX_HOST }, { type: 'MX', preference: 20, exchange: `backup.${DOMAIN}` }] } }));
    const result = await runBundleAsync(['inspect', DOMAIN, '--format', 'json', ...(await liveFlags())], makeTree({}));
    const report = JSON.parse(result.stdout);
    const check = JSON.parse((await runBundleAsync(['check', '--format', 'json', '--domain', 'example.com'], makeTree({ '.well-known/mta-sts.txt': POLICY }))).stdout);

    expect(result.status).toBe(1);
    expect(Object.keys(report).filter((key) => key !== 'live')).toEqual(Object.keys(check));
    expect(Object.keys(report.findings[0]).sort()).toEqual(Object.keys(check.findings[0] ?? report.findings[0]).sort());
    expect(report.domains).toEqual([{ domain: DOMAIN, policyFile: null, mode: 'enforce', maxAge: 604800, mx: [MX_HOST], id: ID }]);
    expect(report.findings.map((finding: { rule: string }) => finding.rule)).toEqual(['STS620']);
    expect(report.live[0]).toMatchObject({ domain: DOMAIN, id: ID, idTtl: 300, fetch: '200', mxCoverage: '1/2', bodyMatch: null });
    expect(report.live[0].certificateExpires).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('checks only one shard of the domains', async () => {
    world.dns.setZone({});
    const result = await runBundleAsync(['inspect', 'c.test', 'a.test', 'b.test', '--shard', '2/2', '--format', 'json', '--resolver', `${world.dns.host}:${world.dns.port}`], makeTree({}));
    expect(JSON.parse(result.stdout).live.map((domain: { domain: string }) => domain.domain)).toEqual(['b.test']);
  });

  it('says when a shard has no domain', async () => {
    world.dns.setZone({});
    const result = await runBundleAsync(['inspect', 'a.test', '--shard', '2/4', '--resolver', `${world.dns.host}:${world.dns.port}`], makeTree({}));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('note: shard 2/4 has no domain (1 in all, fewer than the shards)');
  });

  it.each([
    [['inspect'], /inspect needs at least one domain/],
    [['inspect', 'https://example.test/'], /is not a domain name/],
    [['inspect', DOMAIN, '--connect-to', 'example.test:443'], /--connect-to `example\.test:443` is invalid; expected HOST:PORT:ADDRESS:PORT/],
    [['inspect', DOMAIN, '--resolver', 'dns.example'], /--resolver `dns\.example` is invalid/],
    [['inspect', DOMAIN, '--shard', '3/2'], /--shard `3\/2` is invalid/],
    [['inspect', DOMAIN, '--concurrency', '0'], /--concurrency `0` is invalid/],
    [['inspect', DOMAIN, '--ca-file', 'missing.pem'], /cannot read --ca-file `.*missing\.pem`/],
    [['check', '--smtp'], /--smtp is a live check option; add --live/],
  ])('rejects %j with a clear message', async (args, message) => {
    const result = await runBundleAsync(args, makeTree({}));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('check --live', () => {
  function repository(policy: string, id: string): string {
    const root = makeTree({ 'site/CNAME': `${POLICY_HOST}\n`, 'site/.well-known/mta-sts.txt': POLICY, 'dns/example.test.zone': `$ORIGIN example.test.\n_mta-sts 300 IN TXT "v=STSv1; id=${ID}"\n_smtp._tls 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.test"\n` }, { git: true });
    writeFileSync(path.join(root, 'site/.well-known/mta-sts.txt'), policy);
    writeFileSync(path.join(root, 'dns/example.test.zone'), `$ORIGIN example.test.\n_mta-sts 300 IN TXT "v=STSv1; id=${id}"\n_smtp._tls 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.test"\n`);
    git(root, 'commit', '-qam', 'Raise max_age');
    return root;
  }

  it('reports a policy deployed before its new id is published', async () => {
    world.dns.setZone(healthyZone());
    const served = POLICY.replace('604800', '1209600');
    const root = repository(served, '20260301000000');
    const result = await runBundleAsync(['check', '--live', ...(await liveFlags(policyHandler(served)))], root);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('site/.well-known/mta-sts.txt: warning: `https://mta-sts.example.test/.well-known/mta-sts.txt` serves the repository\'s policy, but `_mta-sts.example.test` publishes id `20260101000000`, not `20260301000000`');
    expect(result.stdout).toContain('same as the repository');
  });

  it('limits the lint findings to the shard', async () => {
    world.dns.setZone(healthyZone());
    // A short max_age gives the first shard a lint finding that the second must not repeat.
    const root = repository(POLICY.replace('604800', '86400'), ID);
    const flags = await liveFlags();
    const shards = await Promise.all(['1/2', '2/2'].map((shard) => runBundleAsync(['check', '--live', '--format', 'json', '--shard', shard, ...flags], root)));
    const reports = shards.map((result) => JSON.parse(result.stdout));
    expect(reports.map((report) => report.domains.map((domain: { domain: string }) => domain.domain))).toEqual([[DOMAIN], []]);
    expect(reports[0].findings.length).toBeGreaterThan(0);
    expect(reports[1].findings).toEqual([]);
    expect(shards[1]!.stderr).toContain('shard 2/2 has no policy domain');
  });

  it('reports a new id published before the policy file, using the history', async () => {
    world.dns.setZone(healthyZone({ [`_mta-sts.${DOMAIN}`]: { records: [{ type: 'TXT', data: 'v=STSv1; id=20260301000000' }] } }));
    const root = repository(POLICY.replace('604800', '1209600'), '20260301000000');
    const result = await runBundleAsync(['check', '--live', '--format', 'json', ...(await liveFlags(policyHandler(POLICY)))], root);
    const report = JSON.parse(result.stdout);

    expect(result.status).toBe(1);
    expect(report.findings.filter((finding: { rule: string }) => finding.rule.startsWith('STS6')).map((finding: { rule: string; file: string }) => [finding.rule, finding.file])).toEqual([['STS630', 'site/.well-known/mta-sts.txt']]);
    expect(report.live[0]).toMatchObject({ domain: DOMAIN, id: '20260301000000', bodyMatch: 'differs' });
  });
});
