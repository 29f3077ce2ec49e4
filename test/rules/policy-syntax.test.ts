/**
 * STS1xx: the policy file as bytes and lines. Each row names an input and
 * the rule it must report (null: no finding at all), with the messageId and
 * span where they matter. Every row also checks that all spans lie inside
 * the input and that every message gets the values it names.
 */

import { describe, expect, it } from 'vitest';

import { expectCase, lintPolicy, policyLines, policyWith, sourceText, summarize, type RuleCase } from './support.js';

const VALID = ['version: STSv1', 'mode: enforce', 'mx: mail.example.com', 'max_age: 604800'];

function bytes(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : Uint8Array.from(part)));
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Builds a valid policy padded with a `note` extension line to exactly `size` bytes. */
function paddedPolicy(size: number): string {
  const head = policyLines(VALID);
  const prefix = 'note: ';
  return `${head}${prefix}${'a'.repeat(size - head.length - prefix.length - 1)}\n`;
}

function runTable(rows: readonly RuleCase[]): void {
  it.each(rows)('$name', (row) => {
    expectCase(lintPolicy(row.input), row, sourceText(row.input));
  });
}

describe('policy line endings', () => {
  runTable([
    { name: 'LF endings', input: policyLines(VALID), rule: null },
    { name: 'CRLF endings', input: policyLines(VALID, '\r\n'), rule: null },
    { name: 'no final line break', input: VALID.join('\n'), rule: null },
    {
      name: 'mixed LF and CRLF',
      input: 'version: STSv1\r\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n',
      rule: 'STS109',
      messageId: 'mixed',
      severity: 'notice',
      span: { line: 1, column: 15, endLine: 2, endColumn: 1 },
    },
    {
      name: 'bare CR after version',
      input: 'version: STSv1\rmode: enforce\nmx: mail.example.com\nmax_age: 604800\n',
      rule: 'STS108',
      messageId: 'bareCr',
      severity: 'error',
      span: { line: 1, column: 15, endLine: 2, endColumn: 1 },
    },
    { name: 'CR-only file', input: policyLines(VALID, '\r'), rule: 'STS108', messageId: 'bareCr', severity: 'error', absent: ['STS109'] },
    { name: 'LF file without STS108', input: policyLines(VALID), rule: null, absent: ['STS108', 'STS109'] },
  ]);

  it('counts bare CRs in message', () => {
    const finding = lintPolicy(policyLines(VALID, '\r')).find((candidate) => candidate.ruleId === 'STS108');
    expect(finding?.data['count']).toBe(4);
  });
});

describe('policy bytes and characters', () => {
  runTable([
    { name: 'BOM at start', input: `\uFEFF${policyLines(VALID)}`, rule: 'STS107', messageId: 'bom', span: [1, 1, 1] },
    { name: 'file without BOM', input: policyLines(VALID), rule: null, absent: ['STS107'] },
    {
      name: 'BOM keeps first-line columns',
      input: `\uFEFF${policyWith({ version: 'version: STSv2' })}`,
      rule: 'STS202',
      messageId: 'invalid',
      span: [1, 10, 15],
    },
    { name: 'NUL in mode value', input: policyWith({ mode: 'mode: enf\0orce' }), rule: 'STS105', messageId: 'control', span: [2, 10, 11] },
    { name: 'BEL in extension value', input: policyWith({}, 'note: a\x07b'), rule: 'STS105', messageId: 'control', span: [5, 8, 9] },
    { name: 'DEL after mode', input: policyWith({ mode: 'mode: enforce\x7f' }), rule: 'STS105', messageId: 'control', span: [2, 14, 15] },
    { name: 'TAB inside extension value', input: policyWith({}, 'note: a\tb'), rule: 'STS105', messageId: 'tabInValue', span: [5, 8, 9] },
    { name: 'TAB after colon', input: policyWith({ mode: 'mode:\tenforce' }), rule: null },
    { name: 'trailing TAB and space', input: policyWith({ version: 'version: STSv1 \t' }), rule: null },
    { name: 'no space after colon', input: policyWith({ version: 'version:STSv1' }), rule: null },
    {
      name: 'invalid byte in mode',
      input: bytes('version: STSv1\nmode: enf', [0xff], 'orce\nmx: mail.example.com\nmax_age: 604800\n'),
      rule: 'STS104',
      messageId: 'invalidUtf8',
      span: [2, 10, 11],
      absent: ['STS106'],
    },
    { name: 'invalid byte after é', input: bytes(policyLines(VALID), 'note: é', [0xc3, 0x28], '\n'), rule: 'STS104', messageId: 'invalidUtf8', span: [5, 8, 9] },
    { name: 'truncated sequence at end', input: bytes(policyLines(VALID), 'note: a', [0xe2, 0x82]), rule: 'STS104', messageId: 'invalidUtf8', span: [5, 8, 9] },
    { name: 'invalid byte after BOM', input: bytes([0xef, 0xbb, 0xbf], 'version: STSv1', [0x80], '\n'), rule: 'STS104', span: [1, 15, 16] },
    { name: 'valid UTF-8 in extension', input: bytes(policyLines(VALID), 'note: caf', [0xc3, 0xa9], '\n'), rule: 'STS116', absent: ['STS104', 'STS106'] },
    { name: 'é in mode value', input: policyWith({ mode: 'mode: enforcé' }), rule: 'STS106', messageId: 'nonAscii', span: [2, 13, 14] },
    { name: 'emoji after max_age', input: policyWith({ max_age: 'max_age: 604800😀' }), rule: 'STS106', messageId: 'nonAscii', span: [4, 16, 18] },
    { name: 'ü in extension value', input: policyWith({}, 'note: grüße aus Köln'), rule: 'STS116', absent: ['STS106'] },
  ]);

  it('names the invalid byte', () => {
    const finding = lintPolicy(bytes('version: STSv1\nmode: enf', [0xff], 'orce\n')).find((candidate) => candidate.ruleId === 'STS104');
    expect(finding?.message).toContain('0xFF');
  });

  it('names the control character', () => {
    const finding = lintPolicy(policyWith({ mode: 'mode: enf\0orce' })).find((candidate) => candidate.ruleId === 'STS105');
    expect(finding?.message).toContain('NUL (0x00)');
  });
});

