/**
 * TXT record values as the parsers see them, and the tokenizer shared by the
 * `_mta-sts` (RFC 8461 §3.1) and `_smtp._tls` (RFC 8460 §3) grammars. Both
 * are `version *(delim field) [delim]`, with `delim = *WSP ";" *WSP`.
 */

import type { Span } from '../diagnostic.js';

export interface SourcePosition {
  line: number;
  column: number;
  /** Set when the character comes from another file than the record, such as a Terraform variable default. */
  file?: string;
}

/** One TXT resource record: its character-strings and where each character came from. */
export interface TxtRecord {
  /** The character-strings in order. Senders join them with nothing between. */
  strings: string[];
  /** True when the source shows string boundaries (a zone file); false for a bare value. */
  explicitStrings: boolean;
  /** Source position of each offset of the joined value, plus one entry for the end. */
  positions?: SourcePosition[];
}

/** Builds a record from a single value on one line, as given on the command line. */
export function txtRecordFromValue(value: string, line = 1, column = 1): TxtRecord {
  const positions: SourcePosition[] = [];
  for (let offset = 0; offset <= value.length; offset++) positions.push({ line, column: column + offset });
  return { strings: [value], explicitStrings: false, positions };
}

export function joinTxt(record: TxtRecord): string {
  return record.strings.join('');
}

/** Maps a range of the joined value to a source span. */
export function txtSpan(record: TxtRecord, from: number, to: number): Span {
  const positions = record.positions;
  if (!positions || positions.length === 0) {
    return { line: 1, column: from + 1, endLine: 1, endColumn: Math.max(from, to) + 1 };
  }
  const clamp = (offset: number): SourcePosition => positions[Math.min(Math.max(offset, 0), positions.length - 1)]!;
  const start = clamp(from);
  let end = clamp(to);
  if (to > from && to < positions.length) {
    // The end of a range that stops at a string boundary lies after the last character, not before the next string.
    const last = clamp(to - 1);
    end = { line: last.line, column: last.column + 1, ...(last.file === undefined ? {} : { file: last.file }) };
  }
  if (end.file !== start.file) {
    // A range that crosses files (a literal prefix and a variable's value) is shown where it starts.
    end = { line: start.line, column: start.column + 1 };
  }
  const span: Span = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  if (start.file !== undefined) span.file = start.file;
  return span;
}

export type TokenProblemKind =
  | 'noFields'
  | 'emptyField'
  | 'trailingSpace'
  | 'spaceBeforeFirstSemicolon'
  | 'missingSemicolon'
  | 'spaceInValue'
  | 'noEquals'
  | 'badName'
  | 'emptyValue'
  | 'badValueChar';

export interface TokenProblem {
  kind: TokenProblemKind;
  from: number;
  to: number;
  text: string;
}

export interface TxtField {
  name: string;
  value: string;
  /** Offsets in the joined value. */
  nameStart: number;
  valueStart: number;
  valueEnd: number;
}

export interface TokenizeOptions {
  /** Field names whose value runs to the next `;` and may hold whitespace (TLS-RPT `rua`). */
  listFields?: readonly string[];
}

const WSP = /[ \t]/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const EXT_VALUE_CHAR = /[\x21-\x3a\x3c\x3e-\x7e]/;

/**
 * Splits the text after the version token into fields. `start` is the
 * offset just after the version token. Problems are grammar violations,
 * each with the offending range; recovery keeps every field it can read.
 */
