/**
 * TXT RDATA in master-file presentation format (RFC 1035 §5.1): one or more
 * character-strings, quoted or not, with `\X` and `\DDD` escapes. Every
 * decoded character keeps the file position it came from.
 */

import type { SourcePosition, TxtRecord } from './txt.js';

export interface PresentationResult {
  record: TxtRecord;
  /** Offset in the input where parsing stopped (a comment, or the end). */
  end: number;
  /** Offset of an unquoted `;` that started a comment, or -1. */
  commentAt: number;
  /** Set when a quoted string is not closed. */
  unterminatedAt: number;
}

export interface PresentationOptions {
  line: number;
  /** Column of the first character of `text`. */
  column: number;
  /** Master-file rules: an unquoted `;` starts a comment. */
  semicolonComments: boolean;
}

/** Decodes the character-strings in `text`, stopping at a comment or the end of the text. */
export function parseCharacterStrings(text: string, options: PresentationOptions): PresentationResult {
  const strings: string[] = [];
  const positions: SourcePosition[] = [];
  const at = (offset: number): SourcePosition => ({ line: options.line, column: options.column + offset });
  let offset = 0;
  let commentAt = -1;
  let unterminatedAt = -1;

  while (offset < text.length) {
    const char = text[offset]!;
    if (char === ' ' || char === '\t') {
      offset++;
      continue;
    }
    if (char === ';' && options.semicolonComments) {
      commentAt = offset;
      break;
    }

    const quoted = char === '"';
    let current = '';
    if (quoted) offset++;
    let closed = !quoted;
    while (offset < text.length) {
      const next = text[offset]!;
      if (quoted && next === '"') {
        closed = true;
        offset++;
        break;
      }
      if (!quoted && (next === ' ' || next === '\t' || (next === ';' && options.semicolonComments))) break;

      const start = offset;
      if (next === '\\' && offset + 1 < text.length) {
        const digits = /^[0-9]{3}/.exec(text.slice(offset + 1, offset + 4));
        if (digits) {
          current += String.fromCharCode(Number(digits[0]) & 0xff);
          offset += 4;
        } else {
          current += text[offset + 1]!;
          offset += 2;
        }
      } else {
        current += next;
        offset++;
      }
      positions.push(at(start));
    }
    if (!closed) unterminatedAt = offset;
    strings.push(current);
  }

  positions.push(at(Math.min(offset, text.length)));
  return {
    record: { strings, explicitStrings: true, positions },
    end: offset,
    commentAt,
    unterminatedAt,
  };
}