describe('policy empty and size', () => {
  runTable([
    { name: 'empty file', input: '', rule: 'STS101', messageId: 'empty', span: [1, 1, 1] },
    { name: 'single line break', input: '\n', rule: 'STS101', messageId: 'onlyBlank', span: [1, 1, 1] },
    { name: 'several line breaks', input: '\n\n\r\n', rule: 'STS101', messageId: 'onlyBlank' },
    { name: 'spaces and tabs only', input: ' \t \n\t\n', rule: 'STS101', messageId: 'onlyBlank' },
    { name: 'bare CRs only', input: '\r\r', rule: 'STS101', messageId: 'onlyBlank' },
    { name: 'one field line', input: 'version: STSv1\n', rule: 'STS203', absent: ['STS101'] },
    { name: 'over 10 KiB', input: paddedPolicy(10 * 1024 + 1), rule: 'STS103', messageId: 'large', severity: 'notice', absent: ['STS102'] },
    { name: 'exactly 10 KiB', input: paddedPolicy(10 * 1024), rule: 'STS116', absent: ['STS103'] },
    { name: 'exactly 64 KiB', input: paddedPolicy(64 * 1024), rule: 'STS103', absent: ['STS102'] },
    { name: 'over 64 KiB', input: paddedPolicy(64 * 1024 + 1), rule: 'STS102', messageId: 'tooLarge', severity: 'error', span: [1, 1, 1] },
  ]);

  it.each([
    ['empty file', ''],
    ['line breaks only', '\n\n'],
    ['whitespace only', '  \n'],
  ])('%s reports STS101 alone', (_name, input) => {
    expect(summarize(lintPolicy(input)).map((entry) => entry.split(' ')[0])).toEqual(['STS101']);
  });

  it('over 64 KiB reports STS102 alone', () => {
    const findings = lintPolicy(paddedPolicy(64 * 1024 + 1).replace('mode: enforce', 'mode: Enforce'));
    expect(summarize(findings)).toEqual(['STS102 tooLarge']);
  });

  it('over 64 KiB names size and limit', () => {
    const finding = lintPolicy(paddedPolicy(70_000))[0];
    expect(finding?.message).toContain('70000');
    expect(finding?.message).toContain('65536');
  });
});

