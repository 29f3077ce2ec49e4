/**
 * TXT and CNAME records in DNSControl configurations (`dnsconfig.js` and
 * the files it requires): `D("example.com", ...)` scopes, `TXT(name,
 * value)` with a string or an array of strings, `CNAME(name, target)`.
 * Values built from variables or string concatenation are computed.
 */

import type { Span } from '../diagnostic.js';
import type { SourcePosition, TxtRecord } from '../record/txt.js';
import { showValue } from '../text.js';
import { absoluteName, type SourceRecord } from './types.js';

interface Token {
  kind: 'string' | 'template' | 'ident' | 'punct' | 'other';
  text: string;
  value?: string;
  positions?: SourcePosition[];
  start: number;
  end: number;
}

export interface DnscontrolFile {
  records: SourceRecord[];
  /** Paths given to `require()` and `require_glob()`, as written. */
  requires: string[];
}

function tokenize(text: string, position: (offset: number) => SourcePosition): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  while (offset < text.length) {
    const char = text[offset]!;
    if (/\s/.test(char)) {
      offset++;
      continue;
    }
    if (char === '/' && text[offset + 1] === '/') {
      while (offset < text.length && text[offset] !== '\n') offset++;
      continue;
    }
    if (char === '/' && text[offset + 1] === '*') {
      const end = text.indexOf('*/', offset + 2);
      offset = end < 0 ? text.length : end + 2;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      const token = readString(text, offset, position);
      tokens.push(token);
      offset = token.end;
      continue;
    }
    const ident = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(offset, offset + 256));
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0], start: offset, end: offset + ident[0].length });
      offset += ident[0].length;
      continue;
    }
    tokens.push({ kind: '()[],+'.includes(char) ? 'punct' : 'other', text: char, start: offset, end: offset + 1 });
    offset++;
  }
  return tokens;
}

function readString(text: string, start: number, position: (offset: number) => SourcePosition): Token {
  const quote = text[start]!;
  const positions: SourcePosition[] = [];
  let value = '';
  let offset = start + 1;
  let interpolated = false;
  while (offset < text.length && text[offset] !== quote) {
    const char = text[offset]!;
    if (char === '\n' && quote !== '`') break;
    if (quote === '`' && char === '$' && text[offset + 1] === '{') interpolated = true;
    if (char === '\\' && offset + 1 < text.length) {
      const escape = decodeJsEscape(text, offset);
      value += escape.text;
      for (let index = 0; index < escape.text.length; index++) positions.push(position(offset));
      offset += escape.length;
      continue;
    }
    value += char;
    positions.push(position(offset));
    offset++;
  }
  const end = Math.min(text.length, offset + 1);
  positions.push(position(offset));
  return { kind: interpolated ? 'template' : 'string', text: text.slice(start, end), value, positions, start, end };
}

function decodeJsEscape(text: string, offset: number): { text: string; length: number } {
  const next = text[offset + 1]!;
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
  if (simple[next] !== undefined) return { text: simple[next]!, length: 2 };
  const hex = /^x([0-9A-Fa-f]{2})|^u([0-9A-Fa-f]{4})|^u\{([0-9A-Fa-f]{1,6})\}/.exec(text.slice(offset + 1, offset + 10));
  if (hex) return { text: String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16)), length: hex[0].length + 1 };
  if (next === '\n') return { text: '', length: 2 };
  return { text: next, length: 2 };
}

/** Splits call arguments at top-level commas. */
function readArguments(tokens: Token[], open: number): { args: Token[][]; close: number } {
  const args: Token[][] = [[]];
  let depth = 0;
  let index = open + 1;
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'punct' && (token.text === '(' || token.text === '[')) depth++;
    if (token.kind === 'punct' && (token.text === ')' || token.text === ']')) {
      if (depth === 0) break;
      depth--;
    }
    if (depth === 0 && token.kind === 'punct' && token.text === ',') {
      args.push([]);
      continue;
    }
    args.at(-1)!.push(token);
  }
  return { args, close: index };
}

