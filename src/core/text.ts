/**
 * Byte-exact text handling shared by the parsers: strict UTF-8 decoding that
 * keeps going past bad bytes, and offset-to-position mapping.
 */

import type { Span } from './diagnostic.js';

export interface DecodedText {
  /** The text, with U+FFFD in place of each invalid byte sequence. */
  text: string;
  /** Offsets in `text` of each U+FFFD that stands for invalid input (not a literal U+FFFD). */
  invalidOffsets: number[];
  /** The first invalid byte of each invalid sequence, for messages. */
  invalidBytes: number[];
}

/**
 * Decodes UTF-8 strictly (no overlong forms, no surrogates, nothing above
 * U+10FFFF), replacing each maximal invalid subpart with one U+FFFD as the
 * WHATWG decoder does, and records where those replacements are.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const parts: string[] = [];
  const invalidOffsets: number[] = [];
  const invalidBytes: number[] = [];
  let textLength = 0;
  let asciiStart = 0;
  let index = 0;

  const flushAscii = (end: number): void => {
    if (end > asciiStart) {
      parts.push(latin1Slice(bytes, asciiStart, end));
      textLength += end - asciiStart;
    }
  };

  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }

    flushAscii(index);
    const decoded = decodeSequence(bytes, index);
    if (decoded.codePoint < 0) {
      invalidOffsets.push(textLength);
      invalidBytes.push(lead);
      parts.push('\uFFFD');
      textLength += 1;
    } else {
      const chars = String.fromCodePoint(decoded.codePoint);
      parts.push(chars);
      textLength += chars.length;
    }
    index += decoded.length;
    asciiStart = index;
  }
  flushAscii(index);

  return { text: parts.join(''), invalidOffsets, invalidBytes };
}

function latin1Slice(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  const chunk = 8192;
  for (let offset = start; offset < end; offset += chunk) {
    out += String.fromCharCode(...bytes.subarray(offset, Math.min(end, offset + chunk)));
  }
  return out;
}

/** Decodes one non-ASCII sequence; `codePoint` is -1 for an invalid maximal subpart. */
function decodeSequence(bytes: Uint8Array, start: number): { codePoint: number; length: number } {
  const lead = bytes[start]!;
  let needed: number;
  let codePoint: number;
  let lower = 0x80;
  let upper = 0xbf;

  if (lead >= 0xc2 && lead <= 0xdf) {
    needed = 1;
    codePoint = lead & 0x1f;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    needed = 2;
    codePoint = lead & 0x0f;
    if (lead === 0xe0) lower = 0xa0;
    if (lead === 0xed) upper = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    needed = 3;
    codePoint = lead & 0x07;
    if (lead === 0xf0) lower = 0x90;
    if (lead === 0xf4) upper = 0x8f;
  } else {
    return { codePoint: -1, length: 1 };
  }

  let length = 1;
  for (let seen = 0; seen < needed; seen++) {
    const next = bytes[start + length];
    if (next === undefined || next < lower || next > upper) {
      return { codePoint: -1, length };
    }
    codePoint = (codePoint << 6) | (next & 0x3f);
    lower = 0x80;
    upper = 0xbf;
    length++;
  }
  return { codePoint, length };
}

/**
 * Maps string offsets to 1-based line and column. LF, CRLF and a bare CR
 * each end a line, as editors display them. A leading BOM takes no column.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  private readonly bomWidth: number;

  constructor(readonly text: string, readonly firstLine = 1) {
    this.bomWidth = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x0a) {
        this.lineStarts.push(index + 1);
      } else if (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a) {
        this.lineStarts.push(index + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.lineStarts[low]!;
    let column = offset - lineStart + 1;
    if (low === 0 && this.bomWidth > 0) column = Math.max(1, column - this.bomWidth);
    return { line: low + this.firstLine, column };
  }

  span(start: number, end: number): Span {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** Shows a value in a message: control and non-ASCII characters as escapes, long values shortened. */
export function showValue(value: string, maxLength = 80): string {
  let shown = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) {
      shown += code === 0x09 ? '\\t' : code === 0x0d ? '\\r' : code === 0x0a ? '\\n' : `\\x${code.toString(16).padStart(2, '0')}`;
    } else if (code === 0xfeff) {
      shown += '\\uFEFF';
    } else if (code === 0x60) {
      shown += "'";
    } else {
      shown += char;
    }
    if (shown.length > maxLength) {
      return shown.slice(0, maxLength - 1) + '…';
    }
  }
  return shown;
}

/** Names a character for a message, such as `U+00FC 'ü'` or `NUL (0x00)`. */
export function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase().padStart(code > 0xff ? 4 : 2, '0');
  if (code === 0) return 'NUL (0x00)';
  if (code === 0x09) return 'TAB (0x09)';
  if (code === 0x0d) return 'CR (0x0D)';
  if (code < 0x20 || code === 0x7f) return `control character 0x${hex}`;
  if (code === 0xfeff) return 'byte order mark U+FEFF';
  if (code === 0xfffd) return 'U+FFFD';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${char}'`;
}

/** Returns the Damerau-Levenshtein distance (optimal string alignment) of two short strings. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (let i = 0; i < rows; i++) table[i]![0] = i;
  for (let j = 0; j < columns; j++) table[0]![j] = j;

  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, table[i - 2]![j - 2]! + 1);
      }
      table[i]![j] = best;
    }
  }
  return table[a.length]![b.length]!;
}
