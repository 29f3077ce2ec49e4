/**
 * Shared pieces of the rule tables: a valid policy to vary, record sources
 * that keep policy tests free of record findings, and the checks that every
 * table row runs.
 */

import { expect } from 'vitest';

import type { Finding, Severity, Span } from '../../src/core/diagnostic.js';
import { findRule } from '../../src/core/rules/catalog.js';
import { lintPolicyText, type SnippetContext } from '../helpers/lint.js';

export const VALID_STS = 'v=STSv1; id=20240501120000';
export const VALID_TLSRPT = 'v=TLSRPTv1; rua=mailto:tlsrpt@example.com';

/** Record sources that produce no finding, so policy rows see only policy findings. */
export const RECORDS: SnippetContext = { sts: VALID_STS, tlsrpt: VALID_TLSRPT };

type PolicyLine = 'version' | 'mode' | 'mx' | 'max_age';

const VALID_LINES: Record<PolicyLine, string> = {
  version: 'version: STSv1',
  mode: 'mode: enforce',
  mx: 'mx: mail.example.com',
  max_age: 'max_age: 604800',
};

/**
 * Builds an LF-terminated policy from a valid enforce policy. `replace`
 * swaps whole lines by field (null drops the line). The fields stay on
 * lines 1 to 4 in the order version, mode, mx, max_age, and `extra` lines
 * follow from line 5 on, unless a dropped line moves them up.
 */
export function policyWith(replace: Partial<Record<PolicyLine, string | null>> = {}, ...extra: string[]): string {
  const lines: string[] = [];
  for (const field of ['version', 'mode', 'mx', 'max_age'] as const) {
    const line = field in replace ? replace[field] : VALID_LINES[field];
    if (line !== null && line !== undefined) lines.push(line);
  }
  lines.push(...extra);
  return lines.map((line) => `${line}\n`).join('');
}

/** Builds a policy from lines joined by `ending`, with `ending` after the last line too. */
export function policyLines(lines: readonly string[], ending = '\n'): string {
  return lines.map((line) => `${line}${ending}`).join('');
}

/** Lints a policy with valid record sources, so only policy findings remain. */
export function lintPolicy(text: string | Uint8Array, context: SnippetContext = {}): Finding[] {
  return lintPolicyText(text, { ...RECORDS, ...context });
}

/** Lists findings as `ruleId messageId` for readable failure output. */
export function summarize(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.ruleId} ${finding.messageId}`);
}

/** One table row: an input and the rule it must report, or null when it must report nothing. */
export interface RuleCase {
  name: string;
  input: string | Uint8Array;
  rule: string | null;
  messageId?: string;
  severity?: Severity;
  /** `[line, column, endColumn]` for a span on one line, or a full span. */
  span?: readonly [number, number, number] | Span;
  /** Rules that must not be reported. */
  absent?: readonly string[];
}

function toSpan(span: readonly [number, number, number] | Span): Span {
  if ('line' in span) return span;
  const [line, column, endColumn] = span;
  return { line, column, endLine: line, endColumn };
}

/** Checks one row against the findings for its input. `source` is the text that spans point into. */
export function expectCase(findings: readonly Finding[], row: RuleCase, source: string): void {
  if (row.rule === null) {
    expect(summarize(findings)).toEqual([]);
  } else {
    const found = findings.find((finding) => finding.ruleId === row.rule);
    expect(found, `${row.rule} in ${JSON.stringify(summarize(findings))}`).toBeDefined();
    if (row.messageId !== undefined) expect(found?.messageId).toBe(row.messageId);
    if (row.severity !== undefined) expect(found?.severity).toBe(row.severity);
    if (row.span !== undefined) expect(found?.span).toEqual(toSpan(row.span));
  }

  for (const rule of row.absent ?? []) {
    expect(summarize(findings).filter((entry) => entry.startsWith(`${rule} `))).toEqual([]);
  }
  expectSpansInside(findings, source);
  expectMessagesComplete(findings);
}

/** Returns the text that a policy row's spans point into. */
export function sourceText(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : new TextDecoder().decode(input);
}

/**
 * Checks that every span lies inside `source`: lines from 1 to the line
 * count, columns from 1 to the line length + 1 (columns are exclusive at
 * the end). Lines end at LF, CRLF or a bare CR, and a leading BOM takes no
 * column, as in the parsers.
 */
export function expectSpansInside(findings: readonly Finding[], source: string): void {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const width = (line: number): number => (lines[line - 1] ?? '').length + 1;

  for (const finding of findings) {
    const span = finding.span;
    if (span === null) continue;
    const label = `${finding.ruleId} ${finding.messageId} ${JSON.stringify(span)}`;
    expect(span.line, `${label}: line`).toBeGreaterThanOrEqual(1);
    expect(span.endLine, `${label}: endLine`).toBeGreaterThanOrEqual(span.line);
    expect(span.endLine, `${label}: endLine`).toBeLessThanOrEqual(lines.length);
    expect(span.column, `${label}: column`).toBeGreaterThanOrEqual(1);
    expect(span.column, `${label}: column`).toBeLessThanOrEqual(width(span.line));
    expect(span.endColumn, `${label}: endColumn`).toBeLessThanOrEqual(width(span.endLine));
    if (span.endLine === span.line) expect(span.endColumn, `${label}: endColumn`).toBeGreaterThanOrEqual(span.column);
  }
}

/** Checks that each finding uses a message of its rule and supplies every value that the message names. */
export function expectMessagesComplete(findings: readonly Finding[]): void {
  for (const finding of findings) {
    const template = findRule(finding.ruleId)?.messages[finding.messageId];
    expect(template, `${finding.ruleId} has message ${finding.messageId}`).toBeDefined();
    const names = [...(template ?? '').matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1]!);
    expect(Object.keys(finding.data), `${finding.ruleId} ${finding.messageId} data`).toEqual(expect.arrayContaining(names));
  }
}
