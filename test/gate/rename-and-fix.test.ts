/**
 * Gate cases for a renamed site folder and for `--fix` on a policy that
 * still has errors.
 */

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { OLD_ID, POLICY, POLICY_PATH, check, commit, git, makeRepo, ofRule, readText, zoneLayout } from './support.js';

describe('gate after a folder rename', () => {
  it('keeps the domain and its record', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    git(root, ['mv', 'mta-sts.example.com', 'site']);
    git(root, ['commit', '-q', '-m', 'rename']);
    const run = await check(root, ['--base', 'HEAD~1']);

    expect(ofRule(run, 'STS505')).toEqual([]);
    expect(run.stderr).toContain('no longer names its policy domain');
  });
});

describe('staged --fix with an invalid policy', () => {
  it('writes no id until the policy is valid', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const before = readText(root, 'dns/example.com.zone');
    commit(root, { [POLICY_PATH]: POLICY.replace('mode: enforce', 'mode: Enforce') }, 'broken');
    git(root, ['reset', '-q', '--soft', 'HEAD~1']);
    const run = await runCli(['check', '--staged', '--fix', '--format', 'json'], root);

    expect(run.status).toBe(1);
    expect(readText(root, 'dns/example.com.zone')).toBe(before);
  });
});
