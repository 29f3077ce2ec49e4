/**
 * The `check` command run in-process: discovery, policy domains, config,
 * output formats and exit statuses.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from './helpers/cli.js';
import { GOOD_POLICY, makeTree } from './helpers/repo.js';

const BAD_POLICY = 'version: STSv1\nmode: Enforce\nmx: mail.example.com\nmax_age: 604800\n';

describe('check exit status', () => {
  it('returns 0 for a clean policy', async () => {
    const root = makeTree({ 'mta-sts.example.com/.well-known/mta-sts.txt': GOOD_POLICY });
    const result = await runCli(['check', '--record', 'v=STSv1; id=20240501120000', '--tlsrpt', 'v=TLSRPTv1; rua=mailto:tls@example.com'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no problems found');
  });

  it('returns 1 for an error', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const result = await runCli(['check', '--domain', 'example.com'], root);
    expect(result.status).toBe(1);
  });

  it('returns 0 for errors with --fail-on never', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const result = await runCli(['check', '--domain', 'example.com', '--fail-on', 'never'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('STS204');
  });

  it('returns 1 for a warning with --fail-on warning', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': 'version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 86400\n' });
    const atError = await runCli(['check', '--domain', 'example.com'], root);
    const atWarning = await runCli(['check', '--domain', 'example.com', '--fail-on', 'warning'], root);
    expect(atError.status).toBe(0);
    expect(atWarning.status).toBe(1);
  });

  it.each([
    [['check', '--format', 'xml'], '--format `xml` is invalid; expected one of text, json, sarif'],
    [['check', '--fail-on', 'notice'], '--fail-on `notice` is invalid; expected one of error, warning, never'],
    [['check', '--bogus'], 'unknown option `--bogus`'],
    [['check', '--formt', 'json'], 'unknown option `--formt`; did you mean `--format`?'],
    [['lint'], 'unknown command `lint`'],
    [['check', 'missing-folder'], 'cannot read `missing-folder`: no such file or folder'],
    [['check', '--domain', 'not a domain'], '--domain `not a domain` is not a domain name'],
  ])('returns 2 for usage error %j', async (args, message) => {
    const root = makeTree({ '.well-known/mta-sts.txt': GOOD_POLICY });
    const result = await runCli(args, root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('returns 2 when no policy file is found', async () => {
    const root = makeTree({ 'README.md': '# nothing here\n' });
    const result = await runCli(['check'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no MTA-STS policy file');
  });

  it('prints help and version', async () => {
    const root = makeTree({});
    const help = await runCli(['check', '--help'], root);
    const version = await runCli(['--version'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fail-on error|warning|never');
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('check text output', () => {
  it('prints path, line, column, severity, rule', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const result = await runCli(['check', '--domain', 'example.com'], root);
    expect(result.stdout).toContain(
      '.well-known/mta-sts.txt:2:7: error: mode value `Enforce` is not one of testing, enforce, none (values are case-sensitive); write `mode: enforce` [STS204 mode-invalid]',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 error, 0 warnings, 1 notice (1 file, 1 domain)');
  });

  it('uses <record> for command-line records', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': GOOD_POLICY });
    const result = await runCli(['check', '--domain', 'example.com', '--record', 'v=STSv1; id=2024-05-01'], root);
    expect(result.stdout).toContain('<record>:1:13: error: policy id `2024-05-01`');
  });

  it('shows only fail-level findings with --quiet', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const result = await runCli(['check', '--domain', 'example.com', '--quiet'], root);
    expect(result.stdout).toContain('STS204');
    expect(result.stdout).not.toContain('STS003');
  });

  it('colors only when asked', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const plain = await runCli(['check', '--domain', 'example.com'], root);
    const forced = await runCli(['check', '--domain', 'example.com'], root, { FORCE_COLOR: '1' });
    const disabled = await runCli(['check', '--domain', 'example.com', '--no-color'], root, { FORCE_COLOR: '1' });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(forced.stdout).toContain('\u001b[31merror');
    expect(disabled.stdout).not.toContain('\u001b[');
  });

  it('escapes control characters from the policy', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': 'version: STSv1\nmode: \u001b[2Jenforce\nmx: mx.example.com\nmax_age: 604800\n' });
    const result = await runCli(['check', '--domain', 'example.com'], root);
    expect(result.stdout).not.toContain('\u001b[2J');
  });
});

describe('check policy domain', () => {
  it('reads a GitHub Pages CNAME', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': GOOD_POLICY, CNAME: 'mta-sts.example.org\n', '.nojekyll': '' });
    const report = JSON.parse((await runCli(['check', '--format', 'json'], root)).stdout);
    expect(report.domains[0].domain).toBe('example.org');
  });

  it('reads an mta-sts.<domain> folder', async () => {
    const root = makeTree({ 'sites/mta-sts.example.net/.well-known/mta-sts.txt': GOOD_POLICY });
    const report = JSON.parse((await runCli(['check', '--format', 'json'], root)).stdout);
    expect(report.domains[0].domain).toBe('example.net');
  });

  it('prefers --domain over CNAME', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': GOOD_POLICY, CNAME: 'mta-sts.example.org\n', '.nojekyll': '' });
    const report = JSON.parse((await runCli(['check', '--format', 'json', '--domain', 'example.com'], root)).stdout);
    expect(report.domains[0].domain).toBe('example.com');
  });

  it('reports an unknown domain as a notice', async () => {
    const root = makeTree({ 'public/.well-known/mta-sts.txt': GOOD_POLICY });
    const result = await runCli(['check', '--format', 'json'], root);
    const report = JSON.parse(result.stdout);
    expect(result.status).toBe(0);
    expect(report.domains[0].domain).toBeNull();
    expect(report.findings.map((finding: { rule: string }) => finding.rule)).toContain('STS001');
  });
});

describe('check discovery', () => {
  it('skips node_modules and git-ignored files', async () => {
    const root = makeTree(
      {
        'mta-sts.example.com/.well-known/mta-sts.txt': GOOD_POLICY,
        'node_modules/pkg/mta-sts.txt': BAD_POLICY,
        '_site/.well-known/mta-sts.txt': BAD_POLICY,
        '.gitignore': '_site/\n',
      },
      { git: true },
    );
    const report = JSON.parse((await runCli(['check', '--format', 'json'], root)).stdout);
    expect(report.domains.map((domain: { policyFile: string }) => domain.policyFile)).toEqual(['mta-sts.example.com/.well-known/mta-sts.txt']);
  });

  it('walks folders without git', async () => {
    const root = makeTree({ 'a/mta-sts.example.com/mta-sts.txt': GOOD_POLICY, 'node_modules/x/mta-sts.txt': BAD_POLICY, 'a/other.txt': BAD_POLICY });
    const report = JSON.parse((await runCli(['check', 'a', '--format', 'json'], root)).stdout);
    expect(report.domains.map((domain: { policyFile: string }) => domain.policyFile)).toEqual(['a/mta-sts.example.com/mta-sts.txt']);
  });

  it('lints an explicit file of any name', async () => {
    const root = makeTree({ 'policy.txt': BAD_POLICY });
    const result = await runCli(['check', 'policy.txt', '--domain', 'example.com'], root);
    expect(result.stdout).toContain('policy.txt:2:7: error');
  });

  it('lints Jekyll pages as served', async () => {
    const root = makeTree({
      '_config.yml': 'include: [".well-known"]\n',
      CNAME: 'mta-sts.example.com\n',
      '.well-known/mta-sts.txt': '---\nlayout: null\n---\nversion: STSv1\nmode: Enforce\nmx: mx.example.com\nmax_age: 604800\n',
    });
    const report = JSON.parse((await runCli(['check', '--format', 'json'], root)).stdout);
    const rules = report.findings.map((finding: { rule: string; line: number }) => `${finding.rule}:${finding.line}`);
    expect(rules).toContain('STS002:1');
    expect(rules).toContain('STS204:5');
    expect(rules).not.toContain('STS005:null');
  });

  it('warns when Jekyll skips .well-known', async () => {
    const root = makeTree({ '_config.yml': 'title: site\n', '.well-known/mta-sts.txt': GOOD_POLICY });
    const report = JSON.parse((await runCli(['check', '--format', 'json', '--domain', 'example.com'], root)).stdout);
    expect(report.findings.map((finding: { rule: string }) => finding.rule)).toContain('STS005');
  });
});

describe('check config file', () => {
  const config = [
    'domains:',
    '  - domain: example.com',
    '    policy: site/.well-known/mta-sts.txt',
    '    record:',
    '      file: dns/mta-sts.txt',
    '    tlsrpt:',
    '      value: "v=TLSRPTv1; rua=mailto:tls@example.com"',
    'rules:',
    '  STS117: off',
    '  max-age-short: error',
    '',
  ].join('\n');

  it('reads domains, record files and rule settings', async () => {
    const root = makeTree({
      '.mta-sts-guard.yml': config,
      'site/.well-known/mta-sts.txt': 'version: STSv1\nmax_age: 86400\nmode: enforce\nmx: mx.example.com\n',
      'dns/mta-sts.txt': '# the live record\n"v=STSv1; " "id=2024-05-01"\n',
    });
    const result = await runCli(['check', '--format', 'json'], root);
    const report = JSON.parse(result.stdout);
    const rules = report.findings.map((finding: { rule: string; severity: string; file: string; line: number; column: number }) => `${finding.rule}:${finding.severity}:${finding.file}:${finding.line}:${finding.column}`);
    expect(rules).toContain('STS219:error:site/.well-known/mta-sts.txt:2:10');
    expect(rules).toContain('STS306:error:dns/mta-sts.txt:2:17');
    expect(rules.some((rule: string) => rule.startsWith('STS117'))).toBe(false);
    expect(report.domains).toEqual([{ domain: 'example.com', policyFile: 'site/.well-known/mta-sts.txt', mode: 'enforce', maxAge: 86400, mx: ['mx.example.com'], id: null }]);
  });

  it.each([
    ['domains:\n  - domain: "exa mple"\n', '.mta-sts-guard.yml: `domains[0].domain`: expected a domain name such as `example.com`'],
    ['domains:\n  - domain: example.com\n    polcy: x\n', '.mta-sts-guard.yml: `domains[0]`: unknown key `polcy`'],
    ['rules:\n  STS999: off\n', '.mta-sts-guard.yml: `rules.STS999`: unknown rule'],
    ['rules:\n  mode-invalid: loud\n', '.mta-sts-guard.yml: `rules.mode-invalid`: expected error, warning, notice or off'],
    ['rules: [\n', '.mta-sts-guard.yml:'],
    ['domains:\n  - domain: example.com\n    record: { zone: x }\n', '`domains[0].record`'],
  ])('rejects invalid config %#', async (text, message) => {
    const root = makeTree({ '.mta-sts-guard.yml': text, '.well-known/mta-sts.txt': GOOD_POLICY });
    const result = await runCli(['check'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('rejects a missing --config file', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': GOOD_POLICY });
    const result = await runCli(['check', '--config', 'nope.yml'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read config file `nope.yml`');
  });
});

describe('check report formats', () => {
  it('writes the JSON contract', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const report = JSON.parse((await runCli(['check', '--format', 'json', '--domain', 'example.com'], root)).stdout);
    expect(Object.keys(report)).toEqual(['tool', 'findings', 'domains', 'summary']);
    expect(report.tool.name).toBe('mta-sts-guard');
    expect(report.summary).toEqual({ errors: 1, warnings: 0, notices: 1, files: 1 });
    const finding = report.findings.find((candidate: { rule: string }) => candidate.rule === 'STS204');
    expect(finding).toMatchObject({ rule: 'STS204', alias: 'mode-invalid', severity: 'error', domain: 'example.com', file: '.well-known/mta-sts.txt', line: 2, column: 7, endLine: 2, endColumn: 14, rfc: 'RFC 8461 §3.2, §5' });
  });

  it('writes SARIF 2.1.0', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif', '--domain', 'example.com', '--record', 'v=STSv1'], root)).stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const rule = run.tool.driver.rules.find((candidate: { id: string }) => candidate.id === 'STS204');
    expect(rule.helpUri).toMatch(/docs\/rules\.md#sts204-mode-invalid$/);
    const result = run.results.find((candidate: { ruleId: string }) => candidate.ruleId === 'STS204');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.well-known/mta-sts.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 14 },
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('STS204');
    expect(run.invocations[0].toolExecutionNotifications.map((note: { descriptor: { id: string } }) => note.descriptor.id)).toContain('STS305');
  });

  it('writes the report to --output', async () => {
    const root = makeTree({ '.well-known/mta-sts.txt': BAD_POLICY });
    const result = await runCli(['check', '--format', 'json', '--domain', 'example.com', '--output', 'report.json'], root);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')).summary.errors).toBe(1);
  });
});
