/**
 * `install-hook` run through the bundle, and the hook it writes run by a
 * plain `git commit` in a temporary repository.
 */

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runBundle } from '../helpers/cli.js';
import { makeTree } from '../helpers/repo.js';
import { CHANGED_POLICY, INVALID_POLICY, OLD_ID, POLICY, domainFiles, git, policyPath, readZoneId, run, zonePath, type CommandResult } from './support.js';

const HOOK = path.join('.git', 'hooks', 'pre-commit');
const FOREIGN_HOOK = '#!/bin/sh\necho "own hook ran"\n';
/** Keeps the user's and the system's git config, such as a core.hooksPath, away from install-hook. */
const BUNDLE_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

function makeRepo(): string {
  const root = makeTree(domainFiles('example.com', POLICY));
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'Initial commit']);
  return root;
}

function installHook(cwd: string, args: string[] = [], env: Record<string, string> = {}): CommandResult {
  const result = runBundle(['install-hook', ...args], cwd, { ...BUNDLE_ENV, ...env });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function stagePolicy(root: string, policy: string): void {
  writeFileSync(path.join(root, policyPath('example.com')), policy);
  git(root, ['add', policyPath('example.com')]);
}

function commit(root: string, args: string[] = []): CommandResult {
  return run(root, 'git', ['commit', '-m', 'Change the policy', ...args]);
}

function commitCount(root: string): number {
  return Number(git(root, ['rev-list', '--count', 'HEAD']).trim());
}

function readHook(root: string, file = HOOK): string {
  return readFileSync(path.join(root, file), 'utf8');
}

describe('install-hook', () => {
  it('writes an executable hook', () => {
    const root = makeRepo();
    const result = installHook(root);

    expect(result.status).toBe(0);
    expect(result.output).toBe(`wrote ${HOOK}: commits now run \`mta-sts-guard check --staged\`\n`);
    expect(readHook(root)).toContain('# Written by mta-sts-guard install-hook.');
    expect(statSync(path.join(root, HOOK)).mode & 0o111).toBe(0o111);
  });

  it('hook rejects a policy change without a new id', () => {
    const root = makeRepo();
    installHook(root);
    stagePolicy(root, CHANGED_POLICY);
    const result = commit(root);

    expect(result.status).toBe(1);
    expect(result.output).toContain('[STS501 id-not-changed]');
    expect(result.output).toContain('run `mta-sts-guard bump example.com`');
    expect(commitCount(root)).toBe(1);
  });

  it('hook passes after bump', () => {
    const root = makeRepo();
    installHook(root);
    stagePolicy(root, CHANGED_POLICY);
    const bumped = runBundle(['bump', 'example.com'], root, BUNDLE_ENV);
    git(root, ['add', zonePath('example.com')]);
    const result = commit(root);

    expect(bumped.status).toBe(0);
    expect(result.status).toBe(0);
    expect(commitCount(root)).toBe(2);
    expect(git(root, ['show', `HEAD:${zonePath('example.com')}`])).toContain(`id=${readZoneId(root, 'example.com')}`);
  });

  it('hook rejects an invalid policy', () => {
    const root = makeRepo();
    installHook(root);
    stagePolicy(root, INVALID_POLICY);
    runBundle(['bump', 'example.com'], root, BUNDLE_ENV);
    git(root, ['add', zonePath('example.com')]);
    const result = commit(root);

    expect(result.status).toBe(1);
    expect(result.output).toContain(`${policyPath('example.com')}:2:7: error: mode value \`Enforce\``);
    expect(commitCount(root)).toBe(1);
  });

  it('hook sees commit -a changes', () => {
    // git commit -a gives the hook a temporary index in GIT_INDEX_FILE.
    const root = makeRepo();
    installHook(root);
    writeFileSync(path.join(root, policyPath('example.com')), CHANGED_POLICY);
    const result = commit(root, ['-a']);

    expect(result.status).toBe(1);
    expect(result.output).toContain('[STS501 id-not-changed]');
    expect(commitCount(root)).toBe(1);
  });

  it('--fix writes the id, and the next commit passes', () => {
    const root = makeRepo();
    const installed = installHook(root, ['--fix']);
    stagePolicy(root, CHANGED_POLICY);
    const fixed = commit(root);
    const newId = readZoneId(root, 'example.com');

    expect(installed.output).toBe(`wrote ${HOOK}: commits now run \`mta-sts-guard check --staged --fix\`\n`);
    expect(fixed.status).toBe(1);
    expect(fixed.output).toContain(`bumped the policy id of example.com from ${OLD_ID} to ${newId}`);
    expect(fixed.output).toContain(`stage the new id and commit again: git add ${zonePath('example.com')}`);
    expect(newId).toMatch(/^[0-9]{14}$/);
    expect(commitCount(root)).toBe(1);

    git(root, ['add', zonePath('example.com')]);
    const passed = commit(root);

    expect(passed.status).toBe(0);
    expect(commitCount(root)).toBe(2);
    expect(git(root, ['status', '--porcelain'])).toBe('');
  });

  it('rejects a foreign hook', () => {
    const root = makeRepo();
    writeFileSync(path.join(root, HOOK), FOREIGN_HOOK, { mode: 0o755 });
    const result = installHook(root);

    expect(result.status).toBe(2);
    expect(result.output).toContain(`${HOOK} already exists and was not written by mta-sts-guard`);
    expect(result.output).toContain('pass --force to replace it');
    expect(result.output.trim().split('\n')).toHaveLength(1);
    expect(readHook(root)).toBe(FOREIGN_HOOK);
  });

  it('suggested line keeps a foreign hook working', () => {
    const root = makeRepo();
    writeFileSync(path.join(root, HOOK), FOREIGN_HOOK, { mode: 0o755 });
    const line = /add the line `(.+)` to it/.exec(installHook(root).output)?.[1] ?? '';
    writeFileSync(path.join(root, HOOK), `${FOREIGN_HOOK}${line}\necho "after the check"\n`);
    stagePolicy(root, CHANGED_POLICY);
    const rejected = commit(root);
    runBundle(['bump', 'example.com'], root, BUNDLE_ENV);
    git(root, ['add', zonePath('example.com')]);
    const passed = commit(root);

    expect(line).toContain('check --staged');
    expect(line).not.toMatch(/^exec /);
    expect(rejected.status).toBe(1);
    expect(rejected.output).toContain('own hook ran');
    expect(rejected.output).toContain('[STS501 id-not-changed]');
    expect(rejected.output).not.toContain('after the check');
    expect(passed.status).toBe(0);
    expect(passed.output).toContain('after the check');
  });

  it('--force replaces a foreign hook', () => {
    const root = makeRepo();
    writeFileSync(path.join(root, HOOK), FOREIGN_HOOK, { mode: 0o755 });
    const result = installHook(root, ['--force']);

    expect(result.status).toBe(0);
    expect(result.output).toBe(`replaced ${HOOK}: commits now run \`mta-sts-guard check --staged\`\n`);
    expect(readHook(root)).toContain('# Written by mta-sts-guard install-hook.');
  });

  it('replaces its own hook', () => {
    const root = makeRepo();
    installHook(root);
    const result = installHook(root, ['--fix']);

    expect(result.status).toBe(0);
    expect(result.output).toBe(`replaced ${HOOK}: commits now run \`mta-sts-guard check --staged --fix\`\n`);
    expect(readHook(root)).toContain('check --staged --fix');
  });

  it('--print writes nothing', () => {
    const root = makeRepo();
    const result = installHook(root, ['--print']);

    expect(result.status).toBe(0);
    expect(result.output).toMatch(/^#!\/bin\/sh\n# Written by mta-sts-guard install-hook\.\n/);
    expect(result.output).toContain(' check --staged "$@"\n');
    expect(existsSync(path.join(root, HOOK))).toBe(false);
  });

  it('follows core.hooksPath', () => {
    const root = makeRepo();
    git(root, ['config', 'core.hooksPath', '.githooks']);
    const result = installHook(path.join(root, 'dns'));
    stagePolicy(root, CHANGED_POLICY);
    const rejected = commit(root);

    expect(result.status).toBe(0);
    expect(result.output).toBe(`wrote ${path.join('..', '.githooks', 'pre-commit')}: commits now run \`mta-sts-guard check --staged\`\n`);
    expect(existsSync(path.join(root, '.githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(path.join(root, HOOK))).toBe(false);
    expect(rejected.status).toBe(1);
    expect(rejected.output).toContain('[STS501 id-not-changed]');
  });

  it('rejects a hooks folder outside the repository', () => {
    // A core.hooksPath in the user's git config is shared by every repository.
    const root = makeRepo();
    const home = makeTree({});
    const shared = path.join(home, 'hooks');
    writeFileSync(path.join(home, 'gitconfig'), `[core]\n\thooksPath = ${shared}\n`);
    const rejected = installHook(root, [], { GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig') });
    const forced = installHook(root, ['--force'], { GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig') });

    expect(rejected.status).toBe(2);
    expect(rejected.output).toContain(`the hooks folder ${shared} (core.hooksPath) is outside this repository`);
    expect(rejected.output).toContain('--force');
    expect(forced.status).toBe(0);
    expect(existsSync(path.join(shared, 'pre-commit'))).toBe(true);
  });

  it('rejects a folder outside git', () => {
    const folder = makeTree({});
    mkdirSync(path.join(folder, 'site'));
    const result = installHook(path.join(folder, 'site'));

    expect(result.status).toBe(2);
    expect(result.output).toBe(`mta-sts-guard: \`${path.join(folder, 'site')}\` is not in a git repository; run install-hook inside the repository, or use --print\n`);
  });
});
