/**
 * The policy file parser (RFC 8461 §3.2, `sts-policy-record`). It never
 * throws: every deviation from the grammar becomes a finding with the span
 * of the offending characters, and parsing continues so that one run lists
 * every problem.
 */

import type { RawFinding, Severity, Span } from '../diagnostic.js';
import { checkMxPattern } from '../mx.js';
import { LineIndex, decodeUtf8, describeChar, editDistance, showValue } from '../text.js';

/** Senders may stop reading a policy body after 64 KiB (RFC 8461 §3.3). */
export const POLICY_MAX_BYTES = 64 * 1024;

/** The older chasquid reads only this much of a body. */
export const POLICY_CHASQUID_BYTES = 10 * 1024;

/** The largest `max_age` the prose of RFC 8461 §3.2 allows: 365.25 days. */
export const MAX_AGE_LIMIT = 31_557_600;

export type PolicyMode = 'testing' | 'enforce' | 'none';

export const REGISTERED_FIELDS = ['version', 'mode', 'max_age', 'mx'] as const;
type RegisteredField = (typeof REGISTERED_FIELDS)[number];

export interface PolicyField {
  name: string;
  value: string;
  line: number;
  nameSpan: Span;
  valueSpan: Span;
  lineSpan: Span;
}

export interface ParsedPolicy {
  /** False when the input was not parsed at all (too large or empty). */
  parsed: boolean;
  fields: PolicyField[];
  version: string | null;
  mode: PolicyMode | null;
  /** The raw first `mode` value, valid or not. */
  modeValue: string | null;
  maxAge: number | null;
  /** The raw first `max_age` value, valid or not. */
  maxAgeValue: string | null;
  /** Valid mx patterns in file order, duplicates included. */
  mx: string[];
  mxFields: PolicyField[];
  /** Every field that is not one of the four registered names, in file order. */
  extensions: PolicyField[];
  findings: RawFinding[];
  lineEndings: { lf: number; crlf: number; cr: number };
}

export interface ParsePolicyOptions {
  /** Line number of the first line of `input` in its file (after front matter that was removed). */
  firstLine?: number;
}

const FIELD_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}/;
const WSP = /[ \t]/;
const MODES: readonly PolicyMode[] = ['testing', 'enforce', 'none'];

interface Line {
  number: number;
  text: string;
  start: number;
  terminator: '' | '\n' | '\r\n' | '\r';
}

/** Parses and checks a policy body given as bytes (exact) or as a string. */
export function parsePolicy(input: Uint8Array | string, options: ParsePolicyOptions = {}): ParsedPolicy {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const result: ParsedPolicy = {
    parsed: false,
    fields: [],
    version: null,
    mode: null,
    modeValue: null,
    maxAge: null,
    maxAgeValue: null,
    mx: [],
    mxFields: [],
    extensions: [],
    findings: [],
    lineEndings: { lf: 0, crlf: 0, cr: 0 },
  };
  const firstLine = options.firstLine ?? 1;
  const wholeLine: Span = { line: firstLine, column: 1, endLine: firstLine, endColumn: 1 };

  if (bytes.length > POLICY_MAX_BYTES) {
    result.findings.push({ ruleId: 'STS102', messageId: 'tooLarge', data: { size: bytes.length, limit: POLICY_MAX_BYTES }, span: wholeLine });
    return result;
  }
  if (bytes.length === 0) {
    result.findings.push({ ruleId: 'STS101', messageId: 'empty', span: wholeLine });
    return result;
  }
  if (bytes.length > POLICY_CHASQUID_BYTES) {
    result.findings.push({ ruleId: 'STS103', messageId: 'large', data: { size: bytes.length }, span: wholeLine });
  }

  const decoded = decodeUtf8(bytes);
  const text = decoded.text;
  const index = new LineIndex(text, firstLine);
  const push = (finding: RawFinding): void => {
    result.findings.push(finding);
  };

  reportInvalidUtf8(decoded.invalidOffsets, decoded.invalidBytes, index, push);

  let bodyStart = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    push({ ruleId: 'STS107', messageId: 'bom', span: { line: firstLine, column: 1, endLine: firstLine, endColumn: 1 } });
    bodyStart = 1;
  }

  // A body of nothing but whitespace and line breaks is empty, like a zero-byte file.
  if (/^[ \t\r\n]*$/.test(text.slice(bodyStart))) {
    push({ ruleId: 'STS101', messageId: 'onlyBlank', span: index.span(0, 0) });
    return result;
  }

  const lines = splitLines(text, bodyStart);
  result.parsed = true;
  recordLineEndings(lines, index, result, push);
  checkBlankLines(lines, index, push);

  const invalidOffsets = new Set(decoded.invalidOffsets);
  for (const line of lines) {
    if (line.text.length === 0) continue;
    parseLine(line, index, invalidOffsets, result, push);
  }

  applySemantics(result, push, wholeLine);
  return result;
}

