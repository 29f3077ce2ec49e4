/**
 * STS2xx: policy field values and what senders do with them. Each row names
 * an input and the rule it must report (null: no finding at all), with the
 * messageId and span where they matter. Every row also checks that all
 * spans lie inside the input and that every message gets the values it names.
 */

import { describe, expect, it } from 'vitest';

import type { Finding } from '../../src/core/diagnostic.js';
import type { SnippetContext } from '../helpers/lint.js';
import { expectCase, lintPolicy, policyLines, policyWith, type RuleCase } from './support.js';

interface ValueCase extends RuleCase {
  context?: SnippetContext;
}

function runTable(rows: readonly ValueCase[]): void {
  it.each(rows)('$name', (row) => {
    expectCase(lintPolicy(row.input, row.context), row, row.input as string);
  });
}

function findingFor(text: string, ruleId: string, context: SnippetContext = {}): Finding | undefined {
  return lintPolicy(text, context).find((finding) => finding.ruleId === ruleId);
}

const mx = (pattern: string): string => policyWith({ mode: 'mode: testing', mx: `mx: ${pattern}` });
const maxAge = (value: string, mode = 'enforce'): string => policyWith({ mode: `mode: ${mode}`, max_age: `max_age: ${value}` });

/** Builds a host name of `length` characters from labels of at most 63 characters. */
function hostName(length: number): string {
  const labels: string[] = [];
  let remaining = length;
  while (remaining > 64) {
    labels.push('a'.repeat(63));
    remaining -= 64;
  }
  labels.push('b'.repeat(remaining));
  return labels.join('.');
}

describe('version value', () => {
  runTable([
    { name: 'STSv1', input: policyWith(), rule: null },
    { name: 'no version line', input: policyWith({ version: null }), rule: 'STS201', messageId: 'missing', span: [1, 1, 1] },
    { name: 'Version key', input: policyWith({ version: 'Version: STSv1' }), rule: 'STS114', absent: ['STS201', 'STS202'] },
    { name: 'STSv2', input: policyWith({ version: 'version: STSv2' }), rule: 'STS202', messageId: 'invalid', span: [1, 10, 15] },
    { name: 'stsv1', input: policyWith({ version: 'version: stsv1' }), rule: 'STS202', messageId: 'case', span: [1, 10, 15] },
    { name: 'quoted STSv1', input: policyWith({ version: 'version: "STSv1"' }), rule: 'STS202', messageId: 'quoted', span: [1, 10, 17] },
    { name: 'STSv1.0', input: policyWith({ version: 'version: STSv1.0' }), rule: 'STS202', messageId: 'trailing', span: [1, 10, 17] },
    { name: 'empty version', input: policyWith({ version: 'version:' }), rule: 'STS202', messageId: 'empty', span: [1, 1, 9] },
  ]);
});

