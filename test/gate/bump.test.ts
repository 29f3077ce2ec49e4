/**
 * `bump` round trips in every record source format: after a policy change
 * the gate fails, `bump` rewrites only the id characters, and the gate
 * passes. Also the hash scheme, `--dry-run`, and all-or-none writes.
 */

import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { LAYOUTS, OLD_ID, POLICY, POLICY_PATH, check, git, makeRepo, ofRule, readText, writeFiles, zoneFile, zoneLayout, type RecordLayout } from './support.js';

const CHANGED_POLICY = POLICY.replace('mx2.example.com', 'mx3.example.com');

/** Returns the `-` and `+` lines of `git diff -U0` for one file, without the file headers. */
function changedLines(root: string, file: string): string[] {
  return git(root, ['diff', '-U0', '--no-color', '--', file])
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));
}

/** Reads the new id from a `bump` report line such as `file:1:2: bumped the policy id of example.com from A to B`. */
function bumpedId(stdout: string): string {
  return / to ([0-9a-f]+)$/m.exec(stdout)?.[1] ?? '';
}

/** Creates a repository in the layout and changes its policy in the working tree, so the gate fails. */
function repoWithPolicyChange(layout: RecordLayout): string {
  const root = makeRepo(layout.files(POLICY, OLD_ID));
  writeFiles(root, { [POLICY_PATH]: CHANGED_POLICY });
  return root;
}

describe.each(LAYOUTS)('bump with $name', (layout) => {
  it('fixes the gate', async () => {
    const root = repoWithPolicyChange(layout);
    const before = readText(root, layout.idFile);
    const failing = await check(root, ['--base', 'HEAD']);
    const bump = await runCli(['bump'], root);
    const newId = bumpedId(bump.stdout);
    const passing = await check(root, ['--base', 'HEAD']);

    expect(failing.status).toBe(1);
    expect(bump.stderr.replace(/^.*SOA serial.*\n/m, '')).toBe('');
    expect(bump.status).toBe(0);
    expect(newId).toMatch(/^[0-9]{14}$/);
    expect(bump.stdout).toContain(`${layout.idFile}:`);
    expect(ofRule(passing, 'STS501')).toEqual([]);
    expect(passing.status).toBe(0);
    expect(readText(root, layout.idFile)).toBe(before.replace(OLD_ID, newId));
    expect(git(root, ['diff', '--name-only']).trim().split('\n').sort()).toEqual([layout.idFile, POLICY_PATH].sort());
  });

  it('changes only the id characters', async () => {
    const root = repoWithPolicyChange(layout);
    const bump = await runCli(['bump'], root);
    const newId = bumpedId(bump.stdout);
    const [removed, added, ...rest] = changedLines(root, layout.idFile);

    expect(rest).toEqual([]);
    expect(removed).toContain(OLD_ID);
    expect(added).toBe(`+${removed!.slice(1).replace(OLD_ID, newId)}`);
  });

  it('changes a hash id once', async () => {
    const root = repoWithPolicyChange(layout);
    await runCli(['bump'], root);
    const first = await runCli(['bump', '--scheme', 'hash'], root);
    const hashId = bumpedId(first.stdout);
    const afterFirst = readText(root, layout.idFile);
    const second = await runCli(['bump', '--scheme', 'hash'], root);
    const passing = await check(root, ['--base', 'HEAD']);

    expect(first.status).toBe(0);
    expect(hashId).toMatch(/^[0-9a-f]{32}$/);
    expect(afterFirst).toContain(hashId);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already matches');
    expect(readText(root, layout.idFile)).toBe(afterFirst);
    expect(passing.status).toBe(0);
  });
});

describe('bump', () => {
  it('writes nothing with --dry-run', async () => {
    const root = repoWithPolicyChange(LAYOUTS[0]!);
    const run = await runCli(['bump', '--dry-run'], root);

    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`would bump the policy id of example.com from ${OLD_ID} to `);
    expect(readText(root, 'dns/example.com.zone')).toBe(zoneFile(OLD_ID));
  });

  it('writes all files or none', async () => {
    // Root ignores file permissions, so a name too long for the temporary file makes this write fail for any user.
    // example.com comes first in the config, so its temporary file is already written when example.net fails.
    const unwritable = `dns/${'n'.repeat(240)}.txt`;
    const config = ['domains:', '  - domain: example.com', '  - domain: example.net', '    record:', `      file: ${unwritable}`, ''].join('\n');
    const root = makeRepo({
      ...zoneLayout(POLICY, OLD_ID),
      '.mta-sts-guard.yml': config,
      'mta-sts.example.net/.well-known/mta-sts.txt': POLICY,
      [unwritable]: `"v=STSv1; id=${OLD_ID}"\n`,
    });
    const run = await runCli(['bump', 'example.com', 'example.net'], root);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no file was changed');
    expect(readText(root, 'dns/example.com.zone')).toBe(zoneFile(OLD_ID));
    expect(readText(root, unwritable)).toBe(`"v=STSv1; id=${OLD_ID}"\n`);
    expect(readdirSync(path.join(root, 'dns')).sort()).toEqual([path.basename(unwritable), 'example.com.zone'].sort());
  });

  it('keeps CRLF line ends', async () => {
    const crlfZone = zoneFile(OLD_ID).replace(/\n/g, '\r\n');
    const root = makeRepo({ [POLICY_PATH]: POLICY, 'dns/example.com.zone': crlfZone });
    const run = await runCli(['bump', '--scheme', 'hash'], root);
    const newId = bumpedId(run.stdout);

    expect(run.status).toBe(0);
    expect(readText(root, 'dns/example.com.zone')).toBe(crlfZone.replace(OLD_ID, newId));
  });

  it('skips a record value in the config', async () => {
    const config = `domains:\n  - domain: example.com\n    record:\n      value: "v=STSv1; id=${OLD_ID}"\n`;
    const root = makeRepo({ '.mta-sts-guard.yml': config, [POLICY_PATH]: POLICY });
    const run = await runCli(['bump'], root);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot bump example.com: the record is given as a `value` in the config file');
    expect(readText(root, '.mta-sts-guard.yml')).toBe(config);
  });

  it('skips a computed id', async () => {
    const main = 'resource "cloudflare_record" "mta_sts" {\n  name    = "_mta-sts.example.com"\n  type    = "TXT"\n  content = "v=STSv1; id=${timestamp()}"\n}\n';
    const root = makeRepo({ [POLICY_PATH]: POLICY, 'terraform/main.tf': main });
    const run = await runCli(['bump'], root);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot bump example.com: the id is computed');
    expect(readText(root, 'terraform/main.tf')).toBe(main);
  });
});
