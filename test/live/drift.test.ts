/**
 * The repository against the live state (RFC 8461 §8.1): each case of the
 * deployment order, with the policy served by a real HTTPS server and the id
 * by a real DNS server.
 */

import { describe, expect, it } from 'vitest';

import { repositorySide } from '../helpers/live.js';
import { policyHandler } from './servers/https.js';
import { DOMAIN, ID, POLICY, POLICY_HOST, healthyZone, portRoute, useLiveWorld } from './support.js';

const world = useLiveWorld();

const OLD_POLICY = POLICY.replace('enforce', 'testing').replace('604800', '86400');
const NEW_ID = '20260301000000';

interface DriftCase {
  name: string;
  served: string;
  liveId: string;
  repo: { policy: string; id: string | null; history?: Array<{ id: string; policy: string }> };
  expected: string[];
  message?: RegExp;
}

const CASES: DriftCase[] = [
  { name: 'the repository deployed in full', served: POLICY, liveId: ID, repo: { policy: POLICY, id: ID }, expected: [] },
  {
    name: 'the new id published before the policy file',
    served: OLD_POLICY,
    liveId: NEW_ID,
    repo: { policy: POLICY, id: NEW_ID, history: [{ id: ID, policy: OLD_POLICY }] },
    expected: ['STS630'],
    message: /already publishes the repository's id `20260301000000`, but .* serves an older revision of the policy \(repository → live: mode enforce → testing; max_age 604800 → 86400\).*up to 86400 s \(1 day, the served max_age\).*Deploy the policy file, then publish another new id/,
  },
  {
    name: 'the policy file deployed, the id not yet published',
    served: POLICY,
    liveId: ID,
    repo: { policy: POLICY, id: NEW_ID, history: [{ id: ID, policy: OLD_POLICY }] },
    expected: ['STS631'],
    message: /publishes id `20260101000000`, not `20260301000000`; senders holding the old policy keep it for up to 86400 s \(1 day, the max_age of the policy cached under that id\).*Publish `id=20260301000000` now/,
  },
  {
    name: 'neither deployed yet',
    served: OLD_POLICY,
    liveId: ID,
    repo: { policy: POLICY, id: NEW_ID, history: [{ id: ID, policy: OLD_POLICY }] },
    expected: ['STS632'],
    message: /Deploy the policy file first, then publish `id=20260301000000`/,
  },
  {
    name: 'the served policy edited without a new id',
    served: POLICY.replace('604800', '1209600'),
    liveId: ID,
    repo: { policy: POLICY, id: ID, history: [{ id: ID, policy: POLICY }] },
    expected: ['STS633'],
    message: /no revision of the repository has under id `20260101000000` \(repository → live: max_age 604800 → 1209600\).*keep the old copy for up to 604800 s \(7 days, the max_age of the policy cached under that id\)/,
  },
  {
    name: 'an old id whose served content differs from what the repository had under it',
    served: POLICY.replace('604800', '1209600'),
    liveId: ID,
    repo: { policy: POLICY.replace('enforce', 'testing'), id: NEW_ID, history: [{ id: ID, policy: POLICY }] },
    expected: ['STS633'],
  },
  { name: 'a repository without the record and a different body', served: OLD_POLICY, liveId: ID, repo: { policy: POLICY, id: null }, expected: ['STS632'], message: /publish a new id at `_mta-sts\.example\.test`/ },
  { name: 'field order and case only', served: 'version: STSv1\nmax_age: 604800\nmx: MAIL.example.test\nmode: enforce\n', liveId: ID, repo: { policy: POLICY, id: ID }, expected: [] },
];

describe('drift between the repository and the live state', () => {
  for (const testCase of CASES) {
    it(`reports ${testCase.expected.join(', ') || 'nothing'} for ${testCase.name}`, async () => {
      const server = await world.https(policyHandler(testCase.served));
      const zone = healthyZone({ [`_mta-sts.${DOMAIN}`]: { records: [{ type: 'TXT', data: `v=STSv1; id=${testCase.liveId}` }] } });
      const repository = new Map([[DOMAIN, repositorySide(testCase.repo, DOMAIN)]]);
      const report = await world.run(zone, { routes: [portRoute(POLICY_HOST, 443, server.port)], repository });

      const drift = report.findings.filter((finding) => /^STS63/.test(finding.ruleId));
      expect(drift.map((finding) => finding.ruleId)).toEqual(testCase.expected);
      for (const finding of drift) expect(finding.file).toBe('.well-known/mta-sts.txt');
      if (testCase.message) expect(drift.map((finding) => finding.message).join('\n')).toMatch(testCase.message);
      expect(report.live[0]!.bodyMatch).toBe(testCase.expected.includes('STS631') || testCase.expected.length === 0 ? 'same' : 'differs');
    });
  }

  it('checks MX coverage against the repository policy as well when it differs', async () => {
    const server = await world.https(policyHandler(POLICY));
    const repository = new Map([[DOMAIN, repositorySide({ policy: POLICY.replace('mail.example.test', 'mx.example.net'), id: NEW_ID }, DOMAIN)]]);
    const report = await world.run(healthyZone(), { routes: [portRoute(POLICY_HOST, 443, server.port)], repository });
    const uncovered = report.findings.filter((finding) => finding.ruleId === 'STS620');
    expect(uncovered.map((finding) => [finding.file, finding.severity])).toEqual([['.well-known/mta-sts.txt', 'error']]);
    expect(uncovered[0]!.message).toMatch(/matches no mx pattern of `\.well-known\/mta-sts\.txt` \(`mx\.example\.net`\)/);
  });
});
