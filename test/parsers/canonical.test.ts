/**
 * The canonical policy form and the content-hash id built on it. Changes
 * that do not alter what senders do keep the canonical form: field order,
 * whitespace, line endings, mx case and repeated lines. Changes to a value
 * or an extension alter it.
 */

import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { canonicalizePolicy, canonicalText, samePolicyContent, type CanonicalPolicy } from '../../src/core/policy/canonical.js';
import { contentHashId } from '../../src/core/policy/hash.js';
import { parsePolicy } from '../../src/core/policy/parse.js';

const BASE = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: backup.example.com\nmax_age: 604800\nnote: primary site\n';

function canonical(text: string): CanonicalPolicy {
  return canonicalizePolicy(parsePolicy(text));
}

describe('canonical form', () => {
  it.each([
    ['reordered fields', 'note: primary site\nmax_age: 604800\nmx: backup.example.com\nversion: STSv1\nmx: mail.example.com\nmode: enforce\n'],
    ['CRLF endings', BASE.replaceAll('\n', '\r\n')],
    ['mixed endings', BASE.replace('\n', '\r\n')],
    ['no final newline', BASE.slice(0, -1)],
    ['no space after colon', BASE.replaceAll(': ', ':')],
    ['tabs and trailing spaces', BASE.replaceAll(': ', ':\t').replaceAll('\n', ' \t\n')],
    ['mx in uppercase', BASE.replace('mx: mail.example.com', 'mx: MAIL.Example.COM')],
    ['repeated mx line', `${BASE}mx: Mail.example.com\n`],
    ['max_age leading zero', BASE.replace('604800', '0604800')],
    ['repeated extension', `${BASE}note: other site\n`],
  ])('%s keeps the form', (_name, text) => {
    expect(canonicalText(canonical(text))).toBe(canonicalText(canonical(BASE)));
  });

  it.each([
    ['mode changed', BASE.replace('mode: enforce', 'mode: testing')],
    ['max_age changed', BASE.replace('604800', '1209600')],
    ['mx pattern changed', BASE.replace('mx: backup.example.com', 'mx: *.example.com')],
    ['mx pattern removed', BASE.replace('mx: backup.example.com\n', '')],
    ['mx pattern added', `${BASE}mx: third.example.com\n`],
    ['extension value changed', BASE.replace('primary site', 'secondary site')],
    ['extension added', `${BASE}owner: postmaster\n`],
    ['extension removed', BASE.replace('note: primary site\n', '')],
    ['extension name case', BASE.replace('note:', 'Note:')],
    ['invalid max_age fixed', BASE.replace('604800', '1w')],
    ['invalid mode value', BASE.replace('mode: enforce', 'mode: Enforce')],
  ])('%s changes the form', (_name, text) => {
    expect(samePolicyContent(canonical(text), canonical(BASE))).toBe(false);
  });

  it('same content compares equal', () => {
    expect(samePolicyContent(canonical(BASE.replaceAll('\n', '\r\n')), canonical(BASE))).toBe(true);
  });

  it('text follows Appendix A order', () => {
    const expected = 'version: STSv1\nmode: enforce\nmx: backup.example.com\nmx: mail.example.com\nmax_age: 604800\nnote: primary site\n';
    expect(canonicalText(canonical(BASE))).toBe(expected);
  });

  it('lowercases and sorts mx', () => {
    expect(canonical('mx: b.EXAMPLE.com\nmx: A.example.com\nmx: a.example.com\n').mx).toEqual(['a.example.com', 'b.example.com']);
  });

  it('keeps first of duplicate fields', () => {
    expect(canonical('mode: enforce\nmode: testing\n').mode).toBe('enforce');
  });

  it('stores max_age as a number', () => {
    expect(canonical('max_age: 086400\n').maxAge).toBe(86400);
  });

  it('keeps invalid max_age as text', () => {
    expect(canonical('max_age: 1w\n').maxAge).toBe('1w');
  });

  it('sorts extensions by name', () => {
    expect(canonical('zeta: 1\nalpha: 2\n').extensions).toEqual([
      ['alpha', '2'],
      ['zeta', '1'],
    ]);
  });
});

describe('content hash id', () => {
  it('is 32 lowercase hex characters', () => {
    expect(contentHashId(canonical(BASE))).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is a valid policy id', () => {
    expect(contentHashId(canonical(BASE))).toMatch(/^[A-Za-z0-9]{1,32}$/);
  });

  it('is stable across calls', () => {
    expect(contentHashId(canonical(BASE))).toBe(contentHashId(canonical(BASE)));
  });

  it('is SHA-256 of canonical text', () => {
    const expected = createHash('sha256').update(canonicalText(canonical(BASE)), 'utf8').digest('hex').slice(0, 32);
    expect(contentHashId(canonical(BASE))).toBe(expected);
  });

  it('keeps value for fixed policy', () => {
    // The value is `sha256sum` of the policy text, which is already canonical. A change to the canonical text
    // would change every published hash id, so it must fail here.
    expect(contentHashId(canonical('version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n'))).toBe('ddcfc28c0c2a59db89ddc447d331ecff');
  });

  it('ignores byte-only changes', () => {
    expect(contentHashId(canonical(BASE.replaceAll('\n', '\r\n')))).toBe(contentHashId(canonical(BASE)));
  });

  it('changes with the content', () => {
    expect(contentHashId(canonical(BASE.replace('enforce', 'testing')))).not.toBe(contentHashId(canonical(BASE)));
  });
});
