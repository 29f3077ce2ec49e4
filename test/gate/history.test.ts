/**
 * How the id gate reads history: shallow clones, renamed and deleted files,
 * ranges of several commits, the first commit, new domains, and revisions
 * that must be read with git and never from the working tree.
 */

import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { makeTree } from '../helpers/repo.js';
import { NEW_ID, OLD_ID, POLICY, POLICY_PATH, check, commit, git, makeRepo, ofRule, revParse, writeFiles, zoneFile, zoneLayout } from './support.js';

const ZONE_PATH = 'dns/example.com.zone';
const CHANGED_POLICY = POLICY.replace('mx2.example.com', 'mx3.example.com');

/** Returns a config naming the policy file of example.com, and its record file when given. */
function configFor(policy: string, recordFile?: string): string {
  const lines = ['domains:', '  - domain: example.com', `    policy: ${policy}`];
  if (recordFile) lines.push('    record:', `      file: ${recordFile}`);
  return `${lines.join('\n')}\n`;
}

/** Clones `origin` with `--depth 1` into a new temporary folder and returns the clone's root. */
function shallowClone(origin: string): string {
  const parent = makeTree({});
  const clone = path.join(parent, 'clone');
  git(parent, ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
  return clone;
}

function hasCommit(root: string, commitId: string): boolean {
  try {
    git(root, ['cat-file', '-e', `${commitId}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

describe('shallow clone', () => {
  it('fetches the base commit', async () => {
    const origin = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(origin);
    commit(origin, zoneLayout(CHANGED_POLICY, OLD_ID));
    const clone = shallowClone(origin);

    expect(hasCommit(clone, base)).toBe(false);
    const run = await check(clone, ['--base', base]);

    expect(run.stderr).toBe('');
    expect(hasCommit(clone, base)).toBe(true);
    expect(run.status).toBe(1);
    expect(ofRule(run, 'STS501').map((finding) => finding.messageId).sort()).toEqual(['idUnchanged', 'policyChanged']);
  });

  it('passes a fetched base with a new id', async () => {
    const origin = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(origin);
    commit(origin, zoneLayout(CHANGED_POLICY, NEW_ID));
    const run = await check(shallowClone(origin), ['--base', base]);

    expect(run.stderr).toContain('this clone is shallow, so the search for an earlier use of policy id');
    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('asks for fetch-depth 0 when fetching fails', async () => {
    const origin = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(origin);
    commit(origin, zoneLayout(CHANGED_POLICY, OLD_ID));
    const clone = shallowClone(origin);
    git(clone, ['remote', 'remove', 'origin']);
    const run = await check(clone, ['--base', base]);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`--base \`${base}\``);
    expect(run.stderr).toContain('fetching it failed');
    expect(run.stderr).toContain('`fetch-depth: 0`');
  });
});

