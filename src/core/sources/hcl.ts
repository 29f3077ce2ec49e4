/**
 * A reader for the part of HCL (HashiCorp Configuration Language, native
 * syntax) that DNS records are written in: blocks, attributes, quoted
 * templates with `${...}`, heredocs, tuples, objects, references and
 * function calls. Anything else is kept as raw text, so an unusual
 * expression makes a value "computed" instead of breaking the parse.
 */

import type { Span } from '../diagnostic.js';
import type { SourcePosition } from '../record/txt.js';

export type HclExpr =
  | { kind: 'string'; parts: StringPart[]; span: Span }
  | { kind: 'list'; items: HclExpr[]; span: Span }
  | { kind: 'object'; entries: Array<{ key: string; value: HclExpr }>; span: Span }
  | { kind: 'ref'; path: string[]; span: Span }
  | { kind: 'other'; text: string; span: Span };

/** A literal run of a template with the position of each character, or an interpolation. */
export type StringPart = { literal: string; positions: SourcePosition[] } | { interpolation: string; span: Span };

export interface HclBlock {
  type: string;
  labels: string[];
  attributes: Map<string, HclExpr>;
  blocks: HclBlock[];
  span: Span;
}

interface Token {
  kind: 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'newline' | 'eof';
  text: string;
  start: number;
  end: number;
  parts?: StringPart[];
}

const PUNCT = ['<=', '>=', '==', '!=', '&&', '||', '=>', '...', '{', '}', '[', ']', '(', ')', '=', ',', ':', '?', '.', '+', '-', '*', '/', '%', '<', '>', '!'];

class Scanner {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) === 0x0a) this.lineStarts.push(index + 1);
    }
  }

  position(offset: number): SourcePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1, file: this.file };
  }

  span(start: number, end: number): Span {
    const from = this.position(start);
    const to = this.position(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, file: this.file };
  }

  tokenize(): Token[] {
    const tokens: Token[] = [];
    const text = this.text;
    let offset = 0;
    while (offset < text.length) {
      const char = text[offset]!;
      if (char === ' ' || char === '\t' || char === '\r') {
        offset++;
        continue;
      }
      if (char === '\n') {
        tokens.push({ kind: 'newline', text: '\n', start: offset, end: offset + 1 });
        offset++;
        continue;
      }
      if (char === '#' || (char === '/' && text[offset + 1] === '/')) {
        while (offset < text.length && text[offset] !== '\n') offset++;
        continue;
      }
      if (char === '/' && text[offset + 1] === '*') {
        const end = text.indexOf('*/', offset + 2);
        offset = end < 0 ? text.length : end + 2;
        continue;
      }
      if (char === '"') {
        const token = this.readTemplate(offset);
        tokens.push(token);
        offset = token.end;
        continue;
      }
      if (char === '<' && text[offset + 1] === '<' && /^<<-?[A-Za-z_][A-Za-z0-9_]*\r?\n/.test(text.slice(offset, offset + 64))) {
        const token = this.readHeredoc(offset);
        tokens.push(token);
        offset = token.end;
        continue;
      }
      const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(offset, offset + 256));
      if (ident) {
        tokens.push({ kind: 'ident', text: ident[0], start: offset, end: offset + ident[0].length });
        offset += ident[0].length;
        continue;
      }
      const number = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(offset, offset + 64));
      if (number) {
        tokens.push({ kind: 'number', text: number[0], start: offset, end: offset + number[0].length });
        offset += number[0].length;
        continue;
      }
      const punct = PUNCT.find((candidate) => text.startsWith(candidate, offset)) ?? char;
      tokens.push({ kind: 'punct', text: punct, start: offset, end: offset + punct.length });
      offset += punct.length;
    }
    tokens.push({ kind: 'eof', text: '', start: text.length, end: text.length });
    return tokens;
  }

  /** Reads a quoted template, decoding escapes and keeping `${...}` and `%{...}` as interpolations. */
  private readTemplate(start: number): Token {
    const text = this.text;
    const parts: StringPart[] = [];
    let literal = '';
    let positions: SourcePosition[] = [];
    const flush = (): void => {
      if (literal.length > 0) parts.push({ literal, positions });
      literal = '';
      positions = [];
    };

    let offset = start + 1;
    while (offset < text.length && text[offset] !== '"' && text[offset] !== '\n') {
      const char = text[offset]!;
      if (char === '\\') {
        const decoded = decodeEscape(text, offset);
        literal += decoded.text;
        for (let index = 0; index < decoded.text.length; index++) positions.push(this.position(offset));
        offset += decoded.length;
        continue;
      }
      if ((char === '$' || char === '%') && text[offset + 1] === char && text[offset + 2] === '{') {
        literal += `${char}{`;
        positions.push(this.position(offset), this.position(offset + 2));
        offset += 3;
        continue;
      }
      if ((char === '$' || char === '%') && text[offset + 1] === '{') {
        flush();
        const end = findClosingBrace(text, offset + 2);
        parts.push({ interpolation: text.slice(offset, end), span: this.span(offset, end) });
        offset = end;
        continue;
      }
      literal += char;
      positions.push(this.position(offset));
      offset++;
    }
    flush();
    const end = text[offset] === '"' ? offset + 1 : offset;
    return { kind: 'string', text: text.slice(start, end), start, end, parts };
  }

  private readHeredoc(start: number): Token {
    const text = this.text;
    const header = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)\r?\n/.exec(text.slice(start, start + 64))!;
    const marker = header[2]!;
    const bodyStart = start + header[0].length;
    const closing = new RegExp(`^[ \\t]*${marker}[ \\t]*$`, 'm');
    const rest = text.slice(bodyStart);
    const match = closing.exec(rest);
    const bodyEnd = match ? bodyStart + match.index : text.length;
    const end = match ? bodyEnd + match[0].length : text.length;

    // A flush heredoc (`<<-`) drops the smallest indentation of its non-empty lines from every line, counting spaces and tabs alike.
    const indent = header[1] === '-' ? smallestIndent(text.slice(bodyStart, bodyEnd)) : 0;

    const parts: StringPart[] = [];
    let literal = '';
    let positions: SourcePosition[] = [];
    for (let offset = bodyStart; offset < bodyEnd; ) {
      if (indent > 0 && (offset === bodyStart || text[offset - 1] === '\n')) {
        let skipped = 0;
        while (skipped < indent && offset < bodyEnd && (text[offset] === ' ' || text[offset] === '\t')) {
          offset++;
          skipped++;
        }
        if (offset >= bodyEnd) break;
      }
      const char = text[offset]!;
      if ((char === '$' || char === '%') && text[offset + 1] === char && text[offset + 2] === '{') {
        literal += `${char}{`;
        positions.push(this.position(offset), this.position(offset + 2));
        offset += 3;
        continue;
      }
      if ((char === '$' || char === '%') && text[offset + 1] === '{') {
        if (literal) parts.push({ literal, positions });
        literal = '';
        positions = [];
        const close = findClosingBrace(text, offset + 2);
        parts.push({ interpolation: text.slice(offset, close), span: this.span(offset, close) });
        offset = close;
        continue;
      }
      literal += char;
      positions.push(this.position(offset));
      offset++;
    }
    if (literal) parts.push({ literal, positions });
    return { kind: 'heredoc', text: text.slice(start, end), start, end, parts };
  }
}

