/**
 * STS3xx: the `_mta-sts` TXT record. Inputs are record files with one
 * record per line. A line that starts with `"` contains quoted
 * character-strings, so a leading space or a literal quote needs that form.
 * Each row names the rule it must report (null: no finding at all). Every
 * row also checks that all spans lie inside the input and that every
 * message gets the values it names.
 */

import { describe, expect, it } from 'vitest';

import { lintStsText } from '../helpers/lint.js';
import { expectCase, type RuleCase } from './support.js';

function runTable(rows: readonly RuleCase[]): void {
  it.each(rows)('$name', (row) => {
    expectCase(lintStsText(row.input as string), row, row.input as string);
  });
}

function findingFor(records: string, ruleId: string) {
  return lintStsText(records).find((finding) => finding.ruleId === ruleId);
}

/** Builds a quoted character-string of `length` octets that contains a valid record. */
function recordString(length: number): string {
  const head = 'v=STSv1; id=20240501120000; note=';
  return `"${head}${'x'.repeat(length - head.length)}"`;
}

describe('sts record delimiters', () => {
  runTable([
    { name: 'no spaces, final semicolon', input: 'v=STSv1;id=20240501120000;', rule: null },
    { name: 'space after semicolon', input: 'v=STSv1; id=20240501120000', rule: null },
    { name: 'tab, final semicolon and space', input: 'v=STSv1;\tid=20240501120000; ', rule: null },
    { name: 'spaces around later semicolon', input: 'v=STSv1; id=20240501120000 ; note=x', rule: 'STS310', absent: ['STS308', 'STS309'] },
    { name: 'empty field', input: 'v=STSv1;; id=1', rule: 'STS308', messageId: 'emptyField', severity: 'error', span: [1, 8, 10] },
    { name: 'trailing space without semicolon', input: 'v=STSv1; id=abc ', rule: 'STS308', messageId: 'trailingSpace', span: [1, 16, 17] },
    { name: 'missing semicolon', input: 'v=STSv1 id=2', rule: 'STS308', messageId: 'missingSemicolon', span: [1, 8, 9] },
    { name: 'missing semicolon later', input: 'v=STSv1; id=abc note=x', rule: 'STS308', messageId: 'missingSemicolon', span: [1, 16, 17] },
    { name: 'space before first semicolon', input: 'v=STSv1 ; id=1', rule: 'STS309', messageId: 'space', severity: 'warning', span: [1, 8, 9] },
    { name: 'no space before semicolon', input: 'v=STSv1; id=1', rule: 'STS320', absent: ['STS309'] },
  ]);

  it('missing semicolon names the field', () => {
    expect(findingFor('v=STSv1 id=2', 'STS308')?.message).toContain('id=2');
  });
});

describe('sts record version', () => {
  runTable([
    { name: 'v=STSV1', input: 'v=STSV1; id=abc', rule: 'STS303', messageId: 'case', severity: 'error', span: [1, 1, 8] },
    { name: 'V=STSv1', input: 'V=STSv1; id=abc', rule: 'STS303', messageId: 'case', span: [1, 1, 8] },
    { name: 'leading space', input: '" v=STSv1; id=abc"', rule: 'STS303', messageId: 'leadingSpace', span: [1, 2, 3] },
    { name: 'suffix on version', input: 'v=STSv1x; id=abc', rule: 'STS303', messageId: 'suffix', span: [1, 1, 9] },
    { name: 'TLS-RPT version', input: 'v=TLSRPTv1; id=abc', rule: 'STS303', messageId: 'otherKind', span: [1, 1, 8] },
    { name: 'literal quotes', input: '"\\"v=STSv1; id=abc\\""', rule: 'STS318', messageId: 'quotes', severity: 'error', span: [1, 2, 20] },
    { name: 'quoted presentation form', input: '"v=STSv1; id=abc"', rule: null, absent: ['STS318'] },
    { name: 'id before version', input: 'id=abc; v=STSv1', rule: 'STS304', messageId: 'notFirst', severity: 'error', span: [1, 9, 16] },
    { name: 'version first', input: 'v=STSv1; id=abc', rule: null, absent: ['STS303', 'STS304', 'STS310'] },
  ]);

  it('case names token and version', () => {
    const finding = findingFor('v=STSV1; id=abc', 'STS303');
    expect(finding?.message).toContain('`v=STSV1`');
    expect(finding?.message).toContain('`v=STSv1`');
  });
});

