/**
 * Parsers for the `_mta-sts` record (RFC 8461 §3.1) and the `_smtp._tls`
 * record (RFC 8460 §3). Both take one TXT record and never throw.
 */

import type { RawFinding, Severity, Span } from '../diagnostic.js';
import { describeChar, editDistance, showValue } from '../text.js';
import { findNonAscii, joinTxt, tokenizeFields, txtSpan, type TokenProblem, type TxtField, type TxtRecord } from './txt.js';

export const STS_VERSION = 'v=STSv1';
export const TLSRPT_VERSION = 'v=TLSRPTv1';

/** Maximum octets in one TXT character-string (RFC 1035 §3.3). */
export const TXT_STRING_MAX = 255;

const STS_ID = /^[A-Za-z0-9]{1,32}$/;

export interface ParsedStsRecord {
  value: string;
  /** True when the value begins with the exact version token. */
  isSts: boolean;
  /** The policy id when it is valid. */
  id: string | null;
  /** The first `id` value, valid or not. */
  idValue: string | null;
  idSpan: Span | null;
  fields: TxtField[];
  findings: RawFinding[];
}

export interface ParsedTlsRptRecord {
  value: string;
  isTlsRpt: boolean;
  /** Report URIs from the first `rua` field. */
  rua: string[];
  fields: TxtField[];
  findings: RawFinding[];
}

interface RecordRules {
  nonAscii: string;
  fieldSyntax: string;
  version: string;
  notFirst: string;
  syntax: string;
  spaceBeforeSemicolon: string;
}

const STS_RULES: RecordRules = { nonAscii: 'STS302', fieldSyntax: 'STS312', version: 'STS303', notFirst: 'STS304', syntax: 'STS308', spaceBeforeSemicolon: 'STS309' };
const TLSRPT_RULES: RecordRules = { nonAscii: 'STS409', fieldSyntax: 'STS409', version: 'STS401', notFirst: 'STS401', syntax: 'STS409', spaceBeforeSemicolon: 'STS411' };

interface Prepared {
  value: string;
  /** Offset where fields start, or -1 when the value is not a record of this kind at all. */
  fieldsStart: number;
  isExact: boolean;
  /** Offset that `value` begins at inside the joined record (after literal quotes). */
  base: number;
}

/**
 * Runs the checks both record kinds share: string lengths and splits,
 * literal quotes, non-ASCII, and the version token.
 */
