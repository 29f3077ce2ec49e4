/**
 * The stale-bundle check of `.github/workflows/check-dist.yml` and
 * `.ci/run`, run on clones of this repository: after `npm run build`, it
 * reports a difference when a source changed without a rebuild, and none
 * on an unchanged clone.
 *
 * Each `npm run build` takes 20 to 40 s (two ncc bundles, measured on a
 * two-core machine), so this file runs only with
 * MTA_STS_GUARD_CHECK_DIST_TEST=1. CI checks the unchanged case on the
 * real checkout in `.ci/run` on every run.
 */

import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { REPO_ROOT } from '../helpers/cli.js';
import { makeTree } from '../helpers/repo.js';

const ENABLED = process.env.MTA_STS_GUARD_CHECK_DIST_TEST === '1';
const BUILD_TIMEOUT_MS = 240_000;

interface CheckResult {
  status: number | null;
  output: string;
}

/** Returns the `run` script of the workflow step that compares dist/ with the build. */
function workflowCheck(): string {
  const workflow = parse(readFileSync(path.join(REPO_ROOT, '.github/workflows/check-dist.yml'), 'utf8')) as {
    jobs: Record<string, { steps: Array<{ name?: string; run?: string }> }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((entry) => entry.name === 'Compare dist/ with the build');
  if (!step?.run) throw new Error('check-dist.yml has no step named "Compare dist/ with the build"');
  return step.run;
}

/** Returns the lines of `.ci/run` from the first `if` after `npm run build` through its `fi`. */
function ciRunCheck(): string {
  const lines = readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8').split('\n');
  const build = lines.indexOf('npm run build');
  const start = lines.findIndex((line, index) => index > build && line.startsWith('if '));
  const end = lines.findIndex((line, index) => index > start && line === 'fi');
  if (build < 0 || start < 0 || end < 0) throw new Error('.ci/run has no `if ... fi` check after `npm run build`');
  return lines.slice(start, end + 1).join('\n');
}

/**
 * Clones the committed state of this repository and gives it node_modules
 * as hard links. A symlink would not do: webpack resolves it to the real
 * path outside the clone, which changes every module id in the bundle.
 */
function cloneRepository(): string {
  const clone = path.join(makeTree({}), 'mta-sts-guard');
  execFileSync('git', ['clone', '-q', REPO_ROOT, clone], { stdio: 'ignore' });
  const source = path.join(REPO_ROOT, 'node_modules');
  const target = path.join(clone, 'node_modules');
  try {
    execFileSync('cp', ['-al', source, target], { stdio: 'ignore' });
  } catch {
    cpSync(source, target, { recursive: true });
    return clone;
  }
  // ncc rewrites its V8 code cache files (`*.js.cache`) in place; a real copy keeps those writes out of this checkout.
  const ncc = path.join('@vercel', 'ncc');
  rmSync(path.join(target, ncc), { recursive: true });
  cpSync(path.join(source, ncc), path.join(target, ncc), { recursive: true });
  return clone;
}

function runShell(command: string, script: string[], cwd: string): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, script, { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs `npm run build` in `clone`, then both checks. */
async function buildAndCheck(clone: string): Promise<{ build: CheckResult; workflow: CheckResult; ci: CheckResult }> {
  const build = await runShell('npm', ['run', 'build'], clone);
  const workflow = await runShell('bash', ['-e', '-c', workflowCheck()], clone);
  const ci = await runShell('bash', ['-e', '-u', '-o', 'pipefail', '-c', ciRunCheck()], clone);
  return { build, workflow, ci };
}

describe.runIf(ENABLED)('check-dist', () => {
  let unchanged: Awaited<ReturnType<typeof buildAndCheck>>;
  let changed: Awaited<ReturnType<typeof buildAndCheck>>;

  beforeAll(async () => {
    const unchangedClone = cloneRepository();
    const changedClone = cloneRepository();
    appendFileSync(path.join(changedClone, 'src/action/event.ts'), '\nexport const CHECK_DIST_PROBE = 1;\n');
    // Two builds side by side: each is mostly single-threaded.
    [unchanged, changed] = await Promise.all([buildAndCheck(unchangedClone), buildAndCheck(changedClone)]);
  }, BUILD_TIMEOUT_MS);

  it('builds both clones', () => {
    expect(unchanged.build.status).toBe(0);
    expect(changed.build.status).toBe(0);
  });

  it('workflow passes an unchanged clone', () => {
    expect(unchanged.workflow.output).toBe('');
    expect(unchanged.workflow.status).toBe(0);
  });

  it('workflow fails a stale dist', () => {
    expect(changed.workflow.status).toBe(1);
    expect(changed.workflow.output).toContain("::error::dist/ is stale. Run 'npm run build' and commit dist/.");
    expect(changed.workflow.output).toContain(' M dist/index.js');
  });

  it('.ci/run passes an unchanged clone', () => {
    expect(unchanged.ci.status).toBe(0);
  });

  it('.ci/run fails a stale dist', () => {
    expect(changed.ci.status).toBe(1);
    expect(changed.ci.output).toContain("dist/ differs from what 'npm run build' produces");
  });
});