/** Reads a DNSControl JavaScript file. `file` is the path findings point at. */
export function readDnscontrol(text: string, file: string): DnscontrolFile {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const position = (offset: number): SourcePosition => {
    let line = lineStarts.length - 1;
    while (line > 0 && lineStarts[line]! > offset) line--;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  const spanOf = (start: number, end: number): Span => {
    const from = position(start);
    const to = position(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };

  const tokens = tokenize(text, position);
  const records: SourceRecord[] = [];
  const requires: string[] = [];
  const scopes: Array<{ domain: string; close: number }> = [];

  for (let index = 0; index < tokens.length; index++) {
    while (scopes.length > 0 && index > scopes.at(-1)!.close) scopes.pop();
    const token = tokens[index]!;
    const open = tokens[index + 1];
    if (token.kind !== 'ident' || open?.kind !== 'punct' || open.text !== '(') continue;

    const { args, close } = readArguments(tokens, index + 1);
    const first = args[0] ?? [];
    const literal = (arg: Token[] | undefined): string | undefined => (arg?.length === 1 && arg[0]!.kind === 'string' ? arg[0]!.value : undefined);

    if (token.text === 'D' || token.text === 'D_EXTEND') {
      // A split-horizon domain is written `example.com!inside` (DNSControl 3.7 and later); the part after `!` only names the view.
      const domain = literal(first)?.replace(/!.*$/, '');
      if (domain) scopes.push({ domain: domain.toLowerCase().replace(/\.$/, ''), close });
      continue;
    }
    if (token.text === 'require' || token.text === 'require_glob') {
      const target = literal(first);
      if (target) requires.push(target);
      continue;
    }
    if (token.text !== 'TXT' && token.text !== 'CNAME') continue;

    const origin = scopes.at(-1)?.domain ?? null;
    const nameText = literal(first);
    const owner = nameText === undefined ? { name: ownerPrefix(first), relative: true } : absoluteName(nameText, origin);
    const valueArg = args[1] ?? [];
    const span = spanOf(token.start, tokens[close]?.end ?? token.end);
    const base = { format: 'dnscontrol' as const, file, owner: owner.name, relative: owner.relative, type: token.text, span, findings: [] };

    if (token.text === 'CNAME') {
      const target = literal(valueArg);
      if (target !== undefined) records.push({ ...base, target: absoluteName(target, origin).name });
      continue;
    }
    const record = txtValue(valueArg);
    if (record) records.push({ ...base, record });
    else records.push({ ...base, computed: showValue(text.slice(valueArg[0]?.start ?? token.start, valueArg.at(-1)?.end ?? token.end), 120) });
  }
  return { records, requires };
}

/** Returns the literal start of a computed name, such as `_mta-sts` in `buildHost('_mta-sts', host)`. */
function ownerPrefix(arg: Token[]): string {
  const string = arg.find((token) => token.kind === 'string');
  return string?.value?.toLowerCase() ?? '';
}

/** Builds the record from a string or an array of strings; anything else is computed. */
function txtValue(arg: Token[]): TxtRecord | undefined {
  if (arg.length === 1 && arg[0]!.kind === 'string') {
    const token = arg[0]!;
    return { strings: [token.value!], explicitStrings: false, positions: token.positions! };
  }

  const isArray = arg[0]?.text === '[' && arg.at(-1)?.text === ']';
  if (!isArray) return undefined;
  const strings: string[] = [];
  const positions: SourcePosition[] = [];
  for (const token of arg.slice(1, -1)) {
    if (token.kind === 'punct' && token.text === ',') continue;
    if (token.kind !== 'string') return undefined;
    strings.push(token.value!);
    positions.push(...token.positions!.slice(0, -1));
  }
  const last = arg.at(-2);
  if (strings.length === 0 || !last?.positions) return undefined;
  positions.push(last.positions.at(-1)!);
  return { strings, explicitStrings: true, positions };
}