export function tokenizeFields(value: string, start: number, options: TokenizeOptions = {}): { fields: TxtField[]; problems: TokenProblem[] } {
  const fields: TxtField[] = [];
  const problems: TokenProblem[] = [];
  const listFields = options.listFields ?? [];

  const segments: Array<{ from: number; to: number }> = [];
  let segmentStart = start;
  for (let offset = start; offset <= value.length; offset++) {
    if (offset === value.length || value[offset] === ';') {
      segments.push({ from: segmentStart, to: offset });
      segmentStart = offset + 1;
    }
  }

  const head = segments[0]!;
  const headText = value.slice(head.from, head.to);
  const hasSemicolon = segments.length > 1;
  if (headText.trim().length > 0) {
    const gap = /^[ \t]*/.exec(headText)![0].length;
    problems.push({ kind: 'missingSemicolon', from: head.from, to: head.from + Math.max(gap, 1), text: headText });
    readSegment(value, head.from + gap, head.to, !hasSemicolon, listFields, fields, problems);
  } else if (hasSemicolon && headText.length > 0) {
    problems.push({ kind: 'spaceBeforeFirstSemicolon', from: head.from, to: head.to, text: headText });
  }

  for (let position = 1; position < segments.length; position++) {
    const segment = segments[position]!;
    const isLast = position === segments.length - 1;
    const text = value.slice(segment.from, segment.to);
    if (text.trim().length === 0) {
      if (!isLast) problems.push({ kind: 'emptyField', from: segment.from - 1, to: segment.to + 1, text });
      continue;
    }
    const leading = /^[ \t]*/.exec(text)![0].length;
    readSegment(value, segment.from + leading, segment.to, isLast, listFields, fields, problems);
  }

  if (fields.length === 0 && !problems.some((problem) => problem.kind !== 'spaceBeforeFirstSemicolon')) {
    problems.push({ kind: 'noFields', from: start, to: value.length, text: value.slice(start) });
  }
  return { fields, problems };
}

/** Reads the fields in one `;`-separated segment that starts at a non-blank character. */
function readSegment(
  value: string,
  from: number,
  to: number,
  isLast: boolean,
  listFields: readonly string[],
  fields: TxtField[],
  problems: TokenProblem[],
): void {
  let end = to;
  while (end > from && WSP.test(value[end - 1]!)) end--;
  if (isLast && end < to) {
    problems.push({ kind: 'trailingSpace', from: end, to, text: value.slice(end, to) });
  }

  const equals = value.indexOf('=', from);
  const name = equals >= 0 && equals < end ? value.slice(from, equals) : '';
  if (name && listFields.includes(name) && !/[ \t]/.test(name)) {
    pushField(value, from, equals, end, fields, problems, true);
    return;
  }

  let tokenStart = from;
  let first = true;
  for (let offset = from; offset <= end; offset++) {
    if (offset < end && !WSP.test(value[offset]!)) continue;
    if (offset > tokenStart) {
      const token = value.slice(tokenStart, offset);
      if (first || token.includes('=')) {
        if (!first) problems.push({ kind: 'missingSemicolon', from: tokenStart - 1, to: tokenStart, text: token });
        const tokenEquals = token.indexOf('=');
        pushField(value, tokenStart, tokenEquals < 0 ? -1 : tokenStart + tokenEquals, offset, fields, problems, false);
      } else {
        problems.push({ kind: 'spaceInValue', from: tokenStart - 1, to: offset, text: token });
      }
      first = false;
    }
    tokenStart = offset + 1;
  }
}

function pushField(value: string, from: number, equals: number, to: number, fields: TxtField[], problems: TokenProblem[], isList: boolean): void {
  if (equals < 0) {
    problems.push({ kind: 'noEquals', from, to, text: value.slice(from, to) });
    return;
  }

  const name = value.slice(from, equals);
  const fieldValue = value.slice(equals + 1, to);
  if (!NAME.test(name)) {
    problems.push({ kind: 'badName', from, to: equals, text: name });
  }
  // The caller checks list values against the list grammar, empty ones included.
  if (fieldValue.length === 0 && !isList) {
    problems.push({ kind: 'emptyValue', from, to: equals + 1, text: name });
  } else if (!isList) {
    for (let offset = 0; offset < fieldValue.length; offset++) {
      // Non-ASCII characters are reported once, by the record's non-ASCII rule.
      if (!EXT_VALUE_CHAR.test(fieldValue[offset]!) && fieldValue.charCodeAt(offset) < 0x80) {
        const at = equals + 1 + offset;
        problems.push({ kind: 'badValueChar', from: at, to: at + 1, text: fieldValue });
        break;
      }
    }
  }
  fields.push({ name, value: fieldValue, nameStart: from, valueStart: equals + 1, valueEnd: to });
}

/** Finds the first character outside printable US-ASCII, which neither record grammar allows. */
export function findNonAscii(value: string): { offset: number; char: string } | undefined {
  const match = /[^\x20-\x7e\t]/u.exec(value);
  return match ? { offset: match.index, char: match[0] } : undefined;
}
