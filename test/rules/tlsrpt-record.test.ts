/**
 * STS4xx: the `_smtp._tls` (TLS-RPT) TXT record. Inputs are record files
 * with one record per line. A line that starts with `"` contains quoted
 * character-strings. Each row names the rule it must report (null: no
 * finding at all). Every row also checks that all spans lie inside the
 * input and that every message gets the values it names.
 */

import { describe, expect, it } from 'vitest';

import { lintTlsRptText } from '../helpers/lint.js';
import { expectCase, type RuleCase } from './support.js';

function runTable(rows: readonly RuleCase[]): void {
  it.each(rows)('$name', (row) => {
    expectCase(lintTlsRptText(row.input as string), row, row.input as string);
  });
}

function findingFor(records: string, ruleId: string) {
  return lintTlsRptText(records).find((finding) => finding.ruleId === ruleId);
}

describe('tlsrpt record version', () => {
  runTable([
    { name: 'single mailto URI', input: 'v=TLSRPTv1; rua=mailto:tlsrpt@example.com', rule: null, absent: ['STS401', 'STS402'] },
    {
      name: 'mailto and https list',
      input: 'v=TLSRPTv1; rua=mailto:tlsrpt@example.com,https://reports.example.com/tlsrpt',
      rule: null,
      absent: ['STS403', 'STS404', 'STS405', 'STS406'],
    },
    { name: 'spaces around comma', input: 'v=TLSRPTv1; rua=mailto:a@example.com , mailto:b@example.net', rule: null },
    { name: 'final semicolon', input: 'v=TLSRPTv1;rua=mailto:a@example.com;', rule: null },
    { name: 'v=TLSRPTV1', input: 'v=TLSRPTV1; rua=mailto:a@example.com', rule: 'STS401', messageId: 'case', severity: 'error', span: [1, 1, 11] },
    { name: 'v=tlsrptv1', input: 'v=tlsrptv1; rua=mailto:a@example.com', rule: 'STS401', messageId: 'case', span: [1, 1, 11] },
    { name: 'leading space', input: '" v=TLSRPTv1; rua=mailto:a@example.com"', rule: 'STS401', messageId: 'leadingSpace', span: [1, 2, 3] },
    { name: 'MTA-STS version', input: 'v=STSv1; rua=mailto:a@example.com', rule: 'STS401', messageId: 'otherKind', span: [1, 1, 11] },
    { name: 'rua before version', input: 'rua=mailto:a@example.com; v=TLSRPTv1', rule: 'STS401', messageId: 'notFirst', span: [1, 27, 37] },
  ]);
});