describe('sts record id', () => {
  runTable([
    { name: 'version alone', input: 'v=STSv1', rule: 'STS305', messageId: 'noFields', severity: 'error', span: [1, 1, 8] },
    { name: 'version and semicolon', input: 'v=STSv1;', rule: 'STS305', messageId: 'noFields', span: [1, 1, 9] },
    { name: 'extension without id', input: 'v=STSv1; foo=bar', rule: 'STS305', messageId: 'missing', span: [1, 1, 17] },
    { name: '14-digit timestamp', input: 'v=STSv1; id=20240501120000', rule: null, absent: ['STS305', 'STS306', 'STS307', 'STS313'] },
    { name: '32 characters', input: `v=STSv1; id=${'a1'.repeat(16)}`, rule: null, absent: ['STS306'] },
    { name: 'id 2024-05-01', input: 'v=STSv1; id=2024-05-01', rule: 'STS306', messageId: 'chars', severity: 'error', span: [1, 13, 23], absent: ['STS305'] },
    { name: 'id 2024.05.01.1', input: 'v=STSv1; id=2024.05.01.1', rule: 'STS306', messageId: 'chars', span: [1, 13, 25] },
    { name: 'id with time', input: 'v=STSv1; id=20240501T10:00:00Z', rule: 'STS306', messageId: 'chars', span: [1, 13, 31] },
    { name: 'empty id', input: 'v=STSv1; id=', rule: 'STS306', messageId: 'empty', span: [1, 10, 13] },
    { name: '33 characters', input: `v=STSv1; id=${'a'.repeat(33)}`, rule: 'STS306', messageId: 'tooLong', span: [1, 13, 46] },
    { name: 'ID key', input: 'v=STSv1; ID=abc', rule: 'STS307', messageId: 'case', severity: 'error', span: [1, 10, 12], absent: ['STS305'] },
    { name: 'Id key', input: 'v=STSv1; Id=abc', rule: 'STS307', messageId: 'case', severity: 'error', span: [1, 10, 12] },
    { name: 'ID beside id', input: 'v=STSv1; id=abc; ID=def', rule: 'STS307', messageId: 'caseExtra', severity: 'warning', span: [1, 18, 20] },
    { name: 'duplicate id', input: 'v=STSv1; id=abc; id=def', rule: 'STS313', messageId: 'duplicate', severity: 'error', span: [1, 18, 24] },
    { name: 'counter id 1', input: 'v=STSv1; id=1', rule: 'STS320', messageId: 'counter', severity: 'notice', span: [1, 13, 14] },
    { name: 'counter id 999', input: 'v=STSv1; id=999', rule: 'STS320', messageId: 'counter' },
    { name: 'four-digit id', input: 'v=STSv1; id=1000', rule: null, absent: ['STS320'] },
  ]);

  it('dashed id names the fix', () => {
    const finding = findingFor('v=STSv1; id=2024-05-01', 'STS306');
    expect(finding?.message).toContain('`2024-05-01`');
    expect(finding?.message).toContain('`id=20240501`');
  });

  it('ID key names the fix', () => {
    expect(findingFor('v=STSv1; ID=abc', 'STS307')?.message).toContain('`id=abc`');
  });

  it('duplicate id names both', () => {
    const finding = findingFor('v=STSv1; id=abc; id=def', 'STS313');
    expect(finding?.message).toContain('`id=def`');
    expect(finding?.message).toContain('`id=abc`');
  });
});

