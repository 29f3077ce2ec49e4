/**
 * `check --changed FILE...`, which the mta-sts-lint hook runs with the files
 * pre-commit passes: it lints the policy domains those files belong to.
 */

import { describe, expect, it } from 'vitest';

import { runBundle } from '../helpers/cli.js';
import { LAYOUTS, POLICY_PATH, makeRepo } from '../gate/support.js';
import { INVALID_POLICY, OLD_ID, POLICY, domainFiles, policyPath, zonePath } from './support.js';

interface JsonReport {
  findings: Array<{ rule: string; domain: string | null; file: string | null }>;
  domains: Array<{ domain: string | null }>;
  summary: { errors: number; files: number };
}

/** Runs `check --changed FILES --format json` through the bundle and parses the report. */
function checkChanged(root: string, files: string[]): { status: number; report: JsonReport } {
  const result = runBundle(['check', '--format', 'json', '--changed', ...files], root, { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' });
  if (!result.stdout.trim().startsWith('{')) throw new Error(`check --changed printed no JSON report (exit status ${result.status}):\n${result.stderr}`);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport };
}

function twoDomainRepo(): string {
  return makeRepo({ ...domainFiles('example.com', POLICY), ...domainFiles('example.net', INVALID_POLICY), 'notes.txt': 'Rotate the MX hosts in May.\n' });
}

describe('check --changed', () => {
  for (const layout of LAYOUTS) {
    it(`lints the domain of its id file (${layout.name})`, () => {
      const root = makeRepo(layout.files(INVALID_POLICY, OLD_ID));
      const { status, report } = checkChanged(root, [layout.idFile]);

      expect(status).toBe(1);
      expect(report.domains.map((domain) => domain.domain)).toEqual(['example.com']);
      expect(report.findings.filter((finding) => finding.rule === 'STS204').map((finding) => finding.file)).toEqual([POLICY_PATH]);
    });
  }

  it('keeps only the domain of the files', () => {
    const root = twoDomainRepo();
    const { status, report } = checkChanged(root, ['notes.txt', zonePath('example.com')]);

    expect(status).toBe(0);
    expect(report.domains.map((domain) => domain.domain)).toEqual(['example.com']);
    expect(report.findings.filter((finding) => finding.domain === 'example.net')).toEqual([]);
  });

  it('counts the files read, not the files given', () => {
    const root = twoDomainRepo();
    const unrelated = checkChanged(root, ['notes.txt']);
    const zone = checkChanged(root, ['notes.txt', zonePath('example.net')]);

    expect(unrelated.status).toBe(0);
    expect(unrelated.report.domains).toEqual([]);
    expect(unrelated.report.summary.files).toBe(0);
    expect(zone.status).toBe(1);
    expect(zone.report.summary.files).toBe(2);
    expect(zone.report.findings.map((finding) => finding.file)).toEqual([policyPath('example.net')]);
  });

  it('lints every domain when the config changes', () => {
    const root = makeRepo({ ...domainFiles('example.com', POLICY), ...domainFiles('example.net', INVALID_POLICY), '.mta-sts-guard.yml': 'fail-on: error\n' });
    const { status, report } = checkChanged(root, ['.mta-sts-guard.yml']);

    expect(status).toBe(1);
    expect(report.domains.map((domain) => domain.domain).sort()).toEqual(['example.com', 'example.net']);
  });
});
