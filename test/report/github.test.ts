/**
 * The job summary as Markdown: escaping, per-row counts and the verdict.
 */

import { describe, expect, it } from 'vitest';

import type { Finding } from '../../src/core/diagnostic.js';
import { buildSummary, type SummaryInput } from '../../src/report/github.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'STS204',
    alias: 'mode-invalid',
    messageId: 'case',
    severity: 'error',
    message: 'mode value is wrong',
    rfc: 'RFC 8461 §3.2',
    domain: null,
    file: 'a/mta-sts.txt',
    span: { line: 2, column: 7, endLine: 2, endColumn: 14 },
    data: {},
    ...overrides,
  };
}

const BASE: SummaryInput = { title: 'MTA-STS check', comparison: null, domains: [], findings: [], notAnnotated: 0, notes: [], failed: false, compared: false };

describe('buildSummary', () => {
  it('escapes notes', () => {
    const summary = buildSummary({ ...BASE, notes: ['moved `x\n\n## Passed <img src=x onerror=alert(1)>` [link](javascript:alert(1))'] });
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('\n## Passed');
    expect(summary).not.toContain('](javascript:');
  });

  it('counts unknown domains per file', () => {
    const domains = ['a/mta-sts.txt', 'b/mta-sts.txt'].map((policyFile) => ({ domain: null, policyFile, mode: 'testing', maxAge: 1, mx: [], baseId: null, headId: null, gate: 'not compared' }));
    const summary = buildSummary({ ...BASE, domains, findings: [finding({ file: 'a/mta-sts.txt' })] });
    const rows = summary.split('\n').filter((line) => line.includes('mta&#45;sts.txt'));
    expect(rows[0]).toMatch(/\| 1 \| 0 \| 0 \|$/);
    expect(rows[1]).toMatch(/\| 0 \| 0 \| 0 \|$/);
  });

  it('follows the fail-on verdict', () => {
    const warning = finding({ severity: 'warning' });
    expect(buildSummary({ ...BASE, findings: [warning], failed: true })).toContain('## ❌');
    expect(buildSummary({ ...BASE, findings: [warning], failed: false })).toContain('## ⚠️');
    expect(buildSummary({ ...BASE, findings: [warning], failed: true })).not.toContain('Nothing blocks');
  });
});
