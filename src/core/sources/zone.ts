/**
 * RFC 1035 master files (BIND zone files): `$ORIGIN`, `$TTL`, `@`, relative
 * and absolute owners, an omitted owner, TTL and class in either order,
 * parentheses across lines, comments, quoted and unquoted character-strings
 * with `\X` and `\DDD` escapes (RFC 1035 §5.1).
 */

import type { RawFinding, Span } from '../diagnostic.js';
import type { SourcePosition, TxtRecord } from '../record/txt.js';
import { showValue } from '../text.js';
import { absoluteName, type SourceRecord } from './types.js';

interface Token {
  /** The decoded text. */
  text: string;
  raw: string;
  quoted: boolean;
  line: number;
  column: number;
  /** Source position of each decoded character, plus one for the end. */
  positions: SourcePosition[];
  unterminated: boolean;
}

interface Entry {
  tokens: Token[];
  /** True when the entry's first line starts with whitespace, so the owner is the previous one. */
  ownerOmitted: boolean;
  line: number;
  /** Comments in the entry, with the position of their `;` and their offsets in the file. */
  comments: Array<{ text: string; line: number; column: number; afterToken: number; start: number; end: number }>;
  /** The source text of the entry without its comments, for template detection. */
  source: string;
}

const CLASSES = new Set(['IN', 'CH', 'HS', 'CS', 'ANY']);
const TTL = /^[0-9]+[smhdw]?(?:[0-9]+[smhdw])*$/i;
const TEMPLATE = /\{\{|\{%|\$\(|\$\{|\$[A-Za-z_][A-Za-z0-9_]*|<[A-Za-z0-9][^<>"\n]*>/;

/** Splits a master file into entries: one per record or directive, joining parentheses across lines. */
function readEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let entry: Entry | undefined;
  let entryStart = 0;

  const begin = (offset: number, ownerOmitted: boolean): Entry => {
    entryStart = offset;
    return { tokens: [], ownerOmitted, line, comments: [], source: '' };
  };
  const finish = (offset: number): void => {
    if (entry && entry.tokens.length > 0) {
      // Comments are left out, so `; contact <hostmaster@example.com>` does not make the record look like a template.
      let source = '';
      let from = entryStart;
      for (const comment of entry.comments) {
        source += text.slice(from, comment.start);
        from = comment.end;
      }
      entry.source = source + text.slice(from, offset);
      entries.push(entry);
    }
    entry = undefined;
  };
  const position = (offset: number): SourcePosition => ({ line, column: offset - lineStart + 1 });

  let offset = 0;
  while (offset < text.length) {
    const char = text[offset]!;

    if (char === '\n') {
      if (depth === 0) finish(offset);
      offset++;
      line++;
      lineStart = offset;
      continue;
    }
    if (char === '\r') {
      offset++;
      continue;
    }

    if (!entry) entry = begin(offset, offset === lineStart && (char === ' ' || char === '\t'));

    if (char === ' ' || char === '\t') {
      offset++;
      continue;
    }
    if (char === ';') {
      const end = text.indexOf('\n', offset);
      const stop = end < 0 ? text.length : end;
      entry.comments.push({ text: text.slice(offset + 1, stop).replace(/\r$/, ''), ...position(offset), afterToken: entry.tokens.length, start: offset, end: stop });
      offset = stop;
      continue;
    }
    if (char === '(') {
      depth++;
      offset++;
      continue;
    }
    if (char === ')') {
      depth = Math.max(0, depth - 1);
      offset++;
      continue;
    }

    const token = readToken(text, offset, position, char === '"');
    entry.tokens.push(token.token);
    offset = token.end;
  }
  finish(text.length);
  return entries;
}

function readToken(text: string, start: number, position: (offset: number) => SourcePosition, quoted: boolean): { token: Token; end: number } {
  const at = position(start);
  const positions: SourcePosition[] = [];
  let decoded = '';
  let offset = quoted ? start + 1 : start;
  let closed = !quoted;

  while (offset < text.length) {
    const char = text[offset]!;
    if (char === '\n' || char === '\r') break;
    if (quoted && char === '"') {
      closed = true;
      offset++;
      break;
    }
    if (!quoted && (char === ' ' || char === '\t' || char === ';' || char === '(' || char === ')' || char === '"')) break;

    positions.push(position(offset));
    if (char === '\\' && offset + 1 < text.length && text[offset + 1] !== '\n') {
      const digits = /^[0-9]{3}/.exec(text.slice(offset + 1, offset + 4));
      if (digits) {
        decoded += String.fromCharCode(Number(digits[0]) & 0xff);
        offset += 4;
      } else {
        decoded += text[offset + 1]!;
        offset += 2;
      }
      continue;
    }
    decoded += char;
    offset++;
  }
  positions.push(position(offset));

  return {
    token: { text: decoded, raw: text.slice(start, offset), quoted, line: at.line, column: at.column, positions, unterminated: !closed },
    end: offset,
  };
}

/**
 * Reads the TXT and CNAME records of a master file. `file` is the path
 * findings point at; `origin` is the zone name when the file does not set
 * `$ORIGIN` (usually taken from its file name).
 */
export function parseZoneFile(text: string, file: string, origin: string | null = null): SourceRecord[] {
  const records: SourceRecord[] = [];
  let currentOrigin = origin ? origin.toLowerCase().replace(/\.$/, '') : null;
  let previousOwner: { name: string; relative: boolean } | null = null;

  for (const entry of readEntries(text.replace(/^\uFEFF/, ''))) {
    const first = entry.tokens[0]!;
    if (!entry.ownerOmitted && first.text.startsWith('$') && /^\$[A-Z]+$/.test(first.text)) {
      if (first.text === '$ORIGIN' && entry.tokens[1]) {
        currentOrigin = absoluteName(entry.tokens[1].text, currentOrigin).name;
      }
      continue;
    }

    let index = 0;
    let owner: { name: string; relative: boolean } | null = previousOwner;
    if (!entry.ownerOmitted) {
      owner = absoluteName(first.text, currentOrigin);
      index = 1;
    }
    previousOwner = owner;

    for (let skipped = 0; skipped < 2 && index < entry.tokens.length; skipped++) {
      const token = entry.tokens[index]!;
      if (!token.quoted && (CLASSES.has(token.text.toUpperCase()) || TTL.test(token.text))) index++;
      else break;
    }

    const typeToken = entry.tokens[index];
    if (!typeToken || !owner) continue;
    const type = typeToken.text.toUpperCase();
    const data = entry.tokens.slice(index + 1);
    const span: Span = { line: first.line, column: first.column, endLine: first.line, endColumn: first.column + first.raw.length };

    if (TEMPLATE.test(entry.source)) {
      // A template's tokens are not reliable, so the type is found by name. A templated owner is cut to its literal start, which stays relative.
      const templateType = /\s(TXT|CNAME)\s/i.exec(entry.source)?.[1]?.toUpperCase();
      const ownerIsTemplate = !entry.ownerOmitted && TEMPLATE.test(first.raw);
      const literalOwner = ownerIsTemplate ? { name: first.raw.split(TEMPLATE)[0]!.toLowerCase().replace(/\.+$/, ''), relative: true } : owner;
      if (templateType === 'TXT' || /_mta-sts|_smtp\._tls/i.test(entry.source)) {
        records.push({
          format: 'zone',
          file,
          owner: literalOwner.name,
          relative: literalOwner.relative,
          type: templateType ?? type,
          computed: showValue(entry.source.trim().replace(/\s+/g, ' '), 120),
          span,
          findings: [],
        });
      }
      continue;
    }

    if (type === 'CNAME' && data[0]) {
      records.push({ format: 'zone', file, owner: owner.name, relative: owner.relative, type, target: absoluteName(data[0].text, currentOrigin).name, span, findings: [] });
      continue;
    }
    if (type !== 'TXT' || data.length === 0) continue;

    const record: TxtRecord = { strings: data.map((token) => token.text), explicitStrings: true, positions: [] };
    for (const token of data) record.positions!.push(...token.positions.slice(0, -1));
    record.positions!.push(data.at(-1)!.positions.at(-1)!);

    const findings: RawFinding[] = [];
    checkUnquotedSemicolon(entry, data, findings);
    records.push({
      format: 'zone',
      file,
      owner: owner.name,
      relative: owner.relative,
      type,
      record,
      span: { line: data[0]!.line, column: data[0]!.column, endLine: data.at(-1)!.line, endColumn: data.at(-1)!.column + data.at(-1)!.raw.length },
      findings,
    });
  }
  return records;
}

/**
 * Finds `_mta-sts IN TXT v=STSv1; id=1`: the unquoted `;` starts a comment,
 * so the record publishes only `v=STSv1`.
 */
function checkUnquotedSemicolon(entry: Entry, data: Token[], findings: RawFinding[]): void {
  const lastData = data.at(-1)!;
  if (lastData.quoted) return;
  const comment = entry.comments.find((candidate) => candidate.line === lastData.line && candidate.afterToken === entry.tokens.indexOf(lastData) + 1);
  if (!comment || !/^[ \t]*[A-Za-z0-9_.-]+=/.test(comment.text)) return;

  const published = data.map((token) => token.text).join('');
  const intended = `${data.map((token) => token.raw).join(' ')};${comment.text}`.trim();
  findings.push({
    ruleId: 'STS321',
    messageId: 'unquoted',
    data: { published: showValue(published), intended: showValue(intended) },
    span: { line: comment.line, column: comment.column, endLine: comment.line, endColumn: comment.column + 1 + comment.text.length },
  });
}
