/**
 * The built Action on a pull request: the id gate fails a policy change
 * without a new policy id, and passes once the id is bumped.
 */

import { existsSync, readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { commit, makeRepo, positionOf, revParse } from '../gate/support.js';
import { runBundle } from '../helpers/cli.js';
import { startApiServer, type ApiServer } from './api-server.js';
import { POLICY_FILE, ZONE_FILE, assertBundleBuilt, fileAnnotations, policyFiles, policyText, pullRequestPayload, runAction, zoneText, type ActionRun } from './support.js';

const OLD_ID = '20240101000000';

describe('action id gate on pull_request', () => {
  let api: ApiServer;
  let repo: string;
  let base: string;
  let failedRun: ActionRun;
  let passedRun: ActionRun;

  beforeAll(async () => {
    assertBundleBuilt();
    api = await startApiServer();
    repo = makeRepo(policyFiles(1209600, OLD_ID));
    base = revParse(repo);
    const head = commit(repo, { [POLICY_FILE]: policyText(604800 * 3) }, 'raise max_age');
    failedRun = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(base, head) });

    const bump = runBundle(['bump', 'example.com'], repo);
    if (bump.status !== 0) throw new Error(`bump failed: ${bump.stderr}`);
    const bumped = commit(repo, {}, 'bump the policy id');
    passedRun = await runAction({ workspace: repo, api, eventName: 'pull_request', payload: pullRequestPayload(base, bumped) });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('exits with status 1', () => {
    expect(failedRun.status).toBe(1);
  });

  it('annotates the record id', () => {
    const annotation = fileAnnotations(failedRun, 'error').find((entry) => entry.properties.file === ZONE_FILE);
    const id = positionOf(zoneText(OLD_ID), OLD_ID);
    expect(annotation?.properties.title).toBe('STS501 id-not-changed');
    expect(annotation?.properties.line).toBe(String(id.line));
    expect(annotation?.properties.col).toBe(String(id.column));
  });

  it('annotates the changed policy line', () => {
    const annotation = fileAnnotations(failedRun, 'error').find((entry) => entry.properties.file === POLICY_FILE);
    expect(annotation?.properties.title).toBe('STS501 id-not-changed');
    expect(annotation?.properties.line).toBe(String(positionOf(policyText(604800 * 3), 'max_age').line));
  });

  it('writes the counts to the outputs', () => {
    expect(failedRun.outputs.errors).toBe('2');
    expect(failedRun.outputs.warnings).toBe('0');
    expect(failedRun.outputs.notices).toBe('0');
  });

  it('writes the domains as JSON', () => {
    expect(JSON.parse(failedRun.outputs.domains ?? 'null')).toEqual(['example.com']);
  });

  it('writes a JSON report', () => {
    const file = failedRun.outputs.report ?? '';
    expect(existsSync(file)).toBe(true);
    const report = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<{ rule: string }> };
    expect(report.findings.map((finding) => finding.rule)).toEqual(['STS501', 'STS501']);
  });

  it('sets status failed', () => {
    expect(failedRun.outputs.status).toBe('failed');
  });

  it('fails the step with a message', () => {
    expect(failedRun.lines).toContain('::error::mta-sts-guard: 2 error(s), 0 warning(s) at or above the fail-on level `error`');
  });

  it('writes the domain row to the summary', () => {
    const row = failedRun.summary.split('\n').find((line) => line.startsWith('| <code>example.com</code>'));
    expect(row).toContain('<code>enforce</code>');
    expect(row).toContain('| 1814400 |');
    expect(row).toContain('| failed |');
  });

  it('links the finding to its rule docs', () => {
    expect(failedRun.summary).toContain('[STS501 id-not-changed](https://github.com/mta-sts-guard/mta-sts-guard/blob/v0.1.0/docs/rules.md#sts501-id-not-changed)');
  });

  it('names the compared base', () => {
    expect(failedRun.summary).toContain(`Compared the pull request base (${base.slice(0, 12)}) with the pull request.`);
  });

  it('passes after bump', () => {
    expect(passedRun.status).toBe(0);
    expect(passedRun.outputs.status).toBe('passed');
    expect(passedRun.outputs.errors).toBe('0');
  });

  it('shows the new id after bump', () => {
    const row = passedRun.summary.split('\n').find((line) => line.startsWith('| <code>example.com</code>'));
    expect(row).toMatch(new RegExp(`<code>${OLD_ID}</code> → <code>\\d{14}</code> \\| passed \\|`));
  });

  it('sends no API requests', () => {
    expect(api.requests).toEqual([]);
  });
});
