/**
 * Runs `check` over every real policy file in the shared corpus and compares
 * each verdict with the expected table below. A new corpus file without an
 * expected row fails the test, so every file gets a reviewed verdict.
 */

import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { corpusAvailable, runCli, SHARED } from './helpers/cli.js';

const CORPUS = path.join(SHARED, 'corpus', 'policies');

/**
 * [file, valid (no error finding), rule ids found other than STS003]. The
 * policy domain is set to example.com, so rules that compare mx patterns
 * with the real domain do not fire here.
 */
const EXPECTED: Array<[string, boolean, string[]]> = [
  ['001.txt', true, ['STS219']],
  ['002.txt', true, []],
  ['003.txt', true, []],
  ['004.txt', true, ['STS117', 'STS219']],
  ['005.txt', true, ['STS219']],
  ['006.txt', true, []],
  ['007.txt', true, []],
  ['009.txt', true, ['STS219']],
  ['010.txt', true, []],
  ['011.txt', true, []],
  ['012.txt', true, []],
  ['013.txt', true, ['STS219']],
  ['015.txt', true, []],
  ['016.txt', true, []],
  ['017.txt', true, ['STS219']],
  ['018.txt', true, ['STS219']],
  ['020.txt', true, ['STS219']],
  ['021.txt', true, []],
  ['023.txt', true, ['STS219']],
  ['024.txt', true, []],
  ['025.txt', true, ['STS219']],
  ['026.txt', true, []],
  ['027.txt', true, []],
  ['028.txt', true, ['STS219']],
  ['029.txt', true, []],
  ['030.txt', true, []],
  ['032.txt', true, []],
  ['034.txt', true, []],
  ['035.txt', true, ['STS219']],
  ['036.txt', true, []],
  ['037.txt', true, ['STS117']],
  ['038.txt', true, []],
  // `mode: enforcing` is not a mode.
  ['039.txt', false, ['STS204']],
  ['040.txt', true, ['STS117', 'STS219']],
  ['042.txt', true, []],
  ['043.txt', true, []],
  ['045.txt', true, []],
  ['046.txt', true, []],
  ['048.txt', true, []],
  ['050.txt', true, []],
  ['051.txt', true, []],
  ['053.txt', true, []],
  ['055.txt', true, ['STS221']],
  ['056.txt', true, []],
  ['058.txt', true, []],
  ['059.txt', true, ['STS219']],
  ['060.txt', true, []],
  ['061.txt', true, []],
  ['063.txt', true, ['STS219']],
  ['067.txt', true, ['STS117']],
  // A template with placeholders and inline `#` comments on every value.
  ['068.txt', false, ['STS204', 'STS206', 'STS214']],
  ['069.txt', true, ['STS219']],
  ['070.txt', true, ['STS219']],
  // A Jinja2 template: `mx: {{ config.domain_name }}`.
  ['071.txt', false, ['STS004', 'STS214']],
  ['072.txt', true, []],
  // A sed template: `mode: MODE`, `mx: PRIMARY_HOSTNAME`.
  ['073.txt', false, ['STS204', 'STS214']],
];

interface JsonFinding {
  rule: string;
  severity: string;
  file: string | null;
  line: number | null;
}

const available = corpusAvailable(CORPUS);

// vitest runs a describe body even when the suite is skipped, so nothing in it may read the corpus then.
describe.runIf(available)('policy corpus', async () => {
  const files = available ? readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort() : [];
  const result = available ? await runCli(['check', ...files.map((name) => path.join(CORPUS, name)), '--domain', 'example.com', '--format', 'json'], CORPUS) : { status: 0, stdout: '{"findings":[],"domains":[]}', stderr: '' };
  const report = JSON.parse(result.stdout) as { findings: JsonFinding[]; domains: Array<{ policyFile: string }> };

  it('exits without an internal error', () => {
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.status);
  });

  it('has an expected row for every file', () => {
    expect(EXPECTED.map(([name]) => name).sort()).toEqual(files);
  });

  it('reports every file as a domain', () => {
    expect(report.domains.length).toBe(files.length);
  });

  it.each(EXPECTED)('%s valid=%s rules=%j', (name, valid, rules) => {
    const findings = report.findings.filter((finding) => finding.file !== null && path.basename(finding.file) === name);
    const ids = [...new Set(findings.map((finding) => finding.rule))].filter((id) => id !== 'STS003').sort();
    expect(ids).toEqual(rules);
    expect(findings.some((finding) => finding.severity === 'error')).toBe(!valid);
  });
});
