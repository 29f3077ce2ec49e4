/**
 * compareRevisions on plain data: the cases around missing parts at one revision.
 */

import { describe, expect, it } from 'vitest';

import { lintDomain } from '../../src/core/lint.js';
import { compareRevisions, type DomainState } from '../../src/core/revision/compare.js';
import { toState } from '../../src/app/gate.js';
import { recordSet } from '../helpers/lint.js';

const NOW = new Date('2026-01-01T00:00:00Z');

function state(policy: string | null, record: string | null): DomainState {
  const input = {
    domain: 'example.com',
    ...(policy === null ? {} : { policy: { file: '.well-known/mta-sts.txt', bytes: new TextEncoder().encode(policy) } }),
    ...(record === null ? {} : { sts: recordSet(record, 'dns/mta-sts.txt') }),
  };
  return toState(lintDomain(input), input);
}

function rules(base: DomainState, head: DomainState): string[] {
  return compareRevisions({ domain: 'example.com', base, head, history: [], now: NOW, liveChecked: false }).map(({ raw }) => `${raw.ruleId} ${raw.messageId}`);
}

const ENFORCE = 'version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 1209600\n';
const TESTING = 'version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 1209600\n';

describe('compareRevisions edges', () => {
  it('first enforce policy after a record', () => {
    expect(rules(state(null, 'v=STSv1; id=1a'), state(ENFORCE, 'v=STSv1; id=2b'))).toEqual(['STS506 enforce']);
  });

  it('narrowing a none policy is silent', () => {
    const before = 'version: STSv1\nmode: none\nmx: a.example.com\nmx: b.example.com\nmax_age: 86400\n';
    const after = 'version: STSv1\nmode: none\nmx: a.example.com\nmax_age: 3600\n';
    expect(rules(state(before, 'v=STSv1; id=1a'), state(after, 'v=STSv1; id=2b'))).toEqual([]);
  });

  it('head record without id is missing', () => {
    expect(rules(state(ENFORCE, 'v=STSv1; id=1a'), state(TESTING, 'v=STSv1;'))).toContain('STS505 recordRemoved');
  });

  it('removing a record without policy is silent', () => {
    expect(rules(state(null, 'v=STSv1; id=1a'), state(null, null))).toEqual([]);
  });

  it('invalid base mode counts as active', () => {
    const broken = 'version: STSv1\nmode: Enforce\nmx: mx.example.com\nmax_age: 1209600\n';
    const findings = compareRevisions({ domain: 'example.com', base: state(broken, 'v=STSv1; id=1a'), head: null, history: [], now: NOW, liveChecked: false });
    expect(findings.map(({ raw }) => raw.messageId)).toEqual(['policyRemoved']);
    expect(findings[0]?.raw.data?.mode).toBe('Enforce');
  });
});