describe('policy line shape', () => {
  runTable([
    { name: 'blank line in middle', input: 'version: STSv1\n\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n', rule: 'STS110', messageId: 'blank', span: [2, 1, 1] },
    { name: 'blank CRLF line', input: 'version: STSv1\r\n\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800\r\n', rule: 'STS110', messageId: 'blank', span: [2, 1, 1] },
    { name: 'blank first line', input: `\n${policyLines(VALID)}`, rule: 'STS110', messageId: 'blank', span: [1, 1, 1] },
    {
      name: 'trailing double newline',
      input: `${policyLines(VALID)}\n`,
      rule: 'STS110',
      messageId: 'trailing',
      span: { line: 5, column: 1, endLine: 6, endColumn: 1 },
    },
    {
      name: 'three trailing newlines',
      input: `${policyLines(VALID)}\n\n`,
      rule: 'STS110',
      messageId: 'trailing',
      span: { line: 5, column: 1, endLine: 7, endColumn: 1 },
    },
    { name: 'single final newline', input: policyLines(VALID), rule: null, absent: ['STS110'] },
    { name: 'comment line', input: `# production\n${policyLines(VALID)}`, rule: 'STS111', messageId: 'comment', span: [1, 1, 13] },
    { name: 'hash inside extension value', input: policyWith({}, 'note: a#b'), rule: 'STS116', absent: ['STS111'] },
    { name: 'field at column 1', input: policyLines(VALID), rule: null, absent: ['STS112'] },
    { name: 'leading space', input: policyWith({ version: ' version: STSv1' }), rule: 'STS112', messageId: 'indent', span: [1, 1, 2], absent: ['STS201'] },
    { name: 'leading tab', input: policyWith({ mode: '\tmode: enforce' }), rule: 'STS112', messageId: 'indent', span: [2, 1, 2], absent: ['STS203'] },
    {
      name: 'space before colon',
      input: policyWith({ mode: 'mode : enforce' }),
      rule: 'STS113',
      messageId: 'spaceBeforeColon',
      span: [2, 5, 6],
      absent: ['STS203', 'STS204'],
    },
    { name: 'equals instead of colon', input: policyWith({ mode: 'mode=enforce' }), rule: 'STS113', messageId: 'equalsInsteadOfColon', span: [2, 1, 13] },
    { name: 'line without colon', input: policyWith({ mode: 'mode enforce' }), rule: 'STS113', messageId: 'noColon', span: [2, 1, 13] },
    { name: 'TXT record as line', input: policyWith({}, 'v=STSv1; id=1'), rule: 'STS113', messageId: 'recordInPolicy', span: [5, 1, 14] },
    { name: 'front matter fence', input: `---\n${policyLines(VALID)}`, rule: 'STS113', messageId: 'frontMatterFence', span: [1, 1, 4] },
    { name: 'empty field name', input: policyWith({}, ': x'), rule: 'STS113', messageId: 'emptyName', span: [5, 1, 2] },
    { name: 'space inside name', input: policyWith({}, 'foo bar: x'), rule: 'STS113', messageId: 'badNameChar', span: [5, 4, 5] },
    { name: 'name starting with underscore', input: policyWith({}, '_note: x'), rule: 'STS113', messageId: 'badNameChar', span: [5, 1, 2] },
    { name: 'non-ASCII in name', input: policyWith({}, 'nöte: x'), rule: 'STS113', messageId: 'badNameChar', span: [5, 2, 3] },
    { name: '33-character name', input: policyWith({}, `${'n'.repeat(33)}: x`), rule: 'STS113', messageId: 'nameTooLong', span: [5, 1, 34] },
    { name: '32-character name', input: policyWith({}, `${'n'.repeat(32)}: x`), rule: 'STS116', absent: ['STS113'] },
    { name: 'empty extension value', input: policyWith({}, 'note:'), rule: 'STS113', messageId: 'emptyValue', span: [5, 1, 6] },
    { name: 'blank extension value', input: policyWith({}, 'note:   '), rule: 'STS113', messageId: 'emptyValue', span: [5, 1, 9] },
    { name: 'extension value with spaces', input: policyWith({}, 'note: a b  c'), rule: 'STS116', absent: ['STS113', 'STS105'] },
  ]);

  it('space before colon names the fix', () => {
    const finding = lintPolicy(policyWith({ mode: 'mode : enforce' })).find((candidate) => candidate.ruleId === 'STS113');
    expect(finding?.message).toContain('`mode:`');
  });

  it('equals line names the fix', () => {
    const finding = lintPolicy(policyWith({ mode: 'mode=enforce' })).find((candidate) => candidate.ruleId === 'STS113');
    expect(finding?.message).toContain('`mode: enforce`');
  });
});