/** At most this many lines get their own invalid UTF-8 finding; a binary file would otherwise flood the report. */
const INVALID_UTF8_LINES = 20;

/** Reports the first invalid byte of each line, with the count on that line, and sums up the rest. */
function reportInvalidUtf8(offsets: number[], bytes: number[], index: LineIndex, push: (finding: RawFinding) => void): void {
  const byLine = new Map<number, { offset: number; byte: number; count: number }>();
  offsets.forEach((offset, position) => {
    const line = index.position(offset).line;
    const entry = byLine.get(line);
    if (entry) entry.count++;
    else byLine.set(line, { offset, byte: bytes[position]!, count: 1 });
  });

  let reported = 0;
  let rest = 0;
  for (const entry of byLine.values()) {
    if (reported >= INVALID_UTF8_LINES) {
      rest += entry.count;
      continue;
    }
    reported++;
    push({
      ruleId: 'STS104',
      messageId: entry.count > 1 ? 'invalidUtf8Many' : 'invalidUtf8',
      data: { byte: `0x${entry.byte.toString(16).toUpperCase().padStart(2, '0')}`, count: entry.count },
      span: index.span(entry.offset, entry.offset + 1),
    });
  }
  if (rest > 0) {
    push({ ruleId: 'STS104', messageId: 'invalidUtf8Rest', data: { count: rest }, span: index.span(0, 0) });
  }
}

function splitLines(text: string, start: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  let number = 1;
  for (let offset = start; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code === 0x0a) {
      const crlf = offset > lineStart && text.charCodeAt(offset - 1) === 0x0d;
      lines.push({ number, text: text.slice(lineStart, crlf ? offset - 1 : offset), start: lineStart, terminator: crlf ? '\r\n' : '\n' });
      lineStart = offset + 1;
      number++;
    } else if (code === 0x0d && text.charCodeAt(offset + 1) !== 0x0a) {
      lines.push({ number, text: text.slice(lineStart, offset), start: lineStart, terminator: '\r' });
      lineStart = offset + 1;
      number++;
    }
  }
  lines.push({ number, text: text.slice(lineStart), start: lineStart, terminator: '' });
  return lines;
}

function recordLineEndings(lines: Line[], index: LineIndex, result: ParsedPolicy, push: (finding: RawFinding) => void): void {
  let firstBareCr: Line | undefined;
  for (const line of lines) {
    if (line.terminator === '\n') result.lineEndings.lf++;
    else if (line.terminator === '\r\n') result.lineEndings.crlf++;
    else if (line.terminator === '\r') {
      result.lineEndings.cr++;
      firstBareCr ??= line;
    }
  }

  if (firstBareCr) {
    const offset = firstBareCr.start + firstBareCr.text.length;
    push({ ruleId: 'STS108', messageId: 'bareCr', data: { count: result.lineEndings.cr }, span: index.span(offset, offset + 1) });
  }
  if (result.lineEndings.lf > 0 && result.lineEndings.crlf > 0) {
    const minority = result.lineEndings.lf < result.lineEndings.crlf ? '\n' : '\r\n';
    const line = lines.find((candidate) => candidate.terminator === minority)!;
    const offset = line.start + line.text.length;
    push({
      ruleId: 'STS109',
      messageId: 'mixed',
      data: { lf: result.lineEndings.lf, crlf: result.lineEndings.crlf },
      span: index.span(offset, offset + minority.length),
    });
  }
}

