/**
 * `check --staged` compares the index with HEAD, as a pre-commit hook does.
 * `--staged --fix` bumps the id in the working tree and prints the
 * `git add` command that stages it.
 */

import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { NEW_ID, OLD_ID, POLICY, POLICY_PATH, check, git, makeRepo, ofRule, positionOf, readText, writeFiles, zoneFile, zoneLayout } from './support.js';

const ZONE_PATH = 'dns/example.com.zone';
const CHANGED_POLICY = POLICY.replace('mx2.example.com', 'mx3.example.com');

/** Returns the paths of the `git add` command printed by `--fix`. */
function stagedByFix(stderr: string): string[] {
  const command = /git add (.+)$/m.exec(stderr)?.[1];
  return command ? command.split(' ') : [];
}

describe('check --staged', () => {
  it('reports a staged change without a new id', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
    git(root, ['add', POLICY_PATH]);
    const run = await check(root, ['--staged']);
    const atId = ofRule(run, 'STS501').find((finding) => finding.messageId === 'idUnchangedStaged');

    expect(run.status).toBe(1);
    expect(atId?.file).toBe(ZONE_PATH);
    expect(atId?.line).toBe(positionOf(zoneFile(OLD_ID), OLD_ID).line);
    expect(atId?.column).toBe(positionOf(zoneFile(OLD_ID), OLD_ID).column);
  });

  it('ignores an unstaged id bump', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
    git(root, ['add', POLICY_PATH]);
    writeFiles(root, { [ZONE_PATH]: zoneFile(NEW_ID) });
    const run = await check(root, ['--staged']);

    expect(ofRule(run, 'STS501')).toHaveLength(2);
    expect(run.status).toBe(1);
  });

  it('ignores an unstaged policy change', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
    const run = await check(root, ['--staged']);

    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('passes a staged change with its id', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, zoneLayout(CHANGED_POLICY, NEW_ID));
    git(root, ['add', '-A']);
    writeFiles(root, { [POLICY_PATH]: POLICY.replace('mx1.example.com', 'mx9.example.com'), [ZONE_PATH]: zoneFile(OLD_ID) });
    const run = await check(root, ['--staged']);

    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('follows a staged move', async () => {
    const root = makeRepo({ 'a/CNAME': 'mta-sts.example.com\n', 'a/.well-known/mta-sts.txt': POLICY, [ZONE_PATH]: zoneFile(OLD_ID) });
    git(root, ['mv', 'a', 'b']);
    const moved = await check(root, ['--staged']);
    writeFiles(root, { 'b/.well-known/mta-sts.txt': CHANGED_POLICY });
    git(root, ['add', 'b']);
    const changed = await check(root, ['--staged']);
    const atPolicy = ofRule(changed, 'STS501').find((finding) => finding.messageId === 'policyChanged');

    expect(moved.gate).toEqual([]);
    expect(moved.status).toBe(0);
    expect(atPolicy?.file).toBe('b/.well-known/mta-sts.txt');
    expect(changed.status).toBe(1);
  });

  it('ignores an unstaged deletion', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, { [POLICY_PATH]: null });
    const run = await check(root, ['--staged']);

    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('check --staged --fix', () => {
  it('bumps the id and prints git add', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
    git(root, ['add', POLICY_PATH]);
    const run = await check(root, ['--staged', '--fix']);
    const bumped = readText(root, ZONE_PATH);
    const newId = /id=([0-9]+)/.exec(bumped)?.[1] ?? '';

    expect(run.status).toBe(1);
    expect(stagedByFix(run.stderr)).toEqual([ZONE_PATH]);
    expect(run.stderr).toContain(`from ${OLD_ID} to ${newId}`);
    expect(newId).toMatch(/^[0-9]{14}$/);
    expect(bumped).toBe(zoneFile(newId));
    expect(git(root, ['diff', '--cached', '--name-only']).trim()).toBe(POLICY_PATH);
  });

  it('passes after git add', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
    git(root, ['add', POLICY_PATH]);
    const fixed = await check(root, ['--staged', '--fix']);
    git(root, ['add', ...stagedByFix(fixed.stderr)]);
    const run = await check(root, ['--staged']);

    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('prints paths relative to the current folder', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
    git(root, ['add', POLICY_PATH]);
    const cwd = path.join(root, 'dns');
    const fixed = await check(cwd, ['--staged', '--fix']);

    expect(stagedByFix(fixed.stderr)).toEqual(['example.com.zone']);
    git(cwd, ['add', ...stagedByFix(fixed.stderr)]);
    const run = await check(cwd, ['--staged']);

    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('changes nothing without a policy change', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const run = await check(root, ['--staged', '--fix']);

    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(readText(root, ZONE_PATH)).toBe(zoneFile(OLD_ID));
  });
});