function prepare(record: TxtRecord, version: string, otherVersion: string, rules: RecordRules, findings: RawFinding[]): Prepared {
  const joined = joinTxt(record);
  const span = (from: number, to: number): Span => txtSpan(record, from, to);
  checkStrings(record, findings);

  let value = joined;
  let base = 0;
  const quoted = /^[ \t]*(\\?")(.*?)(\\?")?[ \t]*$/s.exec(joined);
  if (quoted && (joined.trimStart().startsWith('"') || joined.trimStart().startsWith('\\"'))) {
    findings.push({ ruleId: 'STS318', messageId: 'quotes', data: { value: showValue(joined) }, span: span(0, joined.length) });
    base = joined.indexOf(quoted[1]!) + quoted[1]!.length;
    value = quoted[2]!;
  }

  const nonAscii = findNonAscii(value);
  if (nonAscii) {
    findings.push({
      ruleId: rules.nonAscii,
      messageId: 'nonAscii',
      data: { char: describeChar(nonAscii.char) },
      span: span(base + nonAscii.offset, base + nonAscii.offset + nonAscii.char.length),
    });
  }

  const versionSpan = span(base, base + Math.min(value.length, version.length));
  if (value.startsWith(version)) {
    const next = value[version.length];
    if (next !== undefined && next !== ';' && next !== ' ' && next !== '\t') {
      const token = /^[^; \t]*/.exec(value)![0];
      const messageId = next === '\\' && value[version.length + 1] === ';' ? 'escapedSemicolon' : 'suffix';
      findings.push({ ruleId: rules.version, messageId, data: { token: showValue(token) }, span: span(base, base + token.length) });
      return { value, fieldsStart: token.length, isExact: false, base };
    }
    // Data that only starts with the version inside literal quotes is still not a record of this kind.
    return { value, fieldsStart: version.length, isExact: base === 0, base };
  }

  if (value.length === 0) {
    findings.push({ ruleId: rules.version, messageId: 'empty', data: { version }, span: span(0, joined.length) });
    return { value, fieldsStart: -1, isExact: false, base };
  }

  const leading = /^[ \t]+/.exec(value);
  if (leading && value.slice(leading[0].length).toLowerCase().startsWith(version.toLowerCase())) {
    findings.push({ ruleId: rules.version, messageId: 'leadingSpace', data: { version }, span: span(base, base + leading[0].length) });
    return { value, fieldsStart: leading[0].length + version.length, isExact: false, base };
  }
  if (value.toLowerCase().startsWith(version.toLowerCase())) {
    findings.push({
      ruleId: rules.version,
      messageId: 'case',
      data: { token: value.slice(0, version.length), version },
      span: versionSpan,
    });
    return { value, fieldsStart: version.length, isExact: false, base };
  }
  if (value.startsWith(otherVersion)) {
    findings.push({ ruleId: rules.version, messageId: 'otherKind', data: { version, other: otherVersion }, span: versionSpan });
    return { value, fieldsStart: -1, isExact: false, base };
  }

  const later = value.indexOf(version);
  if (later > 0) {
    findings.push({
      ruleId: rules.notFirst,
      messageId: 'notFirst',
      data: { version, first: showValue(value.slice(0, later).replace(/[ \t;]+$/, ''), 40) },
      span: span(base + later, base + later + version.length),
    });
    return { value, fieldsStart: -1, isExact: false, base };
  }

  findings.push({ ruleId: rules.version, messageId: 'missing', data: { value: showValue(value, 40), version }, span: versionSpan });
  return { value, fieldsStart: -1, isExact: false, base };
}

function checkStrings(record: TxtRecord, findings: RawFinding[]): void {
  if (!record.explicitStrings) return;

  let offset = 0;
  for (let position = 0; position < record.strings.length; position++) {
    const text = record.strings[position]!;
    const octets = new TextEncoder().encode(text).length;
    if (octets > TXT_STRING_MAX) {
      findings.push({ ruleId: 'STS319', messageId: 'long', data: { octets, limit: TXT_STRING_MAX }, span: txtSpan(record, offset, offset + text.length) });
    }

    const boundary = offset + text.length;
    const next = record.strings[position + 1];
    if (next !== undefined && text.length > 0 && next.length > 0) {
      const before = text[text.length - 1]!;
      const after = next[0]!;
      if (!/[; \t]/.test(before) && !/[; \t]/.test(after)) {
        const tokenStart = Math.max(text.lastIndexOf(';'), text.lastIndexOf(' ')) + 1;
        const tokenEnd = /[; \t]|$/.exec(next)!.index;
        const token = text.slice(tokenStart) + next.slice(0, tokenEnd);
        findings.push({ ruleId: 'STS317', messageId: 'split', data: { token: showValue(token, 40) }, span: txtSpan(record, boundary - 1, boundary + 1) });
      }
    }
    offset = boundary;
  }
}

function reportTokenProblems(record: TxtRecord, prepared: Prepared, problems: TokenProblem[], rules: RecordRules, findings: RawFinding[]): void {
  const base = prepared.base;
  for (const problem of problems) {
    const span = txtSpan(record, base + problem.from, base + problem.to);
    const text = showValue(problem.text, 40);
    // A record without fields is reported by the rule for its required field, and `id=` without a value by STS306.
    if (problem.kind === 'noFields') continue;
    if (problem.kind === 'emptyValue' && problem.text === 'id' && rules === STS_RULES) continue;
    if (problem.kind === 'spaceBeforeFirstSemicolon') {
      findings.push({ ruleId: rules.spaceBeforeSemicolon, messageId: 'space', span });
      continue;
    }
    const isFieldProblem = problem.kind === 'badName' || problem.kind === 'badValueChar' || problem.kind === 'emptyValue';
    const char = prepared.value[problem.from] ?? '';
    findings.push({
      ruleId: isFieldProblem ? rules.fieldSyntax : rules.syntax,
      messageId: problem.kind,
      data: { text, char: char ? describeChar(char) : '' },
      span,
    });
  }
}