/** Returns the smallest number of leading spaces and tabs over the non-empty lines of a heredoc body. */
function smallestIndent(body: string): number {
  let smallest = Infinity;
  for (const line of body.split('\n')) {
    const content = line.replace(/\r$/, '');
    if (content.length === 0) continue;
    smallest = Math.min(smallest, /^[ \t]*/.exec(content)![0].length);
  }
  return smallest === Infinity ? 0 : smallest;
}

function decodeEscape(text: string, offset: number): { text: string; length: number } {
  const next = text[offset + 1];
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
  if (next !== undefined && simple[next] !== undefined) return { text: simple[next]!, length: 2 };
  const unicode = /^u([0-9A-Fa-f]{4})|^U([0-9A-Fa-f]{8})/.exec(text.slice(offset + 1, offset + 10));
  if (unicode) {
    return { text: String.fromCodePoint(parseInt(unicode[1] ?? unicode[2]!, 16)), length: unicode[0].length + 1 };
  }
  return { text: next ?? '', length: next === undefined ? 1 : 2 };
}

/** Returns the offset after the `}` that closes an interpolation, skipping nested braces and strings. */
function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  let offset = from;
  while (offset < text.length && depth > 0) {
    const char = text[offset]!;
    if (char === '"') {
      offset++;
      while (offset < text.length && text[offset] !== '"') offset += text[offset] === '\\' ? 2 : 1;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
    }
    offset++;
  }
  return offset;
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly scanner: Scanner,
  ) {}

  private peek(skipNewlines = false): Token {
    let index = this.index;
    while (skipNewlines && this.tokens[index]!.kind === 'newline') index++;
    return this.tokens[index]!;
  }

  private next(): Token {
    return this.tokens[this.index++]!;
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.index++;
  }

  parseBody(closing?: string): HclBlock {
    const body: HclBlock = { type: '', labels: [], attributes: new Map(), blocks: [], span: this.scanner.span(0, 0) };
    for (;;) {
      this.skipNewlines();
      const token = this.peek();
      if (token.kind === 'eof' || (closing && token.kind === 'punct' && token.text === closing)) return body;
      if (token.kind !== 'ident') {
        this.skipLine();
        continue;
      }

      this.next();
      const after = this.peek();
      if (after.kind === 'punct' && (after.text === '=' || after.text === ':')) {
        this.next();
        body.attributes.set(token.text, this.parseExpression());
        continue;
      }

      const labels: string[] = [];
      while (this.peek().kind === 'string' || this.peek().kind === 'ident') {
        const label = this.next();
        labels.push(label.kind === 'string' ? literalText(label.parts ?? []) : label.text);
      }
      if (this.peek().kind === 'punct' && this.peek().text === '{') {
        this.next();
        const block = this.parseBody('}');
        const end = this.next();
        block.type = token.text;
        block.labels = labels;
        block.span = this.scanner.span(token.start, end.end);
        body.blocks.push(block);
        continue;
      }
      this.skipLine();
    }
  }

  private skipLine(): void {
    let depth = 0;
    while (this.peek().kind !== 'eof') {
      const token = this.next();
      if (token.kind === 'punct' && '{[('.includes(token.text)) depth++;
      if (token.kind === 'punct' && '}])'.includes(token.text)) depth--;
      if (depth <= 0 && token.kind === 'newline') return;
    }
  }

  /** Parses one expression; anything beyond the simple forms is returned as raw text. */
  parseExpression(): HclExpr {
    const start = this.peek(true);
    const simple = this.parseSimple();
    const after = this.peek();
    const ends = after.kind === 'newline' || after.kind === 'eof' || (after.kind === 'punct' && [',', ']', '}', ')'].includes(after.text));
    if (simple && ends) return simple;
    return this.readRaw(start);
  }

  private parseSimple(): HclExpr | undefined {
    this.skipNewlines();
    const token = this.peek();
    if (token.kind === 'string' || token.kind === 'heredoc') {
      this.next();
      return { kind: 'string', parts: token.parts ?? [], span: this.scanner.span(token.start, token.end) };
    }
    if (token.kind === 'punct' && token.text === '[') {
      const saved = this.index;
      this.next();
      const items: HclExpr[] = [];
      for (;;) {
        this.skipNewlines();
        const next = this.peek();
        if (next.kind === 'punct' && next.text === ']') break;
        if (next.kind === 'ident' && next.text === 'for') {
          this.index = saved;
          return undefined;
        }
        if (next.kind === 'eof') return undefined;
        items.push(this.parseExpression());
        this.skipNewlines();
        if (this.peek().kind === 'punct' && this.peek().text === ',') this.next();
      }
      const end = this.next();
      return { kind: 'list', items, span: this.scanner.span(token.start, end.end) };
    }
    if (token.kind === 'punct' && token.text === '{') {
      const saved = this.index;
      this.next();
      const entries: Array<{ key: string; value: HclExpr }> = [];
      for (;;) {
        this.skipNewlines();
        const key = this.peek();
        if (key.kind === 'punct' && key.text === '}') break;
        if (key.kind === 'eof' || (key.kind === 'ident' && key.text === 'for')) {
          this.index = saved;
          return undefined;
        }
        this.next();
        const separator = this.next();
        if (separator.kind !== 'punct' || (separator.text !== '=' && separator.text !== ':')) {
          this.index = saved;
          return undefined;
        }
        const name = key.kind === 'string' ? literalText(key.parts ?? []) : key.text;
        entries.push({ key: name, value: this.parseExpression() });
        if (this.peek().kind === 'punct' && this.peek().text === ',') this.next();
      }
      const end = this.next();
      return { kind: 'object', entries, span: this.scanner.span(token.start, end.end) };
    }
    if (token.kind === 'ident') {
      const path = [token.text];
      const saved = this.index;
      this.next();
      while (this.peek().kind === 'punct' && this.peek().text === '.' && this.tokens[this.index + 1]?.kind === 'ident') {
        this.next();
        path.push(this.next().text);
      }
      if (this.peek().kind === 'punct' && (this.peek().text === '(' || this.peek().text === '[')) {
        this.index = saved;
        return undefined;
      }
      const last = this.tokens[this.index - 1]!;
      return { kind: 'ref', path, span: this.scanner.span(token.start, last.end) };
    }
    return undefined;
  }

  /** Reads tokens up to the end of the expression (a newline, `,` or closing bracket at depth 0). */
  private readRaw(start: Token): HclExpr {
    let depth = 0;
    let end = start.end;
    while (this.peek().kind !== 'eof') {
      const token = this.peek();
      if (depth === 0 && (token.kind === 'newline' || (token.kind === 'punct' && [',', ']', '}', ')'].includes(token.text)))) break;
      if (token.kind === 'punct' && '{[('.includes(token.text)) depth++;
      if (token.kind === 'punct' && '}])'.includes(token.text)) depth--;
      end = token.end;
      this.next();
    }
    return { kind: 'other', text: this.scanner.text.slice(start.start, end), span: this.scanner.span(start.start, end) };
  }
}

/** Returns the literal text of template parts, with `${...}` kept as written. */
export function literalText(parts: StringPart[]): string {
  return parts.map((part) => ('literal' in part ? part.literal : part.interpolation)).join('');
}

/** Parses an HCL file into its top-level body. Never throws. */
export function parseHcl(text: string, file: string): HclBlock {
  const scanner = new Scanner(text.replace(/^\uFEFF/, ''), file);
  return new Parser(scanner.tokenize(), scanner).parseBody();
}
