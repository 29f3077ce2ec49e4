/**
 * mx patterns (RFC 8461 §3.2 `sts-policy-mx-value`) and their matching
 * against MX host names (§4.1).
 */

import { domainToASCII, domainToUnicode } from 'node:url';

import type { Severity } from './diagnostic.js';

export interface MxProblem {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
  /** Offset inside the pattern of the offending character, when one character is to blame. */
  offset?: number;
  length?: number;
  severity?: Severity;
}

const LABEL_CHAR = /[A-Za-z0-9-]/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Checks one mx pattern as written after `mx:` (surrounding whitespace
 * removed). Returns nothing for a valid, tidy pattern.
 */
export function checkMxPattern(pattern: string, mode: string | null): MxProblem[] {
  const problems: MxProblem[] = [];

  const comment = /^(\S*)[ \t]+#/.exec(pattern);
  if (comment) {
    // The part before the comment gets its own checks, so the suggested fix is never itself invalid.
    const inner = checkMxPattern(comment[1]!, mode).filter((problem) => problem.ruleId !== 'STS217');
    const offset = pattern.indexOf('#');
    problems.push({ ruleId: 'STS214', messageId: inner.length > 0 ? 'commentOnly' : 'comment', data: { value: pattern, fixed: comment[1]! }, offset, length: pattern.length - offset });
    problems.push(...inner);
    return problems;
  }
  const template = /\{\{.*\}\}|\{%.*%\}|\$\{.*\}|<%.*%>/.exec(pattern);
  if (template) {
    problems.push({ ruleId: 'STS214', messageId: 'placeholder', data: { value: pattern }, offset: template.index, length: template[0].length });
    return problems;
  }

  const listMatch = /[,\s]/.exec(pattern);
  if (listMatch) {
    const parts = pattern.split(/[,\s]+/).filter((part) => part.length > 0);
    problems.push({
      ruleId: 'STS211',
      messageId: 'list',
      data: { value: pattern, lines: parts.map((part) => `mx: ${part}`).join('`, `') },
      offset: listMatch.index,
      length: 1,
    });
    return problems;
  }

  const nonAscii = /[^\x00-\x7f]/u.exec(pattern);
  if (nonAscii) {
    const aLabel = domainToASCII(pattern.replace(/^\*\./, ''));
    problems.push({
      ruleId: 'STS212',
      messageId: aLabel ? 'withALabel' : 'plain',
      data: { value: pattern, aLabel: pattern.startsWith('*.') ? `*.${aLabel}` : aLabel },
      offset: nonAscii.index,
      length: nonAscii[0].length,
    });
    return problems;
  }

  const shape = checkShape(pattern);
  if (shape) {
    problems.push(shape);
    return problems;
  }

  const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  if (IPV4.test(host)) {
    problems.push({
      ruleId: 'STS215',
      messageId: 'ipv4',
      data: { value: pattern },
      // A pattern that can never match makes enforce-mode delivery fail, so it is an error there.
      ...(mode === 'enforce' ? { severity: 'error' as const } : {}),
    });
  }

  for (const label of host.split('.')) {
    if (!/^xn--/i.test(label)) continue;
    const unicode = domainToUnicode(label.toLowerCase());
    const roundTrip = unicode ? domainToASCII(unicode) : '';
    if (!unicode || roundTrip !== label.toLowerCase()) {
      problems.push({
        ruleId: 'STS213',
        messageId: 'badPunycode',
        data: { value: pattern, label },
        offset: pattern.indexOf(label),
        length: label.length,
      });
      break;
    }
  }

  if (pattern !== pattern.toLowerCase()) {
    problems.push({ ruleId: 'STS217', messageId: 'uppercase', data: { value: pattern, lower: pattern.toLowerCase() } });
  }
  return problems;
}

/** Finds the first way the pattern breaks the grammar or DNS length limits. */
function checkShape(pattern: string): MxProblem | undefined {
  const invalid = (messageId: string, data: Record<string, string | number> = {}, offset?: number, length = 1): MxProblem => ({
    ruleId: 'STS214',
    messageId,
    data: { value: pattern, ...data },
    ...(offset === undefined ? {} : { offset, length }),
  });

  if (pattern.startsWith('[') || /^[0-9a-f]*:[0-9a-f:.]*$/i.test(pattern) && pattern.includes('::')) {
    return invalid('addressLiteral');
  }
  const portMatch = /^([^:]+):(\d+)$/.exec(pattern);
  if (portMatch) {
    return invalid('port', { host: portMatch[1]!, port: portMatch[2]! }, portMatch[1]!.length, portMatch[2]!.length + 1);
  }
  if (pattern === '*' || pattern === '*.') {
    return invalid('wildcardOnly');
  }
  if (pattern.length > 1 && pattern.endsWith('.')) {
    return invalid('trailingDot', { fixed: pattern.replace(/\.+$/, '') }, pattern.length - 1);
  }
  if (pattern.startsWith('.')) {
    return invalid('leadingDot', { fixed: `*${pattern}` }, 0);
  }

  const starIndex = pattern.indexOf('*');
  if (starIndex >= 0) {
    if (starIndex === 0 && pattern.startsWith('*.')) {
      const second = pattern.indexOf('*', 1);
      if (second >= 0) return invalid('multiWildcard', {}, second);
    } else if (starIndex === 0) {
      return invalid('partialWildcard', {}, 0, 2);
    } else {
      return invalid('innerWildcard', {}, starIndex);
    }
  }

  const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  const hostOffset = pattern.length - host.length;
  if (host.length > 253) {
    return invalid('nameTooLong', { length: host.length });
  }

  let labelOffset = hostOffset;
  for (const label of host.split('.')) {
    if (label.length === 0) {
      return invalid('emptyLabel', {}, labelOffset);
    }
    for (let index = 0; index < label.length; index++) {
      const char = label[index]!;
      if (!LABEL_CHAR.test(char)) {
        return invalid(char === '_' ? 'underscore' : 'badChar', { char, label }, labelOffset + index);
      }
    }
    if (label.startsWith('-') || label.endsWith('-')) {
      return invalid('hyphen', { label }, label.startsWith('-') ? labelOffset : labelOffset + label.length - 1);
    }
    if (label.length > 63) {
      return invalid('labelTooLong', { label: label.slice(0, 20) + '…', length: label.length }, labelOffset, label.length);
    }
    labelOffset += label.length + 1;
  }
  return undefined;
}

/** Removes the root dot and lowercases a host name for comparison. */
export function normalizeHost(host: string): string {
  return host.replace(/\.$/, '').toLowerCase();
}

/**
 * Tells whether an MX host name matches an mx pattern. A wildcard covers
 * exactly one left-most label (RFC 8461 §4.1), and names compare
 * case-insensitively.
 */
export function matchesMxPattern(pattern: string, host: string): boolean {
  const normalizedPattern = pattern.toLowerCase();
  const normalizedHost = normalizeHost(host);
  if (!normalizedPattern.startsWith('*.')) {
    return normalizedPattern === normalizedHost;
  }

  const dot = normalizedHost.indexOf('.');
  if (dot <= 0) return false;
  return normalizedHost.slice(dot + 1) === normalizedPattern.slice(2);
}