/** Parses and checks an `_mta-sts` TXT record. */
export function parseStsRecord(record: TxtRecord): ParsedStsRecord {
  const findings: RawFinding[] = [];
  const prepared = prepare(record, STS_VERSION, TLSRPT_VERSION, STS_RULES, findings);
  const result: ParsedStsRecord = {
    value: joinTxt(record),
    isSts: prepared.isExact,
    id: null,
    idValue: null,
    idSpan: null,
    fields: [],
    findings,
  };
  if (prepared.fieldsStart < 0) return result;

  const { fields, problems } = tokenizeFields(prepared.value, prepared.fieldsStart);
  result.fields = fields;
  reportTokenProblems(record, prepared, problems, STS_RULES, findings);
  const span = (from: number, to: number): Span => txtSpan(record, prepared.base + from, prepared.base + to);

  const seen = new Map<string, TxtField>();
  let caseVariant: TxtField | undefined;
  for (const field of fields) {
    const fieldSpan = span(field.nameStart, field.valueEnd);
    const valueSpan = span(field.valueStart, field.valueEnd);
    const first = seen.get(field.name);
    if (first) {
      const isId = field.name === 'id';
      findings.push({
        ruleId: isId ? 'STS313' : 'STS314',
        messageId: 'duplicate',
        data: { name: field.name, value: showValue(field.value, 40), firstValue: showValue(first.value, 40) },
        span: fieldSpan,
      });
      continue;
    }
    seen.set(field.name, field);

    if (field.name === 'id') {
      result.idValue = field.value;
      result.idSpan = valueSpan;
      checkId(field, valueSpan, fieldSpan, result, findings);
      continue;
    }
    if (field.name.toLowerCase() === 'id') {
      caseVariant ??= field;
      continue;
    }
    checkStsExtension(field, fieldSpan, findings);
  }

  if (caseVariant) {
    const severity: Severity = result.idValue === null ? 'error' : 'warning';
    findings.push({
      ruleId: 'STS307',
      messageId: result.idValue === null ? 'case' : 'caseExtra',
      data: { name: caseVariant.name, value: showValue(caseVariant.value, 40) },
      span: span(caseVariant.nameStart, caseVariant.valueStart - 1),
      severity,
    });
    if (result.idValue === null) {
      result.idSpan = span(caseVariant.valueStart, caseVariant.valueEnd);
    }
  } else if (result.idValue === null) {
    const noFields = problems.some((problem) => problem.kind === 'noFields');
    findings.push({
      ruleId: 'STS305',
      messageId: noFields ? 'noFields' : 'missing',
      data: { value: showValue(prepared.value, 60) },
      span: span(0, prepared.value.length),
    });
  }
  return result;
}