/**
 * Reports empty lines. The grammar allows one final line terminator and
 * nothing after it, so only the empty remainder after the last terminator
 * is legal. Trailing blank lines are reported once, as editors add them.
 */
function checkBlankLines(lines: Line[], index: LineIndex, push: (finding: RawFinding) => void): void {
  const last = lines.length - 1;
  let trailingFrom = last;
  while (trailingFrom > 0 && lines[trailingFrom - 1]!.text.length === 0) trailingFrom--;

  for (let position = 0; position < trailingFrom; position++) {
    const line = lines[position]!;
    if (line.text.length === 0) {
      push({ ruleId: 'STS110', messageId: 'blank', data: { line: line.number }, span: index.span(line.start, line.start) });
    }
  }

  const extra = last - trailingFrom;
  if (extra > 0) {
    const first = lines[trailingFrom]!;
    push({
      ruleId: 'STS110',
      messageId: 'trailing',
      data: { count: extra },
      span: index.span(first.start, lines[last]!.start),
    });
  }
}

/** `invalidOffsets` contains the text offset of each U+FFFD that replaced invalid UTF-8, which STS104 already reported. */
function parseLine(line: Line, index: LineIndex, invalidOffsets: ReadonlySet<number>, result: ParsedPolicy, push: (finding: RawFinding) => void): void {
  const span = (from: number, to: number): Span => index.span(line.start + from, line.start + to);
  let text = line.text;
  let shift = 0;

  if (text.startsWith('#')) {
    push({ ruleId: 'STS111', messageId: 'comment', data: { text: showValue(text, 60) }, span: span(0, text.length) });
    return;
  }

  const control = /[\x00-\x08\x0a-\x1f\x7f]/.exec(text);
  if (control) {
    push({
      ruleId: 'STS105',
      messageId: 'control',
      data: { char: describeChar(control[0]) },
      span: span(control.index, control.index + 1),
    });
  }

  if (/^[ \t]+$/.test(text)) {
    push({ ruleId: 'STS110', messageId: 'whitespace', span: span(0, text.length) });
    return;
  }

  const indent = /^[ \t]+/.exec(text);
  if (indent) {
    push({ ruleId: 'STS112', messageId: 'indent', data: { text: showValue(text.trim(), 60) }, span: span(0, indent[0].length) });
    shift = indent[0].length;
    text = text.slice(shift);
  }

  const nameMatch = FIELD_NAME.exec(text);
  const colon = text.indexOf(':');
  if (colon < 0) {
    reportLineWithoutColon(text, shift, span, push);
    return;
  }

  let name = text.slice(0, colon);
  if (!nameMatch || nameMatch[0].length !== colon) {
    const trimmedName = name.replace(/[ \t]+$/, '');
    const nameIsValid = FIELD_NAME.exec(trimmedName)?.[0].length === trimmedName.length && trimmedName.length > 0;
    if (nameIsValid && trimmedName.length < name.length) {
      push({
        ruleId: 'STS113',
        messageId: 'spaceBeforeColon',
        data: { name: trimmedName, text: showValue(text, 60) },
        span: span(shift + trimmedName.length, shift + colon),
      });
      name = trimmedName;
    } else {
      reportBadName(name, shift, span, push);
      return;
    }
  }

  let valueStart = colon + 1;
  while (valueStart < text.length && WSP.test(text[valueStart]!)) valueStart++;
  let valueEnd = text.length;
  while (valueEnd > valueStart && WSP.test(text[valueEnd - 1]!)) valueEnd--;
  const value = text.slice(valueStart, valueEnd);

  const field: PolicyField = {
    name,
    value,
    line: index.position(line.start).line,
    nameSpan: span(shift, shift + name.length),
    valueSpan: span(shift + valueStart, shift + valueEnd),
    lineSpan: span(0, line.text.length),
  };
  result.fields.push(field);

  // Extension values allow SP but not TAB between visible characters. Registered values have their own checks.
  const tab = value.indexOf('\t');
  if (tab >= 0 && !(REGISTERED_FIELDS as readonly string[]).includes(name)) {
    push({ ruleId: 'STS105', messageId: 'tabInValue', data: { name }, span: span(shift + valueStart + tab, shift + valueStart + tab + 1) });
  }

  checkNonAscii(field, text, shift, (offset) => invalidOffsets.has(line.start + shift + offset), span, push);
}

