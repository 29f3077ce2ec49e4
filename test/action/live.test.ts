/**
 * The built Action with `live: true`: the live findings join the others, the
 * job summary gains the live columns, and text from DNS and the policy host
 * reaches neither the log as workflow commands nor the summary as HTML.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeRepo } from '../gate/support.js';
import { policyHandler } from '../live/servers/https.js';
import { DOMAIN, ID, POLICY, POLICY_HOST, healthyZone, pki, useLiveWorld } from '../live/support.js';
import { startApiServer, type ApiServer } from './api-server.js';
import { assertBundleBuilt, runAction, type ActionRun, type InputName } from './support.js';

const world = useLiveWorld();

function zone(id: string): string {
  return `$ORIGIN ${DOMAIN}.\n_mta-sts 300 IN TXT "v=STSv1; id=${id}"\n_smtp._tls 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@${DOMAIN}"\n`;
}

describe('action live checks', () => {
  let api: ApiServer;
  let repo: string;

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
    repo = makeRepo({ [`${POLICY_HOST}/.well-known/mta-sts.txt`]: POLICY, [`dns/${DOMAIN}.zone`]: zone(ID) });
    writeFileSync(path.join(repo, 'test-ca.pem'), pki.caPem);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function run(served: string, inputs: Partial<Record<InputName, string>> = {}): Promise<ActionRun> {
    const server = await world.https(policyHandler(served));
    return runAction({
      workspace: repo,
      api,
      eventName: 'workflow_dispatch',
      payload: {},
      inputs: { live: 'true', resolver: `${world.dns.host}:${world.dns.port}`, 'connect-to': `${POLICY_HOST}:443::${server.port}`, 'ca-file': 'test-ca.pem', 'allow-private': 'true', ...inputs },
    });
  }

  it('adds the live columns to the summary of a domain in step', async () => {
    world.dns.setZone(healthyZone());
    const result = await run(POLICY);

    expect(result.outputs.status).toBe('passed');
    expect(result.stopBlock).toContain(`example.test: no problems\n  _mta-sts      v=STSv1; id=${ID}  (TTL 300 s)\n`);
    expect(result.summary).toContain('| Live id | Live body | MX coverage | Certificate expires |');
    expect(result.summary).toMatch(/<code>20260101000000<\/code> \| same \| 1\/1 \| \d{4}&#45;\d\d&#45;\d\d \|/);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.live[0]).toMatchObject({ domain: DOMAIN, id: ID, bodyMatch: 'same' });
  });

  it('fails on a served policy that differs under the same id', async () => {
    world.dns.setZone(healthyZone());
    const result = await run(POLICY.replace('604800', '1209600'));

    expect(result.outputs.status).toBe('failed');
    expect(result.stopBlock).toMatch(/error: .*serves a (different policy|policy that no revision)/);
    expect(result.summary).toMatch(/\| differs \|/);
  });

  it('escapes workflow commands and HTML that come from DNS', async () => {
    const hostile = 'v=STSv1; id=1 <img src=x onerror=alert(1)> ::error::owned';
    world.dns.setZone(healthyZone({ [`_mta-sts.${DOMAIN}`]: { records: [{ type: 'TXT', data: hostile }] } }));
    const result = await run(POLICY);

    expect(result.outsideBlock.join('\n')).not.toContain('::error::owned');
    expect(result.annotations.map((annotation) => annotation.message).join('\n')).not.toContain('owned');
    expect(result.summary).not.toContain('<img');
    expect(result.summary).not.toMatch(/::error::/);
  });

  it('rejects live inputs without live: true', async () => {
    world.dns.setZone(healthyZone());
    const result = await runAction({ workspace: repo, api, eventName: 'workflow_dispatch', payload: {}, inputs: { smtp: 'true' } });
    expect(result.outputs.status).toBe('error');
    expect(result.stdout).toContain('need `live: true`');
  });

  it('names the input in an invalid value', async () => {
    world.dns.setZone(healthyZone());
    const result = await run(POLICY, { shard: '0/2' });
    expect(result.outputs.status).toBe('error');
    expect(result.stdout).toContain('input `shard` `0/2` is invalid');
  });
});