describe('mode value', () => {
  runTable([
    { name: 'enforce', input: policyWith(), rule: null },
    { name: 'testing', input: policyWith({ mode: 'mode: testing' }), rule: null },
    { name: 'none', input: policyWith({ mode: 'mode: none', max_age: 'max_age: 86400' }), rule: null },
    { name: 'no mode line', input: policyWith({ mode: null }), rule: 'STS203', messageId: 'missing', span: [1, 1, 1] },
    { name: 'Mode key', input: policyWith({ mode: 'Mode: enforce' }), rule: 'STS114', absent: ['STS203', 'STS204'] },
    { name: 'Enforce', input: policyWith({ mode: 'mode: Enforce' }), rule: 'STS204', messageId: 'case', span: [2, 7, 14] },
    { name: 'ENFORCE', input: policyWith({ mode: 'mode: ENFORCE' }), rule: 'STS204', messageId: 'case', span: [2, 7, 14] },
    { name: 'enforcing', input: policyWith({ mode: 'mode: enforcing' }), rule: 'STS204', messageId: 'didYouMean', span: [2, 7, 16] },
    { name: '[testing]', input: policyWith({ mode: 'mode: [testing]' }), rule: 'STS204', messageId: 'placeholder', span: [2, 7, 16] },
    { name: 'enforce # prod', input: policyWith({ mode: 'mode: enforce # prod' }), rule: 'STS204', messageId: 'comment', span: [2, 7, 21] },
    { name: 'enforce with semicolon', input: policyWith({ mode: 'mode: enforce;' }), rule: 'STS204', messageId: 'trailing', span: [2, 7, 15] },
    { name: 'report', input: policyWith({ mode: 'mode: report' }), rule: 'STS204', messageId: 'draft', span: [2, 7, 13] },
    { name: 'reject', input: policyWith({ mode: 'mode: reject' }), rule: 'STS204', messageId: 'draft' },
    { name: 'strict', input: policyWith({ mode: 'mode: strict' }), rule: 'STS204', messageId: 'invalid', span: [2, 7, 13] },
    { name: 'empty mode', input: policyWith({ mode: 'mode:' }), rule: 'STS204', messageId: 'empty', span: [2, 1, 6] },
  ]);

  it('Enforce names value and fix', () => {
    const finding = findingFor(policyWith({ mode: 'mode: Enforce' }), 'STS204');
    expect(finding?.message).toContain('`Enforce`');
    expect(finding?.message).toContain('`mode: enforce`');
  });

  it('comment names the fix', () => {
    const finding = findingFor(policyWith({ mode: 'mode: enforce # prod' }), 'STS204');
    expect(finding?.message).toContain('`mode: enforce`');
  });
});