function reportLineWithoutColon(text: string, shift: number, span: (from: number, to: number) => Span, push: (finding: RawFinding) => void): void {
  const whole = span(shift, shift + text.length);
  if (/^v=STS/i.test(text)) {
    push({ ruleId: 'STS113', messageId: 'recordInPolicy', data: { text: showValue(text, 60) }, span: whole });
    return;
  }

  const equals = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,31})[ \t]*=[ \t]*(.*)$/.exec(text);
  if (equals) {
    push({
      ruleId: 'STS113',
      messageId: 'equalsInsteadOfColon',
      data: { text: showValue(text, 60), fixed: `${equals[1]}: ${showValue(equals[2]!.trim(), 60)}` },
      span: whole,
    });
    return;
  }
  if (/^-{3,}$/.test(text)) {
    push({ ruleId: 'STS113', messageId: 'frontMatterFence', data: { text }, span: whole });
    return;
  }
  push({ ruleId: 'STS113', messageId: 'noColon', data: { text: showValue(text, 60) }, span: whole });
}

function reportBadName(name: string, shift: number, span: (from: number, to: number) => Span, push: (finding: RawFinding) => void): void {
  if (name.length === 0) {
    push({ ruleId: 'STS113', messageId: 'emptyName', span: span(shift, shift + 1) });
    return;
  }
  if (name.length > 32 && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
    push({ ruleId: 'STS113', messageId: 'nameTooLong', data: { name: showValue(name, 40), length: name.length }, span: span(shift, shift + name.length) });
    return;
  }

  let badIndex = 0;
  if (/^[A-Za-z0-9]/.test(name)) {
    badIndex = 1;
    while (badIndex < name.length && /[A-Za-z0-9_.-]/.test(name[badIndex]!)) badIndex++;
  }
  const char = String.fromCodePoint(name.codePointAt(badIndex)!);
  push({
    ruleId: 'STS113',
    messageId: 'badNameChar',
    data: { name: showValue(name, 40), char: describeChar(char) },
    span: span(shift + badIndex, shift + badIndex + char.length),
  });
}

/**
 * Reports non-ASCII text in a registered field other than mx, which has its own rule.
 * Extension values may contain non-ASCII. Characters for which `isInvalidByte` returns
 * true replaced invalid UTF-8, which STS104 reports.
 */
function checkNonAscii(
  field: PolicyField,
  text: string,
  shift: number,
  isInvalidByte: (offset: number) => boolean,
  span: (from: number, to: number) => Span,
  push: (finding: RawFinding) => void,
): void {
  if (field.name === 'mx' || !(REGISTERED_FIELDS as readonly string[]).includes(field.name)) return;
  const nonAscii = /[^\x00-\x7f]/gu;
  let match = nonAscii.exec(text);
  while (match && isInvalidByte(match.index)) match = nonAscii.exec(text);
  if (!match) return;
  push({
    ruleId: 'STS106',
    messageId: 'nonAscii',
    data: { char: describeChar(match[0]), name: field.name },
    span: span(shift + match.index, shift + match.index + match[0].length),
  });
}