describe('policy field names', () => {
  runTable([
    { name: 'Version key', input: policyWith({ version: 'Version: STSv1' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [1, 1, 8], absent: ['STS201'] },
    { name: 'Mode key', input: policyWith({ mode: 'Mode: enforce' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [2, 1, 5], absent: ['STS203'] },
    { name: 'MODE key', input: policyWith({ mode: 'MODE: enforce' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [2, 1, 5] },
    { name: 'MX key', input: policyWith({ mx: 'MX: mail.example.com' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [3, 1, 3], absent: ['STS209'] },
    { name: 'max-age key', input: policyWith({ max_age: 'max-age: 604800' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [4, 1, 8], absent: ['STS205'] },
    { name: 'maxage key', input: policyWith({ max_age: 'maxage: 604800' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [4, 1, 7] },
    { name: 'nmx key', input: policyWith({ mx: 'nmx: mail.example.com' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [3, 1, 4], absent: ['STS209'] },
    { name: 'mx_host key', input: policyWith({ mx: 'mx_host: mail.example.com' }), rule: 'STS114', messageId: 'nearMiss', severity: 'error', span: [3, 1, 8] },
    {
      name: 'max-age beside max_age',
      input: policyWith({}, 'max-age: 86400'),
      rule: 'STS114',
      messageId: 'nearMissPresent',
      severity: 'warning',
      span: [5, 1, 8],
    },
    {
      name: 'mx_host beside mx',
      input: policyWith({}, 'mx_host: backup.example.com'),
      rule: 'STS114',
      messageId: 'nearMissPresent',
      severity: 'warning',
      span: [5, 1, 8],
    },
    { name: 'unrelated extension', input: policyWith({}, 'note: hello'), rule: 'STS116', messageId: 'unknown', severity: 'notice', span: [5, 1, 5], absent: ['STS114'] },
    { name: 'record key id', input: policyWith({}, 'id: 20240501'), rule: 'STS116', messageId: 'recordKey', severity: 'warning', span: [5, 1, 3] },
    { name: 'registered fields only', input: policyLines(VALID), rule: null, absent: ['STS114', 'STS116'] },
    { name: 'version after mode', input: policyLines(['mode: enforce', 'version: STSv1', 'mx: mail.example.com', 'max_age: 604800']), rule: 'STS117', messageId: 'order', span: [2, 1, 8] },
    { name: 'max_age before mx', input: policyLines(['version: STSv1', 'mode: enforce', 'max_age: 604800', 'mx: mail.example.com']), rule: 'STS117', messageId: 'order', span: [4, 1, 3] },
    { name: 'Appendix A order', input: policyLines(VALID), rule: null, absent: ['STS117'] },
  ]);

  it('near miss names value and fix', () => {
    const finding = lintPolicy(policyWith({ max_age: 'max-age: 604800' })).find((candidate) => candidate.ruleId === 'STS114');
    expect(finding?.message).toContain('`max-age`');
    expect(finding?.message).toContain('`max_age: 604800`');
  });
});

describe('policy duplicate fields', () => {
  runTable([
    { name: 'two mode lines', input: policyWith({}, 'mode: testing'), rule: 'STS115', messageId: 'registered', severity: 'error', span: [5, 1, 14] },
    { name: 'two max_age lines', input: policyWith({}, 'max_age: 86400'), rule: 'STS115', messageId: 'registered', span: [5, 1, 15] },
    { name: 'two version lines', input: policyWith({}, 'version: STSv1'), rule: 'STS115', messageId: 'repeated', span: [5, 1, 15] },
    { name: 'two different mode lines', input: policyWith({}, 'mode: testing'), rule: 'STS115', messageId: 'registered', span: [5, 1, 14] },
    { name: 'two extension lines', input: policyWith({}, 'note: a', 'note: b'), rule: 'STS115', messageId: 'extension', severity: 'error', span: [6, 1, 8] },
    { name: 'two different extensions', input: policyWith({}, 'note: a', 'owner: b'), rule: 'STS116', absent: ['STS115'] },
    {
      name: 'two mx lines',
      input: policyLines(['version: STSv1', 'mode: enforce', 'mx: a.example.com', 'mx: b.example.com', 'max_age: 604800']),
      rule: null,
      absent: ['STS115'],
    },
  ]);

  it('duplicate names both values', () => {
    const finding = lintPolicy(policyWith({}, 'mode: testing')).find((candidate) => candidate.ruleId === 'STS115');
    expect(finding?.message).toContain('`testing`');
    expect(finding?.message).toContain('`enforce`');
    expect(finding?.data['firstLine']).toBe(2);
  });

  it('first mode wins', () => {
    const findings = lintPolicy(policyWith({ max_age: 'max_age: 86400' }, 'mode: testing'));
    expect(findings.find((finding) => finding.ruleId === 'STS219')?.messageId).toBe('enforce');
  });
});
