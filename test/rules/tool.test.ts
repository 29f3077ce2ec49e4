/**
 * STS0xx, the tool's own notices, and the rules that need more than the
 * policy file: STS222/STS223 (TLS-RPT record source) and STS301 (`_mta-sts`
 * record source). Each row names the rule it must report (null: no finding
 * at all). Every row also checks that all spans lie inside the input and
 * that every message gets the values it names.
 */

import { describe, expect, it } from 'vitest';

import type { SiteFacts } from '../../src/core/site.js';
import { lintPolicyText, lintStsText, type SnippetContext } from '../helpers/lint.js';
import { RECORDS, VALID_STS, VALID_TLSRPT, expectCase, policyWith, type RuleCase } from './support.js';

interface ToolCase extends RuleCase {
  context: SnippetContext;
}

const TESTING = policyWith({ mode: 'mode: testing' });
const FRONT_MATTER = '---\nlayout: null\n---\n';

/** Site facts for a Jekyll build; `dotFolder` null means the policy is outside a dot folder. */
function jekyll(overrides: Partial<NonNullable<SiteFacts['jekyll']>> = {}, dotFolder: string | null = '.well-known'): SiteFacts {
  const site: SiteFacts = { jekyll: { signal: '_config.yml', disabled: false, includesDotFolder: false, ...overrides } };
  if (dotFolder !== null) site.dotFolder = dotFolder;
  return site;
}

describe('tool notices', () => {
  it.each<ToolCase>([
    { name: 'unknown policy domain', input: policyWith(), context: { ...RECORDS, domain: null }, rule: 'STS001', messageId: 'unknown', severity: 'notice' },
    { name: 'known policy domain', input: policyWith(), context: RECORDS, rule: null, absent: ['STS001'] },
    {
      name: 'Jekyll front matter',
      input: `${FRONT_MATTER}${policyWith()}`,
      context: { ...RECORDS, site: jekyll({ includesDotFolder: true }) },
      rule: 'STS002',
      messageId: 'jekyll',
      severity: 'notice',
      span: { line: 1, column: 1, endLine: 3, endColumn: 4 },
      absent: ['STS113'],
    },
    {
      name: 'front matter with .nojekyll',
      input: `${FRONT_MATTER}${policyWith()}`,
      context: { ...RECORDS, site: jekyll({ disabled: true }) },
      rule: 'STS113',
      messageId: 'frontMatterFence',
      absent: ['STS002', 'STS005'],
    },
    { name: 'Jekyll without front matter', input: policyWith(), context: { ...RECORDS, site: jekyll({ includesDotFolder: true }) }, rule: null, absent: ['STS002'] },
    {
      name: 'Jekyll skips .well-known',
      input: policyWith(),
      context: { ...RECORDS, site: jekyll() },
      rule: 'STS005',
      messageId: 'excludedConfig',
      severity: 'warning',
    },
    { name: 'Jekyll includes .well-known', input: policyWith(), context: { ...RECORDS, site: jekyll({ includesDotFolder: true }) }, rule: null, absent: ['STS005'] },
    { name: 'Jekyll file outside dot folder', input: policyWith(), context: { ...RECORDS, site: jekyll({}, null) }, rule: null, absent: ['STS005'] },
    { name: 'no record source', input: policyWith(), context: {}, rule: 'STS003', messageId: 'noSource', severity: 'notice' },
    { name: 'STS record source only', input: policyWith(), context: { sts: VALID_STS }, rule: 'STS003', messageId: 'noTlsrpt', severity: 'notice' },
    {
      name: 'template syntax',
      input: policyWith({ mode: 'mode: {{ mta_sts_mode }}' }),
      context: RECORDS,
      rule: 'STS004',
      messageId: 'template',
      severity: 'notice',
    },
    { name: 'no template syntax', input: policyWith(), context: RECORDS, rule: null, absent: ['STS004'] },
  ])('$name', (row) => {
    expectCase(lintPolicyText(row.input, row.context), row, row.input as string);
  });

  it('front matter shifts line numbers', () => {
    const findings = lintPolicyText(`${FRONT_MATTER}${policyWith({ mode: 'mode: Enforce' })}`, { ...RECORDS, site: jekyll({ includesDotFolder: true }) });
    expect(findings.find((finding) => finding.ruleId === 'STS204')?.span).toEqual({ line: 5, column: 7, endLine: 5, endColumn: 14 });
  });

  it('template names the token', () => {
    const findings = lintPolicyText(policyWith({ mode: 'mode: {{ mta_sts_mode }}' }), RECORDS);
    expect(findings.find((finding) => finding.ruleId === 'STS004')?.message).toContain('`{{ mta_sts_mode }}`');
  });

  it('Jekyll warning names the fix', () => {
    const findings = lintPolicyText(policyWith(), { ...RECORDS, site: jekyll() });
    expect(findings.find((finding) => finding.ruleId === 'STS005')?.message).toContain('`.nojekyll`');
  });
});

describe('record presence', () => {
  it.each<ToolCase>([
    {
      name: 'testing without TLS-RPT',
      input: TESTING,
      context: { sts: VALID_STS, tlsrpt: '' },
      rule: 'STS222',
      messageId: 'missing',
      severity: 'warning',
      span: [2, 7, 14],
    },
    { name: 'testing with TLS-RPT', input: TESTING, context: RECORDS, rule: null, absent: ['STS222'] },
    { name: 'testing, no TLS-RPT source', input: TESTING, context: { sts: VALID_STS }, rule: 'STS003', messageId: 'noTlsrpt', absent: ['STS222'] },
    {
      name: 'enforce without TLS-RPT',
      input: policyWith(),
      context: { sts: VALID_STS, tlsrpt: '' },
      rule: 'STS223',
      messageId: 'missing',
      severity: 'notice',
      span: [2, 7, 14],
      absent: ['STS222'],
    },
    { name: 'enforce with TLS-RPT', input: policyWith(), context: RECORDS, rule: null, absent: ['STS223'] },
    {
      name: 'none without TLS-RPT',
      input: policyWith({ mode: 'mode: none', max_age: 'max_age: 86400' }),
      context: { sts: VALID_STS, tlsrpt: '' },
      rule: null,
      absent: ['STS222', 'STS223'],
    },
    { name: 'empty STS source', input: policyWith(), context: { sts: '', tlsrpt: VALID_TLSRPT }, rule: 'STS301', messageId: 'missing', severity: 'error' },
    { name: 'STS source with record', input: policyWith(), context: RECORDS, rule: null, absent: ['STS301'] },
    { name: 'empty STS source, no domain', input: policyWith(), context: { sts: '', tlsrpt: VALID_TLSRPT, domain: null }, rule: 'STS001', absent: ['STS301'] },
  ])('$name', (row) => {
    expectCase(lintPolicyText(row.input, row.context), row, row.input as string);
  });

  it('STS301 with only unrelated TXT', () => {
    const findings = lintStsText('v=spf1 -all');
    expect(findings.map((finding) => finding.ruleId)).toContain('STS301');
  });

  it('STS301 names domain and source', () => {
    const finding = lintStsText('').find((candidate) => candidate.ruleId === 'STS301');
    expect(finding?.message).toContain('`_mta-sts.example.com`');
    expect(finding?.message).toContain('`dns/mta-sts.txt`');
  });

  it('STS222 names domain and source', () => {
    const findings = lintPolicyText(TESTING, { sts: VALID_STS, tlsrpt: '' });
    const finding = findings.find((candidate) => candidate.ruleId === 'STS222');
    expect(finding?.message).toContain('`example.com`');
    expect(finding?.message).toContain('`dns/tlsrpt.txt`');
  });
});