/** Applies field semantics: first occurrence wins (§3.2), required fields, value grammars. */
function applySemantics(result: ParsedPolicy, push: (finding: RawFinding) => void, wholeFile: Span): void {
  const firstByName = new Map<string, PolicyField>();
  for (const field of result.fields) {
    const first = firstByName.get(field.name);
    if (first && field.name !== 'mx') {
      push({
        ruleId: 'STS115',
        messageId: field.value === first.value ? 'repeated' : (REGISTERED_FIELDS as readonly string[]).includes(field.name) ? 'registered' : 'extension',
        data: { name: field.name, value: showValue(field.value), firstValue: showValue(first.value), firstLine: first.line },
        span: field.lineSpan,
      });
      continue;
    }
    if (!first) firstByName.set(field.name, field);
  }

  const version = firstByName.get('version');
  const mode = firstByName.get('mode');
  const maxAge = firstByName.get('max_age');

  if (version) checkVersion(version, result, push);
  if (mode) checkMode(mode, result, push);
  if (maxAge) checkMaxAge(maxAge, result, push);

  for (const field of result.fields) {
    if (field.name === 'mx') checkMx(field, result, push);
  }

  const misspelled = checkExtensions(result, firstByName, push);

  if (!version && !misspelled.has('version')) {
    push({ ruleId: 'STS201', messageId: 'missing', span: wholeFile });
  }
  if (!mode && !misspelled.has('mode')) {
    push({ ruleId: 'STS203', messageId: 'missing', span: wholeFile });
  }
  if (!maxAge && !misspelled.has('max_age')) {
    push({ ruleId: 'STS205', messageId: 'missing', span: wholeFile });
  }

  const needsMx = result.mode === 'testing' || result.mode === 'enforce';
  if (needsMx && result.mx.length === 0 && result.mxFields.length === 0 && !misspelled.has('mx')) {
    push({ ruleId: 'STS209', messageId: 'missing', data: { mode: result.mode! }, span: wholeFile });
  }
  if (result.mode === 'none' && result.mxFields.length === 0) {
    push({ ruleId: 'STS210', messageId: 'none', span: mode?.lineSpan ?? wholeFile });
  }

  checkFieldOrder(result, push);
}