function checkId(field: TxtField, valueSpan: Span, fieldSpan: Span, result: ParsedStsRecord, findings: RawFinding[]): void {
  const id = field.value;
  if (STS_ID.test(id)) {
    result.id = id;
    if (/^[0-9]{1,3}$/.test(id)) {
      findings.push({ ruleId: 'STS320', messageId: 'counter', data: { id }, span: valueSpan });
    }
    return;
  }

  if (id.length === 0) {
    findings.push({ ruleId: 'STS306', messageId: 'empty', span: fieldSpan });
    return;
  }
  if (/\{\{|\$\{|\$\(|<[^>]*>|%\{/.test(id)) {
    findings.push({ ruleId: 'STS306', messageId: 'template', data: { id: showValue(id, 40) }, span: valueSpan });
    return;
  }
  const stripped = id.replace(/[^A-Za-z0-9]/g, '');
  const bad = /[^A-Za-z0-9]/.exec(id);
  if (bad) {
    const fixed = stripped.slice(0, 32);
    findings.push({
      ruleId: 'STS306',
      messageId: fixed.length > 0 ? 'chars' : 'charsOnly',
      data: { id: showValue(id, 40), char: describeChar(bad[0]), fixed },
      span: valueSpan,
    });
    return;
  }
  findings.push({ ruleId: 'STS306', messageId: 'tooLong', data: { id: showValue(id, 40), length: id.length }, span: valueSpan });
}

/** TLS-RPT and policy keys that people put into the `_mta-sts` record by mistake. */
const MISPLACED_STS_KEYS = new Set(['rua', 'ruf', 'mode', 'max_age', 'max-age', 'mx', 'version', 'v']);

function checkStsExtension(field: TxtField, fieldSpan: Span, findings: RawFinding[]): void {
  const lower = field.name.toLowerCase();
  if (MISPLACED_STS_KEYS.has(lower)) {
    findings.push({ ruleId: 'STS311', messageId: lower === 'rua' || lower === 'ruf' ? 'tlsrpt' : lower === 'v' ? 'version' : 'policy', data: { name: field.name }, span: fieldSpan });
    return;
  }
  findings.push({ ruleId: 'STS310', messageId: 'unknown', data: { name: field.name }, span: fieldSpan });
}

/** Parses and checks an `_smtp._tls` TXT record. */
export function parseTlsRptRecord(record: TxtRecord): ParsedTlsRptRecord {
  const findings: RawFinding[] = [];
  const prepared = prepare(record, TLSRPT_VERSION, STS_VERSION, TLSRPT_RULES, findings);
  const result: ParsedTlsRptRecord = { value: joinTxt(record), isTlsRpt: prepared.isExact, rua: [], fields: [], findings };
  if (prepared.fieldsStart < 0) return result;

  const { fields, problems } = tokenizeFields(prepared.value, prepared.fieldsStart, { listFields: ['rua'] });
  result.fields = fields;
  reportTokenProblems(record, prepared, problems, TLSRPT_RULES, findings);
  const span = (from: number, to: number): Span => txtSpan(record, prepared.base + from, prepared.base + to);

  let rua: TxtField | undefined;
  const ruaNearMisses: TxtField[] = [];
  for (const field of fields) {
    const fieldSpan = span(field.nameStart, field.valueEnd);
    if (field.name === 'rua') {
      if (rua) {
        findings.push({ ruleId: 'STS407', messageId: 'duplicate', data: { value: showValue(field.value, 60) }, span: fieldSpan });
        continue;
      }
      rua = field;
      result.rua = checkRua(record, prepared.base, field, findings);
      continue;
    }
    if (field.name.toLowerCase() === 'rua' || editDistance(field.name.toLowerCase(), 'rua') === 1 && field.name.toLowerCase() !== 'ruf') {
      ruaNearMisses.push(field);
      continue;
    }
    if (field.name.toLowerCase() === 'ruf') {
      findings.push({ ruleId: 'STS408', messageId: 'ruf', data: { name: field.name }, span: fieldSpan, severity: 'warning' });
      continue;
    }
    findings.push({ ruleId: 'STS408', messageId: 'unknown', data: { name: field.name }, span: fieldSpan });
  }

  // Without `rua`, the first near miss is reported in its place. Any other near miss is an unknown field.
  const ruaNearMiss = rua ? undefined : ruaNearMisses[0];
  for (const field of ruaNearMisses) {
    if (field !== ruaNearMiss) {
      findings.push({ ruleId: 'STS408', messageId: 'unknown', data: { name: field.name }, span: span(field.nameStart, field.valueEnd) });
    }
  }
  if (!rua) {
    const noFields = problems.some((problem) => problem.kind === 'noFields');
    if (ruaNearMiss) {
      findings.push({
        ruleId: 'STS402',
        messageId: 'nearMiss',
        data: { name: ruaNearMiss.name },
        span: span(ruaNearMiss.nameStart, ruaNearMiss.valueStart - 1),
      });
    } else {
      findings.push({ ruleId: 'STS402', messageId: noFields ? 'noFields' : 'missing', data: { value: showValue(prepared.value, 60) }, span: span(0, prepared.value.length) });
    }
  }
  return result;
}

const URI_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/** Splits and checks the `rua` URI list: `URI *(*WSP "," *WSP URI)`. */
function checkRua(record: TxtRecord, base: number, field: TxtField, findings: RawFinding[]): string[] {
  const uris: string[] = [];
  const list = field.value;
  if (list.trim().length === 0) {
    findings.push({ ruleId: 'STS403', messageId: 'emptyList', span: txtSpan(record, base + field.nameStart, base + field.valueEnd) });
    return uris;
  }
  let start = 0;
  for (let offset = 0; offset <= list.length; offset++) {
    if (offset < list.length && list[offset] !== ',') continue;

    let from = start;
    let to = offset;
    while (from < to && /[ \t]/.test(list[from]!)) from++;
    while (to > from && /[ \t]/.test(list[to - 1]!)) to--;
    const uri = list.slice(from, to);
    const at = (begin: number, end: number): Span => txtSpan(record, base + field.valueStart + begin, base + field.valueStart + end);
    if (uri.length === 0) {
      findings.push({ ruleId: 'STS403', messageId: 'empty', span: at(Math.max(from - 1, 0), from + 1) });
    } else if (checkUri(uri, (begin, end) => at(from + begin, from + end), findings)) {
      uris.push(uri);
    }
    start = offset + 1;
  }
  return uris;
}

/** Checks one report URI; returns true when reporters can use it. */
function checkUri(uri: string, at: (from: number, to: number) => Span, findings: RawFinding[]): boolean {
  const whole = at(0, uri.length);
  const value = showValue(uri, 80);

  const bang = uri.indexOf('!');
  if (bang >= 0) {
    findings.push({ ruleId: 'STS406', messageId: 'suffix', data: { uri: value, suffix: showValue(uri.slice(bang)), fixed: showValue(uri.slice(0, bang)) }, span: at(bang, uri.length) });
    return false;
  }

  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
  if (!schemeMatch) {
    const looksLikeEmail = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(uri);
    findings.push({
      ruleId: 'STS403',
      messageId: looksLikeEmail ? 'noSchemeEmail' : 'noScheme',
      data: { uri: value, fixed: `mailto:${value}` },
      span: whole,
    });
    return false;
  }

  const scheme = schemeMatch[1]!;
  const lowerScheme = scheme.toLowerCase();
  if (lowerScheme !== 'mailto' && lowerScheme !== 'https') {
    findings.push({
      ruleId: 'STS404',
      messageId: lowerScheme === 'http' ? 'http' : 'scheme',
      data: { uri: value, scheme, fixed: lowerScheme === 'http' ? `https${uri.slice(scheme.length)}` : '' },
      span: at(0, scheme.length),
    });
    return false;
  }
  if (scheme !== lowerScheme) {
    findings.push({ ruleId: 'STS405', messageId: 'case', data: { scheme, fixed: lowerScheme }, span: at(0, scheme.length) });
  }

  for (let offset = 0; offset < uri.length; offset++) {
    const char = uri[offset]!;
    const badPercent = char === '%' && !/^%[0-9A-Fa-f]{2}/.test(uri.slice(offset));
    if (!URI_CHAR.test(char) || badPercent) {
      findings.push({
        ruleId: 'STS403',
        messageId: badPercent ? 'badPercent' : 'badChar',
        data: { uri: value, char: describeChar(char) },
        span: at(offset, offset + 1),
      });
      return false;
    }
  }

  const rest = uri.slice(scheme.length + 1);
  if (lowerScheme === 'mailto') {
    if (!/^[^@/?#]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?:\?.*)?$/.test(rest)) {
      findings.push({ ruleId: 'STS403', messageId: 'mailto', data: { uri: value }, span: whole });
      return false;
    }
    return true;
  }

  let parsed: URL | undefined;
  try {
    parsed = new URL(uri);
  } catch {
    parsed = undefined;
  }
  if (!rest.startsWith('//') || !parsed || parsed.hostname.length === 0) {
    findings.push({ ruleId: 'STS403', messageId: 'https', data: { uri: value }, span: whole });
    return false;
  }
  return true;
}