describe('sts record extensions', () => {
  runTable([
    { name: 'unknown extension', input: 'v=STSv1; id=abc; foo=bar', rule: 'STS310', messageId: 'unknown', severity: 'notice', span: [1, 18, 25] },
    { name: 'rua in record', input: 'v=STSv1; id=abc; rua=mailto:a@example.com', rule: 'STS311', messageId: 'tlsrpt', severity: 'warning', span: [1, 18, 42] },
    { name: 'mode in record', input: 'v=STSv1; id=abc; mode=enforce', rule: 'STS311', messageId: 'policy', span: [1, 18, 30] },
    { name: 'second version field', input: 'v=STSv1; id=abc; v=STSv1', rule: 'STS311', messageId: 'version', span: [1, 18, 25] },
    { name: 'unknown is not misplaced', input: 'v=STSv1; id=abc; foo=bar', rule: 'STS310', absent: ['STS311'] },
    { name: 'space in value', input: 'v=STSv1; id=abc; foo=a b', rule: 'STS308', messageId: 'spaceInValue', span: [1, 23, 25] },
    { name: 'equals in value', input: 'v=STSv1; id=abc; foo=a=b', rule: 'STS312', messageId: 'badValueChar', severity: 'error', span: [1, 23, 24] },
    { name: 'underscore starts name', input: 'v=STSv1; id=abc; _x=b', rule: 'STS312', messageId: 'badName', span: [1, 18, 20] },
    { name: '33-character name', input: `v=STSv1; id=abc; ${'n'.repeat(33)}=b`, rule: 'STS312', messageId: 'badName', span: [1, 18, 51] },
    { name: 'valid extension', input: 'v=STSv1; id=abc; foo=a.b-c', rule: 'STS310', absent: ['STS312', 'STS308'] },
    { name: 'duplicate extension', input: 'v=STSv1; id=abc; foo=a; foo=b', rule: 'STS314', messageId: 'duplicate', severity: 'warning', span: [1, 25, 30] },
    { name: 'two extensions', input: 'v=STSv1; id=abc; foo=a; bar=b', rule: 'STS310', absent: ['STS314'] },
    { name: 'non-ASCII in id', input: 'v=STSv1; id=abcé', rule: 'STS302', messageId: 'nonAscii', severity: 'error', span: [1, 16, 17] },
    { name: 'control character', input: 'v=STSv1; id=abc\x01', rule: 'STS302', messageId: 'nonAscii', span: [1, 16, 17] },
    { name: 'ASCII record', input: 'v=STSv1; id=abc', rule: null, absent: ['STS302'] },
  ]);
});

describe('sts record set', () => {
  runTable([
    { name: 'two STS records', input: 'v=STSv1; id=abc\nv=STSv1; id=def', rule: 'STS315', messageId: 'multiple', severity: 'error', span: [2, 1, 16] },
    { name: 'one STS record', input: 'v=STSv1; id=abc', rule: null, absent: ['STS315', 'STS316'] },
    {
      name: 'SPF record beside',
      input: 'v=STSv1; id=abc\nv=spf1 -all',
      rule: 'STS316',
      messageId: 'unrelated',
      severity: 'notice',
      span: [2, 1, 12],
      absent: ['STS315', 'STS301'],
    },
    { name: 'split inside token', input: '"v=STSv1; id=2024" "0501"', rule: 'STS317', messageId: 'split', severity: 'notice', span: [1, 17, 22] },
    { name: 'split after semicolon', input: '"v=STSv1; " "id=20240501"', rule: null, absent: ['STS317'] },
    { name: 'split at semicolon', input: '"v=STSv1" ";id=20240501"', rule: null, absent: ['STS317'] },
    { name: '256-octet string', input: recordString(256), rule: 'STS319', messageId: 'long', severity: 'error', span: [1, 2, 258] },
    { name: '255-octet string', input: recordString(255), rule: 'STS310', absent: ['STS319'] },
  ]);

  it('split names the joined token', () => {
    expect(findingFor('"v=STSv1; id=2024" "0501"', 'STS317')?.message).toContain('`id=20240501`');
  });

  it('split record keeps the joined id', () => {
    expect(findingFor('"v=STSv1; id=2024" "0501"', 'STS306')).toBeUndefined();
  });

  it('counts every STS record', () => {
    expect(findingFor('v=STSv1; id=a\nv=STSv1; id=b\nv=STSv1; id=c', 'STS315')?.data['count']).toBe(3);
  });
});