describe('max_age value', () => {
  runTable([
    { name: 'no max_age line', input: policyWith({ max_age: null }), rule: 'STS205', messageId: 'missing', span: [1, 1, 1] },
    { name: 'max-age key', input: policyWith({ max_age: 'max-age: 604800' }), rule: 'STS114', absent: ['STS205', 'STS206'] },
    { name: 'one week', input: maxAge('604800'), rule: null },
    { name: '0', input: maxAge('0'), rule: 'STS220', messageId: 'zero', severity: 'warning', span: [4, 10, 11], absent: ['STS206', 'STS219'] },
    { name: '086400', input: maxAge('086400', 'testing'), rule: 'STS208', messageId: 'leadingZero', severity: 'notice', span: [4, 10, 16], absent: ['STS206'] },
    { name: 'single 0 digit', input: maxAge('0'), rule: 'STS220', absent: ['STS208'] },
    { name: 'max_age 1', input: maxAge('1'), rule: 'STS219', absent: ['STS220'] },
    { name: '+86400', input: maxAge('+86400'), rule: 'STS206', messageId: 'notDigits', span: [4, 10, 16] },
    { name: '-1', input: maxAge('-1'), rule: 'STS206', messageId: 'negative', span: [4, 10, 12] },
    { name: '86400s', input: maxAge('86400s'), rule: 'STS206', messageId: 'unit', span: [4, 10, 16] },
    { name: '1w', input: maxAge('1w'), rule: 'STS206', messageId: 'unit', span: [4, 10, 12] },
    { name: '1e5', input: maxAge('1e5'), rule: 'STS206', messageId: 'invalid', span: [4, 10, 13] },
    { name: '8.64e4', input: maxAge('8.64e4'), rule: 'STS206', messageId: 'invalid', span: [4, 10, 16] },
    { name: '86_400', input: maxAge('86_400'), rule: 'STS206', messageId: 'notDigits', span: [4, 10, 16] },
    { name: '0x10', input: maxAge('0x10'), rule: 'STS206', messageId: 'invalid' },
    { name: 'empty max_age', input: maxAge(''), rule: 'STS206', messageId: 'empty', span: [4, 1, 10] },
    { name: 'trailing comment', input: maxAge('604800 # one week'), rule: 'STS206', messageId: 'comment', span: [4, 10, 27] },
    { name: '10 digits over cap', input: maxAge('9999999999'), rule: 'STS207', messageId: 'tooLarge', severity: 'error', span: [4, 10, 20], absent: ['STS206'] },
    { name: '11 digits', input: maxAge('12345678901'), rule: 'STS206', messageId: 'tooManyDigits', span: [4, 10, 21], absent: ['STS207'] },
    { name: 'exactly 31557600', input: maxAge('31557600'), rule: null },
    { name: '31557601', input: maxAge('31557601'), rule: 'STS207', messageId: 'tooLarge', span: [4, 10, 18] },
    { name: 'short in enforce', input: maxAge('86400'), rule: 'STS219', messageId: 'enforce', severity: 'warning', span: [4, 10, 15] },
    { name: 'short in testing', input: maxAge('86400', 'testing'), rule: 'STS219', messageId: 'testing', severity: 'notice', span: [4, 10, 15] },
    { name: 'one second under week', input: maxAge('604799'), rule: 'STS219', messageId: 'enforce' },
    { name: 'short in none', input: maxAge('86400', 'none'), rule: null, absent: ['STS219'] },
    { name: 'long in none', input: maxAge('604800', 'none'), rule: 'STS221', messageId: 'long', severity: 'notice', span: [4, 10, 16] },
    { name: 'one day in none', input: maxAge('86400', 'none'), rule: null, absent: ['STS221'] },
  ]);

  it('unit names value and seconds', () => {
    const finding = findingFor(maxAge('86400s'), 'STS206');
    expect(finding?.message).toContain('`86400s`');
    expect(finding?.message).toContain('`max_age: 86400`');
  });

  it('1w converts to seconds', () => {
    expect(findingFor(maxAge('1w'), 'STS206')?.message).toContain('`max_age: 604800`');
  });

  it('leading zero names the fix', () => {
    expect(findingFor(maxAge('086400'), 'STS208')?.message).toContain('`max_age: 86400`');
  });

  it('over cap names value', () => {
    expect(findingFor(maxAge('31557601'), 'STS207')?.message).toContain('`31557601`');
  });

  it('short max_age names duration', () => {
    expect(findingFor(maxAge('86400'), 'STS219')?.message).toContain('`86400` (1 day)');
  });
});

describe('mx presence', () => {
  runTable([
    { name: 'testing without mx', input: policyWith({ mode: 'mode: testing', mx: null }), rule: 'STS209', messageId: 'missing', span: [1, 1, 1] },
    { name: 'enforce without mx', input: policyWith({ mx: null }), rule: 'STS209', messageId: 'missing', severity: 'error' },
    {
      name: 'none without mx',
      input: policyWith({ mode: 'mode: none', mx: null, max_age: 'max_age: 86400' }),
      rule: 'STS210',
      messageId: 'none',
      severity: 'notice',
      span: [2, 1, 11],
      absent: ['STS209'],
    },
    { name: 'none with mx', input: policyWith({ mode: 'mode: none', max_age: 'max_age: 86400' }), rule: null, absent: ['STS210'] },
    { name: 'enforce with mx', input: policyWith(), rule: null, absent: ['STS209'] },
  ]);

  it('names the mode', () => {
    expect(findingFor(policyWith({ mode: 'mode: testing', mx: null }), 'STS209')?.message).toContain('mode `testing`');
  });
});

