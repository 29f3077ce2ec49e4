/**
 * The hooks of .pre-commit-hooks.yaml, run end to end by the pre-commit
 * framework. pre-commit installs them from a clone of this repository's HEAD
 * commit (it runs npm against the npm registry) and runs the committed
 * bundle in dist/cli, so uncommitted changes in this checkout are not what
 * these tests exercise. Every repository and PRE_COMMIT_HOME are temporary
 * folders.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../helpers/cli.js';
import { makeTree } from '../helpers/repo.js';
import {
  CHANGED_POLICY,
  INVALID_POLICY,
  OLD_ID,
  POLICY,
  countLines,
  domainFiles,
  git,
  hookEnv,
  idPosition,
  policyPath,
  readZoneId,
  run,
  zoneFile,
  zonePath,
  type CommandResult,
} from './support.js';

const HAS_PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const SKIP_REASON = '`pre-commit` is not on PATH; .ci/run installs it with apt';
const SUITE = HAS_PRE_COMMIT ? 'pre-commit hooks' : `pre-commit hooks (skipped: ${SKIP_REASON})`;
if (!HAS_PRE_COMMIT) console.warn(`test/hooks/pre-commit.test.ts is skipped: ${SKIP_REASON}.`);
/** Installing the hook environment runs npm install: 12 to 14 s on a 2-core machine with a warm npm cache, longer with a cold one. */
const INSTALL_TIMEOUT_MS = 180_000;

/** A commit message that no hook looks at. */
const MESSAGE = 'Change the policy';