function checkVersion(field: PolicyField, result: ParsedPolicy, push: (finding: RawFinding) => void): void {
  if (field.value === 'STSv1') {
    result.version = 'STSv1';
    return;
  }

  const value = field.value;
  let messageId = 'invalid';
  if (value.length === 0) messageId = 'empty';
  else if (value.toLowerCase() === 'stsv1') messageId = 'case';
  else if (/^["']STSv1["']$/i.test(value)) messageId = 'quoted';
  else if (/^STSv1\b/i.test(value)) messageId = 'trailing';
  push({ ruleId: 'STS202', messageId, data: { value: showValue(value) }, span: field.value ? field.valueSpan : field.lineSpan });
}

function checkMode(field: PolicyField, result: ParsedPolicy, push: (finding: RawFinding) => void): void {
  result.modeValue = field.value;
  if ((MODES as readonly string[]).includes(field.value)) {
    result.mode = field.value as PolicyMode;
    return;
  }

  const value = field.value;
  const span = value ? field.valueSpan : field.lineSpan;
  const data = { value: showValue(value) };
  if (value.length === 0) {
    push({ ruleId: 'STS204', messageId: 'empty', data, span });
    return;
  }

  const lower = value.toLowerCase();
  if ((MODES as readonly string[]).includes(lower)) {
    push({ ruleId: 'STS204', messageId: 'case', data: { ...data, fixed: lower }, span });
    return;
  }

  const comment = /^(.*?)[ \t]*#/.exec(value);
  const core = comment ? comment[1]! : value;
  if (comment && (MODES as readonly string[]).includes(core.toLowerCase())) {
    push({ ruleId: 'STS204', messageId: 'comment', data: { ...data, fixed: core.toLowerCase() }, span });
    return;
  }

  const leading = /^(testing|enforce|none)(.+)$/i.exec(core);
  if (leading) {
    push({ ruleId: 'STS204', messageId: 'trailing', data: { ...data, fixed: leading[1]!.toLowerCase() }, span });
    return;
  }
  if (/^\[.*\]$|^<.*>$|^\{\{.*\}\}$|^[A-Z_]+$/.test(core)) {
    push({ ruleId: 'STS204', messageId: comment ? 'placeholderComment' : 'placeholder', data, span });
    return;
  }
  if (lower === 'report' || lower === 'reject') {
    push({ ruleId: 'STS204', messageId: 'draft', data, span });
    return;
  }

  const suggestion = MODES.find((mode) => lower.startsWith(mode.slice(0, 4)) || editDistance(lower, mode) <= 2);
  if (suggestion) {
    push({ ruleId: 'STS204', messageId: 'didYouMean', data: { ...data, fixed: suggestion }, span });
    return;
  }
  push({ ruleId: 'STS204', messageId: 'invalid', data, span });
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

function checkMaxAge(field: PolicyField, result: ParsedPolicy, push: (finding: RawFinding) => void): void {
  const value = field.value;
  result.maxAgeValue = value;
  const span = value ? field.valueSpan : field.lineSpan;

  if (/^[0-9]{1,10}$/.test(value)) {
    const seconds = Number(value);
    result.maxAge = seconds;
    if (seconds > MAX_AGE_LIMIT) {
      push({ ruleId: 'STS207', messageId: 'tooLarge', data: { value, days: (seconds / 86400).toFixed(1) }, span });
    }
    if (value.length > 1 && value.startsWith('0')) {
      push({ ruleId: 'STS208', messageId: 'leadingZero', data: { value, fixed: String(seconds) }, span });
    }
    return;
  }

  const data: Record<string, string | number> = { value: showValue(value) };
  if (value.length === 0) {
    push({ ruleId: 'STS206', messageId: 'empty', span });
    return;
  }
  if (/^[0-9]{11,}$/.test(value)) {
    push({ ruleId: 'STS206', messageId: 'tooManyDigits', data: { ...data, digits: value.length }, span });
    return;
  }

  const comment = /^([0-9]{1,10})[ \t]*#/.exec(value);
  if (comment) {
    push({ ruleId: 'STS206', messageId: 'comment', data: { ...data, fixed: comment[1]! }, span });
    return;
  }
  const duration = /^([0-9]+)[ \t]*([smhdw])$/i.exec(value);
  if (duration) {
    const seconds = Number(duration[1]) * DURATION_UNITS[duration[2]!.toLowerCase()]!;
    push({ ruleId: 'STS206', messageId: 'unit', data: { ...data, fixed: String(seconds) }, span });
    return;
  }
  const signedOrSeparated = /^\+?([0-9][0-9_,]*)$/.exec(value);
  if (signedOrSeparated) {
    push({ ruleId: 'STS206', messageId: 'notDigits', data: { ...data, fixed: signedOrSeparated[1]!.replace(/[_,]/g, '') }, span });
    return;
  }
  if (/^-[0-9]+$/.test(value)) {
    push({ ruleId: 'STS206', messageId: 'negative', data, span });
    return;
  }
  push({ ruleId: 'STS206', messageId: 'invalid', data, span });
}

function checkMx(field: PolicyField, result: ParsedPolicy, push: (finding: RawFinding) => void): void {
  result.mxFields.push(field);
  if (field.value.length === 0) {
    push({ ruleId: 'STS214', messageId: 'empty', data: { value: '' }, span: field.lineSpan });
    return;
  }

  const problems = checkMxPattern(field.value, result.modeValue);
  const broken = problems.some((problem) => ['STS211', 'STS212', 'STS214'].includes(problem.ruleId));
  if (!broken) result.mx.push(field.value);

  for (const problem of problems) {
    const valueSpan = field.valueSpan;
    const span: Span =
      problem.offset === undefined
        ? valueSpan
        : {
            line: valueSpan.line,
            column: valueSpan.column + problem.offset,
            endLine: valueSpan.line,
            endColumn: valueSpan.column + problem.offset + (problem.length ?? 1),
          };
    const finding: RawFinding = { ruleId: problem.ruleId, messageId: problem.messageId, data: problem.data, span };
    if (problem.severity) finding.severity = problem.severity;
    push(finding);
  }
}

/**
 * Reports extension fields: near misses of registered names (which leave
 * the real field missing), record keys put into the policy, and plain
 * unknown names. Returns the registered names that a near miss stands for.
 */
function checkExtensions(result: ParsedPolicy, firstByName: Map<string, PolicyField>, push: (finding: RawFinding) => void): Set<string> {
  const standsFor = new Set<string>();
  for (const field of result.fields) {
    if ((REGISTERED_FIELDS as readonly string[]).includes(field.name)) continue;
    result.extensions.push(field);
    if (firstByName.get(field.name) !== field) continue;

    const target = nearMissOf(field.name);
    if (target) {
      const present = firstByName.has(target);
      const severity: Severity = present ? 'warning' : 'error';
      push({
        ruleId: 'STS114',
        messageId: present ? 'nearMissPresent' : 'nearMiss',
        data: { name: field.name, target, value: suggestValue(target, field.value) },
        span: field.nameSpan,
        severity,
      });
      if (!present) standsFor.add(target);
      continue;
    }

    const lower = field.name.toLowerCase();
    if (lower === 'id' || lower === 'v' || lower === 'rua') {
      push({ ruleId: 'STS116', messageId: 'recordKey', data: { name: field.name }, span: field.nameSpan, severity: 'warning' });
      continue;
    }
    push({ ruleId: 'STS116', messageId: 'unknown', data: { name: field.name }, span: field.nameSpan });
  }
  return standsFor;
}

/** Suggests a valid value for a registered field, starting from what was written. */
export function suggestValue(field: RegisteredField, value: string): string {
  const core = value.replace(/[ \t]*#.*$/, '').trim();
  if (field === 'version') return 'STSv1';
  if (field === 'mode') {
    const lower = core.toLowerCase();
    const mode = MODES.find((candidate) => candidate === lower || lower.startsWith(candidate.slice(0, 4)) || editDistance(lower, candidate) <= 2);
    return mode ?? '<testing|enforce|none>';
  }
  if (field === 'max_age') {
    if (/^[0-9]{1,8}$/.test(core) && Number(core) <= MAX_AGE_LIMIT) return String(Number(core));
    const duration = /^([0-9]+)[ \t]*([smhdw])$/i.exec(core);
    if (duration) return String(Number(duration[1]) * DURATION_UNITS[duration[2]!.toLowerCase()]!);
    return '<seconds>';
  }
  const host = core.toLowerCase().replace(/\.+$/, '');
  const broken = checkMxPattern(host, null).some((problem) => ['STS211', 'STS212', 'STS214'].includes(problem.ruleId));
  return host && !broken ? host : '<host name>';
}

/** Returns the registered field name that `name` most likely misspells. */
export function nearMissOf(name: string): RegisteredField | undefined {
  const lower = name.toLowerCase();
  if ((REGISTERED_FIELDS as readonly string[]).includes(lower)) return lower as RegisteredField;

  const squashed = lower.replace(/[-_.]/g, '');
  if (squashed === 'maxage') return 'max_age';
  if (/^mx(?:hosts?|records?|servers?|s|[0-9])$/.test(squashed)) return 'mx';

  const candidates: Array<[RegisteredField, string]> = [
    ['version', 'version'],
    ['mode', 'mode'],
    ['max_age', 'maxage'],
    ['mx', 'mx'],
  ];
  for (const [field, target] of candidates) {
    const allowed = target.length >= 5 ? 2 : 1;
    if (Math.abs(squashed.length - target.length) <= allowed && editDistance(squashed, target) <= allowed) {
      return field;
    }
  }
  return undefined;
}

/** The field order of the RFC 8461 §3.2 example, which keeps diffs between versions small. */
const CANONICAL_ORDER: Record<string, number> = { version: 0, mode: 1, mx: 2, max_age: 3 };

function checkFieldOrder(result: ParsedPolicy, push: (finding: RawFinding) => void): void {
  let highest = -1;
  for (const field of result.fields) {
    const rank = CANONICAL_ORDER[field.name];
    if (rank === undefined) continue;
    if (rank < highest) {
      push({ ruleId: 'STS117', messageId: 'order', data: { name: field.name }, span: field.nameSpan });
      return;
    }
    highest = rank;
  }
}