describe('mx pattern', () => {
  runTable([
    { name: 'mail.example.com', input: mx('mail.example.com'), rule: null, absent: ['STS211', 'STS214', 'STS217'] },
    { name: '*.example.net', input: mx('*.example.net'), rule: null },
    { name: 'A-label host', input: mx('mail.xn--bcher-kva.example'), rule: null, absent: ['STS212', 'STS213'] },
    { name: '63-character label', input: mx(`${'a'.repeat(63)}.example.com`), rule: null },
    { name: '253-character name', input: mx(hostName(253)), rule: null },
    { name: 'wildcard with 251 characters', input: mx(`*.${hostName(251)}`), rule: null },
    { name: 'MAIL.Example.COM', input: mx('MAIL.Example.COM'), rule: 'STS217', messageId: 'uppercase', severity: 'notice', span: [3, 5, 21], absent: ['STS214'] },
    { name: '*.*.example.com', input: mx('*.*.example.com'), rule: 'STS214', messageId: 'multiWildcard', span: [3, 7, 8] },
    { name: '**.example.com', input: mx('**.example.com'), rule: 'STS214', messageId: 'partialWildcard', span: [3, 5, 7] },
    { name: '*example.com', input: mx('*example.com'), rule: 'STS214', messageId: 'partialWildcard', span: [3, 5, 7] },
    { name: 'mail*.example.com', input: mx('mail*.example.com'), rule: 'STS214', messageId: 'innerWildcard', span: [3, 9, 10] },
    { name: 'mail.*.example.com', input: mx('mail.*.example.com'), rule: 'STS214', messageId: 'innerWildcard', span: [3, 10, 11] },
    { name: 'bare *', input: mx('*'), rule: 'STS214', messageId: 'wildcardOnly', span: [3, 5, 6] },
    { name: 'bare *.', input: mx('*.'), rule: 'STS214', messageId: 'wildcardOnly', span: [3, 5, 7] },
    { name: '.example.com', input: mx('.example.com'), rule: 'STS214', messageId: 'leadingDot', span: [3, 5, 6] },
    { name: 'trailing root dot', input: mx('mail.example.com.'), rule: 'STS214', messageId: 'trailingDot', span: [3, 21, 22] },
    { name: 'underscore label', input: mx('mx_1.example.com'), rule: 'STS214', messageId: 'underscore', span: [3, 7, 8] },
    { name: 'port suffix', input: mx('mail.example.com:25'), rule: 'STS214', messageId: 'port', span: [3, 21, 24] },
    { name: 'IPv4 address literal', input: mx('[192.0.2.1]'), rule: 'STS214', messageId: 'addressLiteral', span: [3, 5, 16] },
    { name: 'IPv6 address', input: mx('2001:db8::1'), rule: 'STS214', messageId: 'addressLiteral', span: [3, 5, 16] },
    { name: 'leading hyphen', input: mx('-mx.example.com'), rule: 'STS214', messageId: 'hyphen', span: [3, 5, 6] },
    { name: 'trailing hyphen', input: mx('mx-.example.com'), rule: 'STS214', messageId: 'hyphen', span: [3, 7, 8] },
    { name: 'empty label', input: mx('mail..example.com'), rule: 'STS214', messageId: 'emptyLabel', span: [3, 10, 11] },
    { name: 'punctuation in label', input: mx('mail.exa!mple.com'), rule: 'STS214', messageId: 'badChar', span: [3, 13, 14] },
    { name: '64-character label', input: mx(`${'a'.repeat(64)}.example.com`), rule: 'STS214', messageId: 'labelTooLong', span: [3, 5, 69] },
    { name: '254-character name', input: mx(hostName(254)), rule: 'STS214', messageId: 'nameTooLong', span: [3, 5, 259] },
    { name: 'empty mx', input: policyWith({ mx: 'mx:' }), rule: 'STS214', messageId: 'empty', span: [3, 1, 4] },
    { name: 'comment after value', input: mx('mail.example.com # primary'), rule: 'STS214', messageId: 'comment', span: [3, 22, 31] },
    { name: 'template value', input: mx('{{ mx_host }}'), rule: 'STS214', messageId: 'placeholder', span: [3, 5, 18] },
    { name: 'IPv4 in testing', input: mx('192.0.2.25'), rule: 'STS215', messageId: 'ipv4', severity: 'warning', span: [3, 5, 15] },
    { name: 'IPv4 in enforce', input: policyWith({ mx: 'mx: 192.0.2.25' }), rule: 'STS215', messageId: 'ipv4', severity: 'error' },
    { name: 'IPv4 before enforce line', input: policyLines(['version: STSv1', 'mx: 192.0.2.25', 'mode: enforce', 'max_age: 604800']), rule: 'STS215', severity: 'error' },
    { name: 'digit labels in host', input: mx('mx1.192.example.com'), rule: null, absent: ['STS215'] },
    { name: 'U-label host', input: mx('mail.bücher.example'), rule: 'STS212', messageId: 'withALabel', span: [3, 11, 12] },
    { name: 'invalid xn-- label', input: mx('xn--abc.example.com'), rule: 'STS213', messageId: 'badPunycode', severity: 'warning', span: [3, 5, 12] },
    { name: 'comma list', input: mx('a.example.com, b.example.com'), rule: 'STS211', messageId: 'list', span: [3, 18, 19] },
    { name: 'space list', input: mx('a.example.com b.example.com'), rule: 'STS211', messageId: 'list', span: [3, 18, 19] },
  ]);

  it('U-label suggests the A-label', () => {
    expect(findingFor(mx('mail.bücher.example'), 'STS212')?.message).toContain('`mx: mail.xn--bcher-kva.example`');
  });

  it('trailing dot names the fix', () => {
    const finding = findingFor(mx('mail.example.com.'), 'STS214');
    expect(finding?.message).toContain('`mail.example.com.`');
    expect(finding?.message).toContain('`mx: mail.example.com`');
  });

  it('list names one line each', () => {
    expect(findingFor(mx('a.example.com, b.example.com'), 'STS211')?.message).toContain('`mx: a.example.com`, `mx: b.example.com`');
  });

  it('port names the host', () => {
    expect(findingFor(mx('mail.example.com:25'), 'STS214')?.message).toContain('`mx: mail.example.com`');
  });
});