describe('renamed policy file', () => {
  const MOVED_FROM = 'a/.well-known/mta-sts.txt';
  const MOVED_TO = 'b/.well-known/mta-sts.txt';

  async function moveAndCheck(files: Record<string, string>, moved: Record<string, string>): Promise<Awaited<ReturnType<typeof check>>> {
    const root = makeRepo(files);
    const base = revParse(root);
    git(root, ['mv', 'a', 'b']);
    commit(root, moved);
    return check(root, ['--base', base, '--head', 'HEAD']);
  }

  it('follows a move with its CNAME file', async () => {
    const files = { 'a/CNAME': 'mta-sts.example.com\n', [MOVED_FROM]: POLICY, [ZONE_PATH]: zoneFile(OLD_ID) };
    const run = await moveAndCheck(files, {});

    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('compares a moved and changed policy', async () => {
    const files = { 'a/CNAME': 'mta-sts.example.com\n', [MOVED_FROM]: POLICY, [ZONE_PATH]: zoneFile(OLD_ID) };
    const run = await moveAndCheck(files, { [MOVED_TO]: CHANGED_POLICY });
    const atPolicy = ofRule(run, 'STS501').find((finding) => finding.messageId === 'policyChanged');

    expect(run.status).toBe(1);
    expect(atPolicy?.file).toBe(MOVED_TO);
    expect(atPolicy?.line).toBe(4);
    expect(ofRule(run, 'STS505')).toEqual([]);
  });

  it('follows a move named in the config', async () => {
    const files = { '.mta-sts-guard.yml': configFor(MOVED_FROM), [MOVED_FROM]: POLICY, [ZONE_PATH]: zoneFile(OLD_ID) };
    const run = await moveAndCheck(files, { '.mta-sts-guard.yml': configFor(MOVED_TO) });

    expect(run.stderr).toBe('');
    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('compares a moved policy named in the config', async () => {
    const files = { '.mta-sts-guard.yml': configFor(MOVED_FROM), [MOVED_FROM]: POLICY, [ZONE_PATH]: zoneFile(OLD_ID) };
    const run = await moveAndCheck(files, { '.mta-sts-guard.yml': configFor(MOVED_TO), [MOVED_TO]: CHANGED_POLICY });
    const atPolicy = ofRule(run, 'STS501').find((finding) => finding.messageId === 'policyChanged');

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(atPolicy?.file).toBe(MOVED_TO);
    expect(atPolicy?.line).toBe(4);
  });
});

describe('deleted files', () => {
  const RECORD_PATH = 'dns/mta-sts-record.txt';
  const configured = { '.mta-sts-guard.yml': configFor(POLICY_PATH, RECORD_PATH), [POLICY_PATH]: POLICY, [RECORD_PATH]: `"v=STSv1; id=${OLD_ID}"\n` };

  async function deleteAndCheck(files: Record<string, string>, deleted: string[]): Promise<Awaited<ReturnType<typeof check>>> {
    const root = makeRepo(files);
    const base = revParse(root);
    commit(root, Object.fromEntries(deleted.map((file) => [file, null])));
    return check(root, ['--base', base, '--head', 'HEAD']);
  }

  it('reports a deleted policy', async () => {
    const run = await deleteAndCheck(zoneLayout(POLICY, OLD_ID), [POLICY_PATH]);
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('policyRemoved');
    expect(removed?.file).toBe(POLICY_PATH);
    expect(run.status).toBe(1);
  });

  it('warns about a deleted record line', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    commit(root, { [ZONE_PATH]: zoneFile(OLD_ID).replace(/^_mta-sts.*\n/m, '') });
    const run = await check(root, ['--base', base, '--head', 'HEAD']);
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('recordRemoved');
    expect(removed?.severity).toBe('warning');
    expect(removed?.file).toBe(POLICY_PATH);
  });

  it('reports both deleted', async () => {
    const run = await deleteAndCheck(zoneLayout(POLICY, OLD_ID), [POLICY_PATH, ZONE_PATH]);
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('policyRemoved');
    expect(removed?.file).toBe(POLICY_PATH);
    expect(run.status).toBe(1);
  });

  it('reports a deleted policy named in the config', async () => {
    const run = await deleteAndCheck(configured, [POLICY_PATH]);
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(run.stderr).toBe('');
    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('policyRemoved');
    // The record file still exists at the head, so the finding points there.
    expect(removed?.file).toBe(RECORD_PATH);
    expect(run.status).toBe(1);
  });

  it('warns about a deleted record file named in the config', async () => {
    const run = await deleteAndCheck(configured, [RECORD_PATH]);
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(run.stderr).toBe('');
    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('recordRemoved');
    expect(removed?.file).toBe(POLICY_PATH);
    expect(run.status).toBe(0);
  });

  it('reports both deleted with the config kept', async () => {
    const run = await deleteAndCheck(configured, [POLICY_PATH, RECORD_PATH]);
    const [removed, ...rest] = ofRule(run, 'STS505');

    expect(run.stderr).toBe('');
    expect(rest).toEqual([]);
    expect(removed?.messageId).toBe('policyRemoved');
    expect(removed?.file).toBe(POLICY_PATH);
    expect(run.status).toBe(1);
  });

  it('rejects a config file that names no file', async () => {
    const files = { ...configured, '.mta-sts-guard.yml': configFor('site/missing.txt', RECORD_PATH) };
    const run = await deleteAndCheck(files, []);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read policy file `site/missing.txt`');
  });
});

describe('range of commits', () => {
  it('passes a later id bump', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    const policyCommit = commit(root, { [POLICY_PATH]: CHANGED_POLICY });
    commit(root, { [ZONE_PATH]: zoneFile(NEW_ID) });
    const middle = await check(root, ['--base', base, '--head', policyCommit]);
    const run = await check(root, ['--base', base, '--head', 'HEAD']);

    expect(middle.status).toBe(1);
    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('passes an earlier id bump', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    const idCommit = commit(root, { [ZONE_PATH]: zoneFile(NEW_ID) });
    commit(root, { [POLICY_PATH]: CHANGED_POLICY });
    const middle = await check(root, ['--base', base, '--head', idCommit]);
    const run = await check(root, ['--base', base, '--head', 'HEAD']);

    expect(ofRule(middle, 'STS504').map((finding) => finding.messageId)).toEqual(['sameContent']);
    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(ofRule(run, 'STS504')).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('reports a change after the id bump', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const idCommit = commit(root, { [ZONE_PATH]: zoneFile(NEW_ID) });
    commit(root, { [POLICY_PATH]: CHANGED_POLICY });
    const run = await check(root, ['--base', idCommit, '--head', 'HEAD']);

    expect(ofRule(run, 'STS501').map((finding) => finding.messageId).sort()).toEqual(['idUnchanged', 'policyChanged']);
    expect(run.status).toBe(1);
  });
});

describe('new repositories and domains', () => {
  it('passes the first commit when staged', async () => {
    const root = makeTree(zoneLayout(POLICY, OLD_ID));
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '-A']);
    const run = await check(root, ['--staged']);

    expect(run.stderr).toBe('');
    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('rejects a first commit without policies', async () => {
    const root = makeTree({ 'README.md': 'no policy here\n' });
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '-A']);
    const run = await check(root, ['--staged']);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no MTA-STS policy file');
  });

  it('has no gate for a new domain', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    commit(root, { 'mta-sts.example.net/.well-known/mta-sts.txt': POLICY, 'dns/example.net.zone': zoneFile(OLD_ID).replace(/example\.com\./g, 'example.net.') });
    const run = await check(root, ['--base', base, '--head', 'HEAD']);

    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('has no gate for a domain added to the config', async () => {
    const root = makeRepo({ 'README.md': 'no policy yet\n' });
    const base = revParse(root);
    commit(root, { '.mta-sts-guard.yml': configFor('site/mta-sts.txt', 'dns/record.txt'), 'site/mta-sts.txt': POLICY, 'dns/record.txt': `v=STSv1; id=${OLD_ID}\n` });
    const run = await check(root, ['--base', base, '--head', 'HEAD']);

    expect(run.stderr).toBe('');
    expect(run.gate).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('revisions read with git', () => {
  it('ignores working-tree edits with --head', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    const head = commit(root, zoneLayout(CHANGED_POLICY, NEW_ID));
    writeFiles(root, { [POLICY_PATH]: POLICY.replace('mx1.example.com', 'mx9.example.com'), 'mta-sts.example.org/.well-known/mta-sts.txt': 'not a policy\n' });
    const run = await check(root, ['--base', base, '--head', head]);

    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.all.filter((finding) => finding.file?.startsWith('mta-sts.example.org'))).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('ignores a working-tree id fix with --head', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    const head = commit(root, { [POLICY_PATH]: CHANGED_POLICY });
    writeFiles(root, { [ZONE_PATH]: zoneFile(NEW_ID) });
    const run = await check(root, ['--base', base, '--head', head]);

    expect(run.status).toBe(1);
    expect(ofRule(run, 'STS501')).toHaveLength(2);
  });

  it('ignores working-tree deletions with --head', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    const head = commit(root, zoneLayout(CHANGED_POLICY, NEW_ID));
    writeFiles(root, { [POLICY_PATH]: null, [ZONE_PATH]: null });
    const run = await check(root, ['--base', base, '--head', head]);

    expect(ofRule(run, 'STS505')).toEqual([]);
    expect(ofRule(run, 'STS501')).toEqual([]);
    expect(run.status).toBe(0);
  });

  // With --head, the config comes from the head commit, so an uncommitted `.mta-sts-guard.yml` cannot change the verdict.
  it('ignores an uncommitted config with --head', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    const head = commit(root, { [POLICY_PATH]: CHANGED_POLICY });
    writeFiles(root, { '.mta-sts-guard.yml': 'rules:\n  id-not-changed: off\n' });
    const run = await check(root, ['--base', base, '--head', head]);

    expect(run.status).toBe(1);
  });

  it('reads the working tree without --head', async () => {
    const root = makeRepo(zoneLayout(POLICY, OLD_ID));
    const base = revParse(root);
    writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
    const run = await check(root, ['--base', base]);

    expect(ofRule(run, 'STS501')).toHaveLength(2);
    expect(run.status).toBe(1);
  });
});