describe.skipIf(!HAS_PRE_COMMIT)(SUITE, () => {
  let work: string;
  let hookRepo: string;
  let rev: string;
  let env: NodeJS.ProcessEnv;

  /** Returns a `.pre-commit-config.yaml` that installs `hooks` (id and optional args) from the clone. */
  function config(hooks: Array<{ id: string; args?: string[] }>): string {
    const lines = ['repos:', `  - repo: ${hookRepo}`, `    rev: ${rev}`, '    hooks:'];
    for (const hook of hooks) {
      lines.push(`      - id: ${hook.id}`);
      if (hook.args) lines.push(`        args: [${hook.args.join(', ')}]`);
    }
    return `${lines.join('\n')}\n`;
  }

  /** Creates a git repository with `files` and a pre-commit config in its first commit. */
  function makeRepo(files: Record<string, string>, hooks: Array<{ id: string; args?: string[] }>): string {
    const root = makeTree({ ...files, '.pre-commit-config.yaml': config(hooks) });
    git(root, ['init', '-q', '-b', 'main'], env);
    git(root, ['add', '-A'], env);
    git(root, ['commit', '-q', '-m', 'Initial commit'], env);
    return root;
  }

  function writeAndStage(root: string, files: Record<string, string>): void {
    for (const [name, content] of Object.entries(files)) {
      writeTreeFile(root, name, content);
      git(root, ['add', name], env);
    }
  }

  function commit(root: string): CommandResult {
    return run(root, 'git', ['commit', '-m', MESSAGE], env);
  }

  function commitCount(root: string): number {
    return Number(git(root, ['rev-list', '--count', 'HEAD'], env).trim());
  }

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'mta-sts-guard-pre-commit-'));
    env = hookEnv({ PRE_COMMIT_HOME: path.join(work, 'pre-commit-home') });
    hookRepo = path.join(work, 'mta-sts-guard');
    git(work, ['clone', '-q', REPO_ROOT, hookRepo], env);
    rev = git(hookRepo, ['rev-parse', 'HEAD'], env).trim();

    // Install both hooks into PRE_COMMIT_HOME once. Every config below names the same repo and rev, so pre-commit reuses it.
    const root = makeRepo({}, [{ id: 'mta-sts-lint' }, { id: 'mta-sts-id' }]);
    const installed = run(root, 'pre-commit', ['install-hooks'], env, INSTALL_TIMEOUT_MS);
    if (installed.status !== 0) throw new Error(`pre-commit install-hooks failed with exit status ${installed.status}:\n${installed.output}`);
  }, INSTALL_TIMEOUT_MS);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // try-repo installs into a store of its own in a temporary folder on every call and ignores PRE_COMMIT_HOME
  // (pre-commit 3.0.4), so only this test pays for a second install.
  it('try-repo mta-sts-id rejects a policy change without a new id', () => {
    const root = makeRepo(domainFiles('example.com', POLICY), []);
    writeAndStage(root, { [policyPath('example.com')]: CHANGED_POLICY });
    const result = run(root, 'pre-commit', ['try-repo', hookRepo, 'mta-sts-id'], env, INSTALL_TIMEOUT_MS);

    expect(result.status).toBe(1);
    expect(result.output).toContain('check MTA-STS policy ids');
    expect(result.output).toMatch(/check MTA-STS policy ids\.+Failed/);
    expect(result.output).toContain(`${idPosition('example.com', OLD_ID)}: error: the staged policy of \`example.com\` changed`);
    expect(result.output).toContain('[STS501 id-not-changed]');
    expect(result.output).toContain('run `mta-sts-guard bump example.com`');
  }, INSTALL_TIMEOUT_MS);

  it('commit fails without a new id', () => {
    const root = makeRepo(domainFiles('example.com', POLICY), [{ id: 'mta-sts-id' }]);
    expect(run(root, 'pre-commit', ['install'], env).status).toBe(0);
    writeAndStage(root, { [policyPath('example.com')]: CHANGED_POLICY });
    const result = commit(root);

    expect(result.status).toBe(1);
    expect(result.output).toContain('[STS501 id-not-changed]');
    expect(result.output).toContain('mta-sts-guard bump example.com');
    expect(commitCount(root)).toBe(1);
  });

  it('--fix writes the id, and the next commit passes', () => {
    const root = makeRepo(domainFiles('example.com', POLICY), [{ id: 'mta-sts-id', args: ['--fix'] }]);
    expect(run(root, 'pre-commit', ['install'], env).status).toBe(0);
    writeAndStage(root, { [policyPath('example.com')]: CHANGED_POLICY });
    const fixed = commit(root);
    const newId = readZoneId(root, 'example.com');

    expect(fixed.status).toBe(1);
    expect(fixed.output).toContain('- files were modified by this hook');
    expect(fixed.output).toContain(`bumped the policy id of example.com from ${OLD_ID} to ${newId}`);
    expect(fixed.output).toContain(`stage the new id and commit again: git add ${zonePath('example.com')}`);
    expect(newId).toMatch(/^[0-9]{14}$/);
    expect(newId).not.toBe(OLD_ID);
    expect(git(root, ['diff', '--cached', '--name-only'], env).trim()).toBe(policyPath('example.com'));
    expect(commitCount(root)).toBe(1);

    git(root, ['add', zonePath('example.com')], env);
    const passed = commit(root);

    expect(passed.status).toBe(0);
    expect(passed.output).toMatch(/check MTA-STS policy ids\.+Passed/);
    expect(commitCount(root)).toBe(2);
    expect(git(root, ['show', `HEAD:${zonePath('example.com')}`], env)).toBe(zoneFile('example.com', newId));
    expect(git(root, ['status', '--porcelain'], env)).toBe('');
  });

  it('commit of an invalid policy shows the line', () => {
    const root = makeRepo(domainFiles('example.com', POLICY), [{ id: 'mta-sts-lint' }, { id: 'mta-sts-id' }]);
    expect(run(root, 'pre-commit', ['install'], env).status).toBe(0);
    // A new id too, so that the only error left is the invalid mode.
    writeAndStage(root, { [policyPath('example.com')]: INVALID_POLICY, [zonePath('example.com')]: zoneFile('example.com', '20250101000000') });
    const result = commit(root);

    expect(result.status).toBe(1);
    expect(result.output).toMatch(/lint MTA-STS policies and records\.+Failed/);
    expect(result.output).toContain(`${policyPath('example.com')}:2:7: error: mode value \`Enforce\` is not one of testing, enforce, none`);
    expect(result.output).toContain('[STS204 mode-invalid]');
    expect(result.output).not.toContain('STS501');
    expect(commitCount(root)).toBe(1);
  });

  describe('mta-sts-lint with some of the files', () => {
    let root: string;

    /** Runs the lint hook on `files` with --verbose, so the output of a passing hook is shown too. */
    function lint(files: string[]): CommandResult {
      return run(root, 'pre-commit', ['run', 'mta-sts-lint', '--verbose', '--files', ...files], env);
    }

    beforeAll(() => {
      // example.net is committed broken, so every run that lints it fails.
      root = makeRepo(
        {
          ...domainFiles('example.com', POLICY),
          ...domainFiles('example.net', INVALID_POLICY),
          'notes.txt': 'Rotate the MX hosts in May.\n',
          'docs/setup.yml': 'owner: mail-team\n',
          'site/app.js': 'console.log("hello");\n',
        },
        [{ id: 'mta-sts-lint' }],
      );
    });

    it('lints the domain of a zone file', () => {
      const result = lint([zonePath('example.com')]);

      expect(result.status).toBe(0);
      expect(result.output).toMatch(/no problems found \([0-9]+ files?, 1 domain\)/);
      expect(result.output).not.toContain('example.net');
    });

    it('finds the domain among unrelated files', () => {
      const result = lint(['notes.txt', zonePath('example.net'), 'docs/setup.yml']);

      expect(result.status).toBe(1);
      expect(countLines(result.output, `${policyPath('example.net')}:2:7: error:`)).toBe(1);
      expect(result.output).toMatch(/1 error, 0 warnings, 0 notices \([0-9]+ files?, 1 domain\)/);
      expect(result.output).not.toContain('example.com');
    });

    it('passes unrelated files only', () => {
      const result = lint(['site/app.js', 'notes.txt', 'docs/setup.yml']);

      expect(result.status).toBe(0);
      expect(result.output).toMatch(/no problems found \([0-9]+ files?, 0 domains\)/);
    });

    it('reports a domain once among many files', () => {
      // With more than four files, pre-commit splits them over parallel runs unless the hook sets require_serial.
      const files = ['notes.txt', zonePath('example.net'), 'docs/setup.yml', zonePath('example.com'), 'site/app.js', policyPath('example.net'), policyPath('example.com')];
      const result = lint(files);
      const reversed = lint([...files].reverse());

      expect(result.status).toBe(1);
      expect(countLines(result.output, `${policyPath('example.net')}:2:7: error:`)).toBe(1);
      expect(summaryLines(result.output)).toHaveLength(1);
      expect(result.output).toMatch(/1 error, 0 warnings, 0 notices \([0-9]+ files?, 2 domains\)/);
      expect(reversed.status).toBe(1);
      expect(countLines(reversed.output, `${policyPath('example.net')}:2:7: error:`)).toBe(1);
      expect(summaryLines(reversed.output)).toHaveLength(1);
    });

    it('passes a staged change to another domain', () => {
      writeAndStage(root, { [zonePath('example.com')]: zoneFile('example.com', OLD_ID).replace('2024010101', '2024010102') });
      const result = run(root, 'pre-commit', ['run', 'mta-sts-lint', '--verbose'], env);
      git(root, ['reset', '-q', '--hard'], env);

      expect(result.status).toBe(0);
      expect(result.output).toMatch(/no problems found \([0-9]+ files?, 1 domain\)/);
    });
  });
});

/** Returns the summary lines, such as `no problems found (2 files, 1 domain)`: one per run of the CLI. */
function summaryLines(output: string): string[] {
  return output.split('\n').filter((line) => / \([0-9]+ files?, [0-9]+ domains?\)$/.test(line));
}

/** Writes one file below `root`, creating its folder. */
function writeTreeFile(root: string, name: string, content: string): void {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}