describe('tlsrpt record rua', () => {
  runTable([
    { name: 'version alone', input: 'v=TLSRPTv1', rule: 'STS402', messageId: 'noFields', severity: 'error', span: [1, 1, 11] },
    { name: 'version and semicolon', input: 'v=TLSRPTv1;', rule: 'STS402', messageId: 'noFields', span: [1, 1, 12] },
    { name: 'extension without rua', input: 'v=TLSRPTv1; foo=bar', rule: 'STS402', messageId: 'missing', span: [1, 1, 20] },
    { name: 'RUA key', input: 'v=TLSRPTv1; RUA=mailto:a@example.com', rule: 'STS402', messageId: 'nearMiss', span: [1, 13, 16] },
    { name: 'RUA beside rua', input: 'v=TLSRPTv1; rua=mailto:a@example.com; RUA=mailto:b@example.com', rule: 'STS408', messageId: 'unknown', span: [1, 39, 63], absent: ['STS402'] },
    { name: 'empty rua', input: 'v=TLSRPTv1; rua=', rule: 'STS403', messageId: 'emptyList', severity: 'error', span: [1, 13, 17], absent: ['STS402'] },
    { name: 'address without scheme', input: 'v=TLSRPTv1; rua=tlsrpt@example.com', rule: 'STS403', messageId: 'noSchemeEmail', span: [1, 17, 35] },
    { name: 'path without scheme', input: 'v=TLSRPTv1; rua=reports', rule: 'STS403', messageId: 'noScheme', span: [1, 17, 24] },
    { name: 'trailing comma', input: 'v=TLSRPTv1; rua=mailto:a@example.com,', rule: 'STS403', messageId: 'empty', span: [1, 37, 38] },
    { name: 'mailto without domain', input: 'v=TLSRPTv1; rua=mailto:not-an-address', rule: 'STS403', messageId: 'mailto', span: [1, 17, 38] },
    { name: 'https without host', input: 'v=TLSRPTv1; rua=https:reports', rule: 'STS403', messageId: 'https', span: [1, 17, 30] },
    { name: 'stray percent sign', input: 'v=TLSRPTv1; rua=mailto:a%zz@example.com', rule: 'STS403', messageId: 'badPercent', span: [1, 25, 26] },
    { name: 'percent-encoded byte', input: 'v=TLSRPTv1; rua=mailto:a%2Bb@example.com', rule: null },
    { name: 'http scheme', input: 'v=TLSRPTv1; rua=http://reports.example.com/tlsrpt', rule: 'STS404', messageId: 'http', severity: 'error', span: [1, 17, 21] },
    { name: 'ftp scheme', input: 'v=TLSRPTv1; rua=ftp://reports.example.com/tlsrpt', rule: 'STS404', messageId: 'scheme', span: [1, 17, 20] },
    { name: 'MAILTO scheme', input: 'v=TLSRPTv1; rua=MAILTO:a@example.com', rule: 'STS405', messageId: 'case', severity: 'notice', span: [1, 17, 23], absent: ['STS404'] },
    { name: 'HTTPS scheme', input: 'v=TLSRPTv1; rua=HTTPS://reports.example.com/tlsrpt', rule: 'STS405', messageId: 'case', span: [1, 17, 22] },
    { name: 'size suffix', input: 'v=TLSRPTv1; rua=mailto:tlsrpt@example.com!10m', rule: 'STS406', messageId: 'suffix', severity: 'error', span: [1, 42, 46] },
    { name: 'size suffix on second URI', input: 'v=TLSRPTv1; rua=mailto:a@example.com,mailto:b@example.com!10m', rule: 'STS406', span: [1, 58, 62] },
    {
      name: 'two rua fields',
      input: 'v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com',
      rule: 'STS407',
      messageId: 'duplicate',
      severity: 'warning',
      span: [1, 39, 63],
    },
    { name: 'one rua list', input: 'v=TLSRPTv1; rua=mailto:a@example.com,mailto:b@example.com', rule: null, absent: ['STS407'] },
  ]);

  it('http names the https fix', () => {
    expect(findingFor('v=TLSRPTv1; rua=http://reports.example.com/x', 'STS404')?.message).toContain('`https://reports.example.com/x`');
  });

  it('missing scheme names the fix', () => {
    expect(findingFor('v=TLSRPTv1; rua=tlsrpt@example.com', 'STS403')?.message).toContain('`mailto:tlsrpt@example.com`');
  });

  it('size suffix names suffix and fix', () => {
    const finding = findingFor('v=TLSRPTv1; rua=mailto:tlsrpt@example.com!10m', 'STS406');
    expect(finding?.message).toContain('`!10m`');
    expect(finding?.message).toContain('`mailto:tlsrpt@example.com`');
  });
});

describe('tlsrpt record fields', () => {
  runTable([
    {
      name: 'ruf field',
      input: 'v=TLSRPTv1; rua=mailto:a@example.com; ruf=mailto:b@example.com',
      rule: 'STS408',
      messageId: 'ruf',
      severity: 'warning',
      span: [1, 39, 63],
    },
    { name: 'other extension', input: 'v=TLSRPTv1; rua=mailto:a@example.com; foo=bar', rule: 'STS408', messageId: 'unknown', severity: 'notice', span: [1, 39, 46] },
    { name: 'missing semicolon', input: 'v=TLSRPTv1 rua=mailto:a@example.com', rule: 'STS409', messageId: 'missingSemicolon', severity: 'error', span: [1, 11, 12] },
    { name: 'empty field', input: 'v=TLSRPTv1;; rua=mailto:a@example.com', rule: 'STS409', messageId: 'emptyField', span: [1, 11, 13] },
    { name: 'non-ASCII address', input: 'v=TLSRPTv1; rua=mailto:tlsrpt@exämple.com', rule: 'STS409', messageId: 'nonAscii', span: [1, 33, 34] },
    { name: 'equals in extension', input: 'v=TLSRPTv1; rua=mailto:a@example.com; foo=a=b', rule: 'STS409', messageId: 'badValueChar', span: [1, 44, 45] },
    { name: 'space before semicolon', input: 'v=TLSRPTv1 ; rua=mailto:a@example.com', rule: 'STS411', messageId: 'space', severity: 'warning', span: [1, 11, 12] },
    { name: 'no space before semicolon', input: 'v=TLSRPTv1; rua=mailto:a@example.com', rule: null, absent: ['STS408', 'STS409', 'STS411'] },
  ]);
});

describe('tlsrpt record set', () => {
  runTable([
    {
      name: 'two TLS-RPT records',
      input: 'v=TLSRPTv1; rua=mailto:a@example.com\nv=TLSRPTv1; rua=mailto:b@example.com',
      rule: 'STS410',
      messageId: 'multiple',
      severity: 'error',
      span: [2, 1, 37],
    },
    { name: 'one TLS-RPT record', input: 'v=TLSRPTv1; rua=mailto:a@example.com', rule: null, absent: ['STS410'] },
    { name: 'SPF record beside', input: 'v=TLSRPTv1; rua=mailto:a@example.com\nv=spf1 -all', rule: 'STS316', absent: ['STS410'] },
  ]);
});