describe('mx repeats and wildcards', () => {
  runTable([
    {
      name: 'same pattern other case',
      input: policyLines(['version: STSv1', 'mode: testing', 'mx: mail.example.com', 'mx: MAIL.example.com', 'max_age: 604800']),
      rule: 'STS216',
      messageId: 'duplicate',
      severity: 'notice',
      span: [4, 5, 21],
    },
    {
      name: 'same pattern twice',
      input: policyLines(['version: STSv1', 'mode: testing', 'mx: mail.example.com', 'mx: mail.example.com', 'max_age: 604800']),
      rule: 'STS216',
      messageId: 'duplicate',
      span: [4, 5, 21],
    },
    {
      name: 'two different patterns',
      input: policyLines(['version: STSv1', 'mode: testing', 'mx: mail.example.com', 'mx: backup.example.com', 'max_age: 604800']),
      rule: null,
      absent: ['STS216'],
    },
    { name: 'wildcard of policy domain', input: mx('*.example.com'), rule: 'STS218', messageId: 'loose', severity: 'warning', span: [3, 5, 18] },
    { name: 'uppercase wildcard of domain', input: mx('*.EXAMPLE.com'), rule: 'STS218', messageId: 'loose' },
    { name: 'wildcard of subzone', input: mx('*.mx.example.com'), rule: null, absent: ['STS218'] },
    { name: 'wildcard of other domain', input: mx('*.example.com'), context: { domain: 'example.org' }, rule: null, absent: ['STS218'] },
  ]);

  it('duplicate points to first line', () => {
    const text = policyLines(['version: STSv1', 'mode: testing', 'mx: mail.example.com', 'mx: MAIL.example.com', 'max_age: 604800']);
    expect(findingFor(text, 'STS216')?.data['firstLine']).toBe(3);
  });

  it('loose wildcard suggests subzone', () => {
    expect(findingFor(mx('*.example.com'), 'STS218')?.message).toContain('`*.mx.example.com`');
  });
});
